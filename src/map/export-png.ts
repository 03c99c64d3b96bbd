/**
 * PNG export of the map at print resolution: the map is re-rendered at `scale` × the screen pixel
 * ratio, captured inside a render event (the drawing buffer is only valid then, STACK.md), and
 * composed on a 2D canvas with title, legend, scale bar, north arrow, sources, date and the
 * « données fictives » mention when relevant. Legend, north arrow and scale bar sit in a column
 * beside the map (`computePngLayout`), so they never hide the territory.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { computePngLayout, LEGEND_ROW, type Rect } from './png-layout';

/** One legend entry. */
export interface PngLegendItem {
  colour: string;
  label: string;
  /** Draw as an outline instead of a filled box. */
  line?: boolean;
  /** Diagonal lines of `colour` on white, as the map's hatching pattern. */
  hatch?: boolean;
  /** A dashed outline (CPTS perimeters). */
  dash?: boolean;
  /** A round point (establishments). */
  dot?: boolean;
  /**
   * A horizontal line this many CSS pixels thick (flow lines: the width the map draws for the
   * stays in the label), scaled like the rest of the export.
   */
  width?: number;
}

export interface PngExportOptions {
  title: string;
  subtitle?: string;
  legend: PngLegendItem[];
  sources: string;
  date: string;
  fictitious: boolean;
  /** Resolution factor relative to the map's CSS size (≥ 2 for print). */
  scale?: number;
}

/** Renders the map at `scale`× and returns the composed PNG (legend column beside the map). */
export async function exportMapPng(map: MapLibreMap, options: PngExportOptions): Promise<Blob> {
  const scale = options.scale ?? 2;
  const s = scale;
  const previousRatio = map.getPixelRatio();
  map.setPixelRatio(scale);
  try {
    const mapCanvas = await captureOnRender(map);
    const out = document.createElement('canvas');
    const measure = out.getContext('2d') as CanvasRenderingContext2D;
    measure.font = `${12 * s}px sans-serif`;
    const labelWidth = Math.max(
      0,
      ...options.legend.map((i) => measure.measureText(i.label).width),
    );
    measure.font = `${11 * s}px sans-serif`;
    const footerText = [
      ...wrapText(measure, `Sources : ${options.sources}`, mapCanvas.width - 28 * s),
      `Export du ${options.date} — Périmètre${options.fictitious ? ' — données fictives' : ''}`,
    ];
    const layout = computePngLayout({
      mapWidth: mapCanvas.width,
      mapHeight: mapCanvas.height,
      legendLabelWidth: labelWidth,
      legendRows: options.legend.length,
      footerLines: footerText.length,
      scale,
    });
    out.width = layout.width;
    out.height = layout.height;
    const ctx = out.getContext('2d') as CanvasRenderingContext2D;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, out.width, out.height);
    ctx.drawImage(mapCanvas, layout.map.x, layout.map.y);
    ctx.strokeStyle = '#999';
    ctx.lineWidth = s;
    ctx.strokeRect(layout.map.x, layout.map.y, layout.map.width, layout.map.height);
    ctx.fillStyle = '#111';
    ctx.font = `bold ${22 * s}px sans-serif`;
    ctx.fillText(options.title, 14 * s, 32 * s);
    ctx.font = `${13 * s}px sans-serif`;
    ctx.fillText(options.subtitle ?? '', 14 * s, 56 * s);
    if (options.fictitious) {
      ctx.fillStyle = '#b00020';
      ctx.font = `bold ${15 * s}px sans-serif`;
      const text = 'DONNÉES FICTIVES';
      ctx.fillText(text, out.width - ctx.measureText(text).width - 14 * s, 32 * s);
    }
    if (options.legend.length) drawLegend(ctx, options.legend, layout.legend, s);
    drawNorthArrow(ctx, layout.north, s);
    drawScaleBar(ctx, map, layout.scaleBar, s);
    ctx.fillStyle = '#333';
    ctx.font = `${11 * s}px sans-serif`;
    footerText.forEach((line, i) =>
      ctx.fillText(line, 14 * s, layout.footer.y + (18 + 18 * i) * s),
    );
    return await new Promise<Blob>((resolve, reject) =>
      out.toBlob((b) => (b ? resolve(b) : reject(new Error('Export PNG impossible'))), 'image/png'),
    );
  } finally {
    map.setPixelRatio(previousRatio);
  }
}

/** Splits a text into lines no wider than `maxWidth` (at the context's current font). */
function wrapText(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Copies the WebGL canvas inside a render event, once the map is idle at the new ratio. */
function captureOnRender(map: MapLibreMap): Promise<HTMLCanvasElement> {
  return new Promise((resolve) => {
    map.once('idle', () => {
      map.once('render', () => {
        const source = map.getCanvas();
        const copy = document.createElement('canvas');
        copy.width = source.width;
        copy.height = source.height;
        (copy.getContext('2d') as CanvasRenderingContext2D).drawImage(source, 0, 0);
        resolve(copy);
      });
      map.triggerRepaint();
    });
    map.triggerRepaint();
  });
}

function drawLegend(
  ctx: CanvasRenderingContext2D,
  items: PngLegendItem[],
  box: Rect,
  s: number,
): void {
  const { x, y } = box;
  ctx.fillStyle = '#111';
  ctx.font = `bold ${12 * s}px sans-serif`;
  ctx.fillText('Légende', x, y + 18 * s);
  ctx.font = `${12 * s}px sans-serif`;
  items.forEach((item, i) => {
    const top = y + (28 + i * LEGEND_ROW) * s;
    if (item.width !== undefined) {
      // As the map draws the flow: a straight stroke of the same width, centred in the row.
      ctx.strokeStyle = item.colour;
      ctx.lineWidth = Math.min(item.width, LEGEND_ROW - 2) * s;
      ctx.lineCap = 'butt';
      ctx.beginPath();
      ctx.moveTo(x, top + 9 * s);
      ctx.lineTo(x + 22 * s, top + 9 * s);
      ctx.stroke();
    } else if (item.dot) {
      ctx.fillStyle = item.colour;
      ctx.beginPath();
      ctx.arc(x + 11 * s, top + 9 * s, 5 * s, 0, 2 * Math.PI);
      ctx.fill();
      ctx.strokeStyle = '#fff';
      ctx.lineWidth = 1.5 * s;
      ctx.stroke();
    } else if (item.line || item.dash) {
      ctx.strokeStyle = item.colour;
      ctx.lineWidth = (item.dash ? 2 : 3) * s;
      ctx.setLineDash(item.dash ? [4 * s, 3 * s] : []);
      ctx.strokeRect(x + 2 * s, top + 2 * s, 18 * s, 12 * s);
      ctx.setLineDash([]);
    } else if (item.hatch) {
      // As the map's pattern: diagonal strokes of the colour over what lies beneath (white here).
      ctx.fillStyle = '#fff';
      ctx.fillRect(x, top + 2 * s, 22 * s, 14 * s);
      ctx.save();
      ctx.beginPath();
      ctx.rect(x, top + 2 * s, 22 * s, 14 * s);
      ctx.clip();
      ctx.strokeStyle = item.colour;
      ctx.lineWidth = 2 * s;
      for (let k = -2; k < 5; k++) {
        ctx.beginPath();
        ctx.moveTo(x + k * 7 * s, top + 16 * s);
        ctx.lineTo(x + (14 + k * 7) * s, top + 2 * s);
        ctx.stroke();
      }
      ctx.restore();
      ctx.strokeStyle = '#999';
      ctx.lineWidth = 1 * s;
      ctx.strokeRect(x, top + 2 * s, 22 * s, 14 * s);
    } else {
      ctx.fillStyle = item.colour;
      ctx.fillRect(x, top + 2 * s, 22 * s, 14 * s);
    }
    ctx.fillStyle = '#111';
    ctx.fillText(item.label, x + 30 * s, top + 14 * s);
  });
}

function drawNorthArrow(ctx: CanvasRenderingContext2D, box: Rect, s: number): void {
  const x = box.x + 12 * s;
  const y = box.y;
  ctx.fillStyle = '#111';
  ctx.beginPath();
  ctx.moveTo(x, y);
  ctx.lineTo(x + 10 * s, y + 28 * s);
  ctx.lineTo(x, y + 22 * s);
  ctx.lineTo(x - 10 * s, y + 28 * s);
  ctx.closePath();
  ctx.fill();
  ctx.font = `bold ${14 * s}px sans-serif`;
  ctx.fillText('N', x - 5 * s, y + 46 * s);
}

/** Scale bar of a round length, from the map's metres per CSS pixel at the centre latitude. */
function drawScaleBar(ctx: CanvasRenderingContext2D, map: MapLibreMap, box: Rect, s: number): void {
  const lat = map.getCenter().lat;
  const metresPerPixel =
    (40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** map.getZoom());
  const target = metresPerPixel * Math.min(150, box.width / s);
  const magnitude = 10 ** Math.floor(Math.log10(target));
  const nice =
    [1, 2, 5, 10]
      .map((m) => m * magnitude)
      .filter((v) => v <= target)
      .at(-1) ?? magnitude;
  const px = (nice / metresPerPixel) * s;
  const y = box.y + box.height - 6 * s;
  ctx.fillStyle = '#111';
  ctx.fillRect(box.x, y, px, 4 * s);
  ctx.fillRect(box.x, y - 6 * s, s, 10 * s);
  ctx.fillRect(box.x + px - s, y - 6 * s, s, 10 * s);
  ctx.font = `${12 * s}px sans-serif`;
  ctx.fillText(nice >= 1000 ? `${nice / 1000} km` : `${nice} m`, box.x, y - 9 * s);
}
