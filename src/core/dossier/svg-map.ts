import { geoPath } from 'd3-geo';
import type { MultiPolygon, Polygon } from 'geojson';
import { placeLabels, type LabelBox, type LabelCandidate } from './place-svg-labels';
import { ARROW_W_PX, computeScaleBar, layoutSvgMap, PAD_PX, toD3Winding } from './svg-map-layout';
import {
  compactPath,
  escapeXml,
  legendSize,
  r1,
  renderFurniture,
  renderLegend,
  renderSources,
  renderWatermark,
  SOURCES_FONT_PX,
  SOURCES_LINE_PX,
  SVG_FONT,
  wrapText,
} from './svg-map-parts';

/** A commune (or any area) drawn on the map. */
export interface SvgMapPolygon {
  code: string;
  geometry: Polygon | MultiPolygon;
  fill: string;
  stroke: string;
  /** Stroke width (px), 0.5 by default. */
  strokeWidth?: number;
  /** SVG `stroke-dasharray`. */
  dash?: string;
  /** Diagonal hatching over the fill. */
  hatch?: boolean;
}

/** A flow drawn as a quadratic curve. */
export interface SvgMapLine {
  /** Lon/lat. */
  from: [number, number];
  to: [number, number];
  /** Stroke width (px). */
  width: number;
  colour: string;
  title?: string;
}

/** A point symbol (establishment, professional…). */
export interface SvgMapPoint {
  /** Lon/lat. */
  at: [number, number];
  /** Radius (px). */
  radius: number;
  fill: string;
  stroke: string;
  title?: string;
}

/** A place name. */
export interface SvgMapLabel {
  /** Lon/lat. */
  at: [number, number];
  name: string;
  /** Priority: lower = more important (e.g. rank by population). */
  rank: number;
  /** Font size (px). */
  size: number;
  weight?: 'bold' | 'normal';
}

/** One row of the legend: a polygon swatch (fill, stroke, dash, hatch), a line or a point. */
export interface SvgLegendItem {
  label: string;
  fill?: string;
  stroke?: string;
  dash?: string;
  hatch?: boolean;
  line?: { width: number; colour: string };
  point?: { fill: string; stroke: string; radius: number };
}

/** Everything one static map of the dossier shows. */
export interface SvgMapSpec {
  /** Size of the map frame (px, viewBox units). */
  width: number;
  height: number;
  /** Geometries the view is fitted to (the territory); the others are context drawn around it. */
  fitTo: readonly (Polygon | MultiPolygon)[];
  /** Drawn in order. */
  polygons: readonly SvgMapPolygon[];
  /** Quadratic curves from → to, drawn above polygons. */
  lines?: readonly SvgMapLine[];
  points?: readonly SvgMapPoint[];
  /** Place names, placed greedily by rank, no overlaps. */
  labels?: readonly SvgMapLabel[];
  /** A box in a corner, outside the territory. */
  legend?: readonly SvgLegendItem[];
  /** One small line at the bottom (wrapped if long). */
  sources?: string;
  /** Accessible title. */
  title?: string;
  /** Diagonal « DONNÉES FICTIVES » watermark text. */
  fictitious?: boolean;
  /** Colour of the hatching of `hatch` polygons and legend rows (default dark grey). */
  hatchColour?: string;
}

/**
 * A static map as a self-contained SVG string (no DOM, no canvas, no external font or link), so
 * the browser (web worker) and the Node CLI produce the same dossier. Projection: Lambert conformal
 * conic with the Lambert-93 standard parallels, centred on the territory (see `layoutSvgMap`);
 * polygons via d3-geo `geoPath` rounded to 0.1 px, without repeated points, rewound to d3's
 * winding; flows as quadratic curves; place names by greedy placement (`placeLabels`); legend,
 * north arrow, scale bar (`computeScaleBar`), sources and an optional « DONNÉES FICTIVES »
 * watermark. Method: d3-geo (Bostock), SVG 1.1 (W3C).
 *
 * @returns `<svg xmlns=… viewBox="0 0 W H" width="W" height="H" role="img" aria-label="…">…</svg>`
 * @example
 * renderSvgMap({ width: 600, height: 500, fitTo: [g], polygons: [{ code: '50502', geometry: g, fill: '#fdd', stroke: '#900' }] });
 */
export function renderSvgMap(spec: SvgMapSpec): string {
  const { width: W, height: H } = spec;
  if (!(W > 0 && H > 0 && Number.isFinite(W) && Number.isFinite(H))) {
    throw new Error(`Carte : dimensions invalides (${W} × ${H}).`);
  }
  // 10 % slack on the estimated widths: wider fallback fonts must not run off the frame.
  const sourcesWidth = 0.9 * (W - 2 * PAD_PX);
  const sourcesLines = spec.sources ? wrapText(spec.sources, sourcesWidth, SOURCES_FONT_PX) : [];
  const sourcesHeight = sourcesLines.length > 0 ? sourcesLines.length * SOURCES_LINE_PX + 4 : 0;
  const legend = spec.legend ?? [];
  const layout = layoutSvgMap({
    width: W,
    height: H,
    sourcesHeight,
    legendSize: legend.length > 0 ? legendSize(legend) : null,
    fitTo: spec.fitTo,
  });
  const { projection, mapBox } = layout;
  const id = `m${hash(`${W}|${H}|${spec.title ?? ''}|${spec.polygons.map((p) => p.code).join(',')}`)}`;
  const hatched = spec.polygons.some((p) => p.hatch) || legend.some((i) => i.hatch);
  const title = spec.title ?? 'Carte';

  let out = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${escapeXml(title)}">`;
  out += `<title>${escapeXml(title)}</title><defs><clipPath id="${id}-clip"><rect width="${W}" height="${r1(mapBox.y1)}"/></clipPath>`;
  if (hatched) {
    out += `<pattern id="${id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="${escapeXml(spec.hatchColour ?? '#333')}" stroke-width="1.2" stroke-opacity="0.75"/></pattern>`;
  }
  out += `</defs><g font-family="${SVG_FONT}"><rect width="${W}" height="${H}" fill="#fff"/>`;
  out += `<g clip-path="url(#${id}-clip)" stroke-linejoin="round">`;

  const path = geoPath(projection).digits(1);
  for (const p of spec.polygons) {
    const d = compactPath(path(toD3Winding(p.geometry)) ?? '');
    if (d === '') continue; // entirely outside the frame, or smaller than a pixel
    const dash = p.dash ? ` stroke-dasharray="${escapeXml(p.dash)}"` : '';
    out += `<path data-code="${escapeXml(p.code)}" d="${d}" fill="${escapeXml(p.fill)}" stroke="${escapeXml(p.stroke)}" stroke-width="${p.strokeWidth ?? 0.5}"${dash}/>`;
    if (p.hatch) out += `<path d="${d}" fill="url(#${id}-hatch)" stroke="none"/>`;
  }
  for (const line of spec.lines ?? []) out += renderCurve(line, projection);
  for (const point of spec.points ?? []) {
    const xy = projection(point.at);
    if (!xy) continue;
    const t = point.title ? `<title>${escapeXml(point.title)}</title>` : '';
    out += `<circle cx="${r1(xy[0])}" cy="${r1(xy[1])}" r="${r1(point.radius)}" fill="${escapeXml(point.fill)}" stroke="${escapeXml(point.stroke)}" stroke-width="0.8">${t}</circle>`;
  }
  out += `</g><rect x="0.5" y="0.5" width="${W - 1}" height="${r1(mapBox.y1 - 1)}" fill="none" stroke="#999"/>`;

  const scale = computeScaleBar(projection, layout.centre, W);
  const furniture = layout.furnitureBox;
  // Labels keep clear of the arrow and bar as drawn (right-aligned in their reserved block).
  const obstacles: LabelBox[] = [{ ...furniture, x0: furniture.x1 - scale.lengthPx - ARROW_W_PX }];
  if (layout.legendBox) obstacles.push(layout.legendBox);
  out += renderLabels(spec.labels ?? [], projection, mapBox, obstacles);
  if (layout.legendBox) out += renderLegend(legend, layout.legendBox, `${id}-hatch`);
  out += renderFurniture(scale, furniture);
  if (spec.fictitious) out += renderWatermark(mapBox);
  if (sourcesLines.length > 0) out += renderSources(sourcesLines, mapBox.y1, PAD_PX);
  return `${out}</g></svg>`;
}

type Projection = ReturnType<typeof layoutSvgMap>['projection'];

/** A flow as a quadratic Bézier curve bent to the left of its direction by a fifth of its length. */
function renderCurve(line: SvgMapLine, projection: Projection): string {
  const a = projection(line.from);
  const b = projection(line.to);
  if (!a || !b) return '';
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const [cx, cy] = [(a[0] + b[0]) / 2 + dy * 0.2, (a[1] + b[1]) / 2 - dx * 0.2];
  const t = line.title ? `<title>${escapeXml(line.title)}</title>` : '';
  return `<path class="flow" d="M${r1(a[0])},${r1(a[1])}Q${r1(cx)},${r1(cy)} ${r1(b[0])},${r1(b[1])}" fill="none" stroke="${escapeXml(line.colour)}" stroke-width="${r1(line.width)}" stroke-linecap="round" stroke-opacity="0.85">${t}</path>`;
}

/** Place names: dots and white-haloed texts, placed by `placeLabels` inside the map area. */
function renderLabels(
  labels: readonly SvgMapLabel[],
  projection: Projection,
  mapBox: LabelBox,
  obstacles: readonly LabelBox[],
): string {
  const candidates: LabelCandidate[] = [];
  for (const l of labels) {
    const xy = projection(l.at);
    if (xy)
      candidates.push({
        x: xy[0],
        y: xy[1],
        name: l.name,
        rank: l.rank,
        size: l.size,
        weight: l.weight,
      });
  }
  const frame = { x0: mapBox.x0 + 2, y0: mapBox.y0 + 2, x1: mapBox.x1 - 2, y1: mapBox.y1 - 2 };
  const placed = placeLabels(candidates, frame, obstacles);
  if (placed.length === 0) return '';
  let out =
    '<g class="labels" fill="#222" stroke="#fff" stroke-linejoin="round" paint-order="stroke">';
  for (const p of placed) {
    const bold = p.weight === 'bold' ? ' font-weight="bold"' : '';
    out += `<circle cx="${r1(p.x)}" cy="${r1(p.y)}" r="1.6" stroke-width="0.6"/>`;
    out += `<text x="${r1(p.textX)}" y="${r1(p.textY)}" text-anchor="${p.anchor}" font-size="${p.size}" stroke-width="3"${bold}>${escapeXml(p.name)}</text>`;
  }
  return `${out}</g>`;
}

/** FNV-1a 32-bit hash (base 36): ids unique per map when several maps share one HTML page. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
