/**
 * PNG export of the map at print resolution: the map is re-rendered at `scale` × the screen pixel
 * ratio, captured inside a render event (the drawing buffer is only valid then, STACK.md), and
 * composed on a 2D canvas with title, legend, scale bar, north arrow, sources, date and the
 * « données fictives » mention when relevant.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** One legend entry. */
export interface PngLegendItem {
  colour: string;
  label: string;
  /** Draw as an outline instead of a filled box. */
  line?: boolean;
  hatch?: boolean;
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

/** Renders the map at `scale`× and returns the composed PNG. */
export async function exportMapPng(map: MapLibreMap, options: PngExportOptions): Promise<Blob> {
  const scale = options.scale ?? 2;
  const previousRatio = map.getPixelRatio();
  map.setPixelRatio(scale);
  try {
    const mapCanvas = await captureOnRender(map);
    const cssWidth = map.getCanvas().clientWidth;
    const header = 70 * scale;
    const footer = 46 * scale;
    const out = document.createElement('canvas');
    out.width = mapCanvas.width;
    out.height = mapCanvas.height + header + footer;
    const ctx = out.getContext('2d') as CanvasRenderingContext2D;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, out.width, out.height);
    ctx.drawImage(mapCanvas, 0, header);
    ctx.fillStyle = '#111';
    ctx.font = `bold ${22 * scale}px sans-serif`;
    ctx.fillText(options.title, 14 * scale, 32 * scale);
    ctx.font = `${13 * scale}px sans-serif`;
    ctx.fillText(options.subtitle ?? '', 14 * scale, 56 * scale);
    if (options.fictitious) {
      ctx.fillStyle = '#b00020';
      ctx.font = `bold ${15 * scale}px sans-serif`;
      const text = 'DONNÉES FICTIVES';
      ctx.fillText(text, out.width - ctx.measureText(text).width - 14 * scale, 32 * scale);
    }
    drawLegend(ctx, options.legend, 12 * scale, header + 12 * scale, scale);
    drawNorthArrow(ctx, out.width - 36 * scale, header + 20 * scale, scale);
    drawScaleBar(ctx, map, cssWidth, 14 * scale, out.height - footer - 16 * scale, scale);
    ctx.fillStyle = '#333';
    ctx.font = `${11 * scale}px sans-serif`;
    ctx.fillText(`Sources : ${options.sources}`, 14 * scale, out.height - footer + 18 * scale);
    ctx.fillText(
      `Export du ${options.date} — Périmètre${options.fictitious ? ' — données fictives' : ''}`,
      14 * scale,
      out.height - footer + 36 * scale,
    );
    return await new Promise<Blob>((resolve, reject) =>
      out.toBlob((b) => (b ? resolve(b) : reject(new Error('Export PNG impossible'))), 'image/png'),
    );
  } finally {
    map.setPixelRatio(previousRatio);
  }
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
  x: number,
  y: number,
  s: number,
): void {
  ctx.font = `${12 * s}px sans-serif`;
  const width = Math.max(120 * s, ...items.map((i) => ctx.measureText(i.label).width + 40 * s));
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.fillRect(x, y, width, (items.length * 20 + 30) * s);
  ctx.fillStyle = '#111';
  ctx.font = `bold ${12 * s}px sans-serif`;
  ctx.fillText('Légende', x + 8 * s, y + 18 * s);
  ctx.font = `${12 * s}px sans-serif`;
  items.forEach((item, i) => {
    const top = y + (28 + i * 20) * s;
    if (item.line) {
      ctx.strokeStyle = item.colour;
      ctx.lineWidth = 3 * s;
      ctx.strokeRect(x + 8 * s, top + 2 * s, 18 * s, 12 * s);
    } else {
      ctx.fillStyle = item.colour;
      ctx.fillRect(x + 8 * s, top + 2 * s, 18 * s, 12 * s);
      if (item.hatch) {
        ctx.strokeStyle = '#fff';
        ctx.lineWidth = 1.5 * s;
        for (let k = 0; k < 3; k++) {
          ctx.beginPath();
          ctx.moveTo(x + (8 + k * 6) * s, top + 14 * s);
          ctx.lineTo(x + (14 + k * 6) * s, top + 2 * s);
          ctx.stroke();
        }
      }
    }
    ctx.fillStyle = '#111';
    ctx.fillText(item.label, x + 32 * s, top + 13 * s);
  });
}

function drawNorthArrow(ctx: CanvasRenderingContext2D, x: number, y: number, s: number): void {
  ctx.fillStyle = '#111';
  ctx.beginPath();
  ctx.moveTo(x, y);
  ctx.lineTo(x + 10 * s, y + 28 * s);
  ctx.lineTo(x, y + 22 * s);
  ctx.lineTo(x - 10 * s, y + 28 * s);
  ctx.closePath();
  ctx.fill();
  ctx.font = `bold ${14 * s}px sans-serif`;
  ctx.fillText('N', x - 5 * s, y + 44 * s);
}

/** Scale bar of a round length, from the map's metres per CSS pixel at the centre latitude. */
function drawScaleBar(
  ctx: CanvasRenderingContext2D,
  map: MapLibreMap,
  cssWidth: number,
  x: number,
  y: number,
  s: number,
): void {
  const lat = map.getCenter().lat;
  const metresPerPixel =
    (40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** map.getZoom());
  const target = metresPerPixel * Math.min(150, cssWidth / 4);
  const magnitude = 10 ** Math.floor(Math.log10(target));
  const nice =
    [1, 2, 5, 10]
      .map((m) => m * magnitude)
      .filter((v) => v <= target)
      .at(-1) ?? magnitude;
  const px = (nice / metresPerPixel) * s;
  ctx.fillStyle = 'rgba(255,255,255,0.9)';
  ctx.fillRect(x - 4 * s, y - 18 * s, px + 60 * s, 26 * s);
  ctx.fillStyle = '#111';
  ctx.fillRect(x, y, px, 4 * s);
  ctx.font = `${12 * s}px sans-serif`;
  ctx.fillText(nice >= 1000 ? `${nice / 1000} km` : `${nice} m`, x, y - 5 * s);
}
