/**
 * The mark of a commune just clicked in the workbench, drawn by a MapLibre custom layer from the
 * triangles of that commune only (`toMercatorTriangles`), in the very next frame: no tile is
 * reloaded and no worker is asked (a GeoJSON source would answer a few frames later). The commune
 * tiles carry no layer of their own for it, so the national map draws nothing extra while nothing
 * is pending. Written here because MapLibre has no built-in layer that draws a client-side polygon
 * synchronously.
 */
import type {
  CustomLayerInterface,
  CustomRenderMethodInput,
  Map as MapLibreMap,
} from 'maplibre-gl';
import type { MultiPolygon, Polygon } from 'geojson';
import { toMercatorTriangles } from '../core/geo/mercator-triangles';

/** What a pending mark means: the commune is being added to the territory, or removed from it. */
export type PendingKind = 'add' | 'remove';

/**
 * Colour and opacity of each mark: `add` in the territory's colour, `remove` washed out. Another
 * developer (map legend) may change them here.
 */
export const PENDING_FILL: Record<PendingKind, { colour: string; opacity: number }> = {
  add: { colour: '#0072B2', opacity: 0.55 },
  remove: { colour: '#ffffff', opacity: 0.7 },
};

const VERTEX = `#version 300 es
uniform mat4 u_matrix;
in vec2 a_pos;
void main() { gl_Position = u_matrix * vec4(a_pos, 0.0, 1.0); }`;

const FRAGMENT = `#version 300 es
precision mediump float;
uniform vec4 u_colour;
out vec4 fragColour;
void main() { fragColour = u_colour; }`;

interface Gpu {
  program: WebGLProgram;
  buffer: WebGLBuffer;
  matrix: WebGLUniformLocation | null;
  colour: WebGLUniformLocation | null;
  position: number;
}

/** The custom layer of pending marks (one per map). */
export class PendingCommunesLayer implements CustomLayerInterface {
  readonly type = 'custom' as const;
  readonly renderingMode = '2d' as const;
  private readonly marks = new Map<string, { kind: PendingKind; triangles: Float32Array }>();
  private map: MapLibreMap | null = null;
  private gpu: Gpu | null = null;
  /** Vertex ranges per kind in the uploaded buffer; null when the buffer must be rebuilt. */
  private ranges: Record<PendingKind, [number, number]> | null = null;

  constructor(readonly id: string) {}

  /** Marks a commune (its polygon) and draws the mark in the next frame. */
  set(code: string, kind: PendingKind, geometry: Polygon | MultiPolygon): void {
    this.marks.set(code, { kind, triangles: toMercatorTriangles(geometry) });
    this.changed();
  }

  /** Removes the marks of these communes (those not marked are ignored). */
  delete(codes: Iterable<string>): void {
    let removed = false;
    for (const code of codes) removed = this.marks.delete(code) || removed;
    if (removed) this.changed();
  }

  clear(): void {
    if (this.marks.size === 0) return;
    this.marks.clear();
    this.changed();
  }

  private changed(): void {
    this.ranges = null;
    this.map?.triggerRepaint();
  }

  onAdd(map: MapLibreMap, gl: WebGL2RenderingContext): void {
    this.map = map;
    const program = gl.createProgram();
    for (const [type, source] of [
      [gl.VERTEX_SHADER, VERTEX],
      [gl.FRAGMENT_SHADER, FRAGMENT],
    ] as const) {
      const shader = gl.createShader(type) as WebGLShader;
      gl.shaderSource(shader, source);
      gl.compileShader(shader);
      gl.attachShader(program, shader);
    }
    gl.linkProgram(program);
    if (!gl.getProgramParameter(program, gl.LINK_STATUS))
      throw new Error(`Programme WebGL de la marque de clic : ${gl.getProgramInfoLog(program)}`);
    this.gpu = {
      program,
      buffer: gl.createBuffer(),
      matrix: gl.getUniformLocation(program, 'u_matrix'),
      colour: gl.getUniformLocation(program, 'u_colour'),
      position: gl.getAttribLocation(program, 'a_pos'),
    };
  }

  onRemove(_map: MapLibreMap, gl: WebGL2RenderingContext): void {
    if (this.gpu) {
      gl.deleteBuffer(this.gpu.buffer);
      gl.deleteProgram(this.gpu.program);
    }
    this.gpu = null;
    this.map = null;
  }

  render(gl: WebGL2RenderingContext, options: CustomRenderMethodInput): void {
    const gpu = this.gpu;
    if (!gpu || this.marks.size === 0) return;
    gl.useProgram(gpu.program);
    gl.bindBuffer(gl.ARRAY_BUFFER, gpu.buffer);
    if (!this.ranges) this.ranges = this.upload(gl);
    gl.uniformMatrix4fv(gpu.matrix, false, options.defaultProjectionData.mainMatrix);
    gl.enableVertexAttribArray(gpu.position);
    gl.vertexAttribPointer(gpu.position, 2, gl.FLOAT, false, 0, 0);
    gl.disable(gl.DEPTH_TEST);
    gl.disable(gl.STENCIL_TEST);
    gl.enable(gl.BLEND);
    // MapLibre blends premultiplied colours.
    gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    for (const kind of ['add', 'remove'] as const) {
      const [first, count] = this.ranges[kind];
      if (count === 0) continue;
      const { colour, opacity } = PENDING_FILL[kind];
      const [r, g, b] = rgb(colour);
      gl.uniform4f(gpu.colour, r * opacity, g * opacity, b * opacity, opacity);
      gl.drawArrays(gl.TRIANGLES, first, count);
    }
  }

  /** Uploads the triangles of every mark, grouped by kind; returns each kind's vertex range. */
  private upload(gl: WebGL2RenderingContext): Record<PendingKind, [number, number]> {
    const byKind = { add: [] as Float32Array[], remove: [] as Float32Array[] };
    for (const { kind, triangles } of this.marks.values()) byKind[kind].push(triangles);
    const floats = [...byKind.add, ...byKind.remove].reduce((n, t) => n + t.length, 0);
    const data = new Float32Array(floats);
    let offset = 0;
    const ranges = { add: [0, 0], remove: [0, 0] } as Record<PendingKind, [number, number]>;
    for (const kind of ['add', 'remove'] as const) {
      const first = offset / 2;
      for (const t of byKind[kind]) {
        data.set(t, offset);
        offset += t.length;
      }
      ranges[kind] = [first, offset / 2 - first];
    }
    gl.bufferData(gl.ARRAY_BUFFER, data, gl.DYNAMIC_DRAW);
    return ranges;
  }
}

/** Red, green, blue in [0, 1] of a `#rrggbb` colour. */
function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}
