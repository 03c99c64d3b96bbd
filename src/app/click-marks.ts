/**
 * The mark of a commune just clicked in the territory workbench, drawn at once on a 2D canvas
 * laid over the map (`add` in the territory's colour, `remove` washed out with a dashed edge),
 * until the territory layers show the new state.
 *
 * Why not a feature state of the WebGL map: every WebGL frame is read back to the page when the
 * browser composites in software (no GPU: 0.3–0.8 s per frame on this 2-core machine, during
 * which the main thread waits), so a map frame right after the click delayed the indicators by
 * that much. The overlay paints in the next frame for the cost of one small 2D path; the map
 * redraws once, after the panel has shown the indicators (`TerritoryLayerUpdates`).
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { CommuneMap } from '../map/commune-map';
import { TERRITORY_COLOURS } from '../map/territory-layers';
import type { ClickKind } from './pending-clicks';

const FILL: Record<ClickKind, string> = {
  add: 'rgba(0, 114, 178, 0.55)',
  remove: 'rgba(255, 255, 255, 0.7)',
};
const EDGE: Record<ClickKind, string> = { add: TERRITORY_COLOURS.in, remove: '#1a1a1a' };

export class ClickMarks {
  private readonly marks = new Map<string, ClickKind>();
  private readonly canvas: HTMLCanvasElement;
  private readonly redraw = () => this.draw();

  constructor(
    private readonly map: CommuneMap,
    private readonly geometryOf: (code: string) => Polygon | MultiPolygon | undefined,
  ) {
    const canvas = document.createElement('canvas');
    canvas.className = 'click-marks';
    canvas.dataset.testid = 'click-marks';
    canvas.setAttribute('aria-hidden', 'true');
    Object.assign(canvas.style, { position: 'absolute', pointerEvents: 'none', zIndex: '1' });
    // Beside the map's element, not inside it: the map keeps a single <canvas> of its own.
    map.map.getContainer().after(canvas);
    this.canvas = canvas;
    map.map.on('move', this.redraw);
    map.map.on('resize', this.redraw);
  }

  /** Draws the mark of `code` now (visible in the next frame). */
  mark(code: string, kind: ClickKind): void {
    this.marks.set(code, kind);
    this.draw();
  }

  /** Removes the marks of `codes` (their new state is drawn by the territory layers). */
  clear(codes: Iterable<string>): void {
    let changed = false;
    for (const code of codes) changed = this.marks.delete(code) || changed;
    if (changed) this.draw();
  }

  /** Removes the overlay (the workbench closes). */
  destroy(): void {
    this.marks.clear();
    this.publish();
    this.map.map.off('move', this.redraw);
    this.map.map.off('resize', this.redraw);
    this.canvas.remove();
  }

  /** The marked communes on the map container (`data-pending`, read by the end-to-end tests). */
  private publish(): void {
    this.map.map.getContainer().dataset.pending = [...this.marks.keys()].join(',');
  }

  private draw(): void {
    this.publish();
    const m = this.map.map;
    const host = m.getContainer();
    const { clientWidth: width, clientHeight: height } = host;
    this.canvas.style.left = `${host.offsetLeft}px`;
    this.canvas.style.top = `${host.offsetTop}px`;
    const ratio = window.devicePixelRatio || 1;
    const [w, h] = [Math.round(width * ratio), Math.round(height * ratio)];
    if (this.canvas.width !== w || this.canvas.height !== h) {
      this.canvas.width = w;
      this.canvas.height = h;
      this.canvas.style.width = `${width}px`;
      this.canvas.style.height = `${height}px`;
    }
    const ctx = this.canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    for (const [code, kind] of this.marks) {
      const geometry = this.geometryOf(code);
      if (!geometry) continue;
      ctx.beginPath();
      const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
      for (const polygon of polygons)
        for (const ring of polygon) {
          ring.forEach((position, i) => {
            const p = m.project(position as [number, number]);
            if (i === 0) ctx.moveTo(p.x, p.y);
            else ctx.lineTo(p.x, p.y);
          });
          ctx.closePath();
        }
      ctx.fillStyle = FILL[kind];
      ctx.fill('evenodd');
      ctx.setLineDash(kind === 'remove' ? [4, 3] : []);
      ctx.lineWidth = 2;
      ctx.strokeStyle = EDGE[kind];
      ctx.stroke();
    }
  }
}
