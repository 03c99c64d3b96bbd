import { estimateTextWidth, type LabelBox } from './place-svg-labels';
import { FURNITURE_H_PX, type ScaleBar } from './svg-map-layout';
import type { SvgLegendItem } from './svg-map';

/** Font stack of every text of the maps (no external font). */
export const SVG_FONT = 'Noto Sans, DejaVu Sans, Arial, sans-serif';
const LEGEND_FONT_PX = 11;
const LEGEND_ROW_PX = 17;
const LEGEND_PAD_PX = 6;
const SWATCH_W_PX = 18;
const SWATCH_H_PX = 11;
/** Font size and line height of the sources line (px). */
export const SOURCES_FONT_PX = 9;
export const SOURCES_LINE_PX = 11;

/**
 * Text escaped for XML content and attribute values (`& < > " '`); characters XML 1.0 forbids
 * (C0 controls other than tab and newlines) are removed.
 *
 * @example escapeXml('Saint-Lô & Co <x>'); // => 'Saint-Lô &amp; Co &lt;x&gt;'
 */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

/** A coordinate rounded to 0.1 px, without « -0 ». */
export function r1(x: number): string {
  return String(Math.round(x * 10) / 10 || 0);
}

/**
 * A d3-geo path string (`M`, `L`, `Z` commands, coordinates already rounded by `digits`) without
 * consecutive repeated points; rings left with fewer than three distinct points are dropped.
 *
 * @example compactPath('M0,0L0,0L5,0L5,5L0,0Z'); // => 'M0,0L5,0L5,5Z'
 */
export function compactPath(d: string): string {
  let out = '';
  for (const part of d.split('M')) {
    if (part === '') continue;
    const closed = part.endsWith('Z');
    const kept: string[] = [];
    for (const p of (closed ? part.slice(0, -1) : part).split('L')) {
      if (p !== kept[kept.length - 1]) kept.push(p);
    }
    if (closed && kept.length > 1 && kept[kept.length - 1] === kept[0]) kept.pop();
    if (kept.length < (closed ? 3 : 2)) continue;
    out += `M${kept.join('L')}${closed ? 'Z' : ''}`;
  }
  return out;
}

/**
 * The source line cut at spaces into lines that fit the given width (estimated glyph widths).
 *
 * @example wrapText('Sources : INSEE 2026 ; IGN', 60, 9); // => ['Sources :', 'INSEE 2026', '; IGN']
 */
export function wrapText(text: string, widthPx: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && estimateTextWidth(next, size) > widthPx) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Width and height of the legend box (px). */
export function legendSize(items: readonly SvgLegendItem[]): [number, number] {
  const text = Math.max(0, ...items.map((i) => estimateTextWidth(i.label, LEGEND_FONT_PX)));
  return [
    2 * LEGEND_PAD_PX + SWATCH_W_PX + 6 + text,
    2 * LEGEND_PAD_PX + items.length * LEGEND_ROW_PX,
  ];
}

/** The legend: a white box with one swatch and label per item. */
export function renderLegend(
  items: readonly SvgLegendItem[],
  at: LabelBox,
  hatchId: string,
): string {
  const x = at.x0 + LEGEND_PAD_PX;
  let out = `<g class="legend" font-size="${LEGEND_FONT_PX}" fill="#222">`;
  out += `<rect x="${r1(at.x0)}" y="${r1(at.y0)}" width="${r1(at.x1 - at.x0)}" height="${r1(at.y1 - at.y0)}" rx="3" fill="#fff" fill-opacity="0.94" stroke="#aaa" stroke-width="0.8"/>`;
  items.forEach((item, i) => {
    const yc = at.y0 + LEGEND_PAD_PX + (i + 0.5) * LEGEND_ROW_PX;
    if (item.line) {
      out += `<line x1="${r1(x)}" y1="${r1(yc)}" x2="${r1(x + SWATCH_W_PX)}" y2="${r1(yc)}" stroke="${escapeXml(item.line.colour)}" stroke-width="${r1(Math.min(item.line.width, LEGEND_ROW_PX - 3))}" stroke-linecap="round"/>`;
    } else if (item.point) {
      const p = item.point;
      out += `<circle cx="${r1(x + SWATCH_W_PX / 2)}" cy="${r1(yc)}" r="${r1(Math.min(p.radius, 7))}" fill="${escapeXml(p.fill)}" stroke="${escapeXml(p.stroke)}" stroke-width="0.8"/>`;
    } else {
      const rect = `x="${r1(x)}" y="${r1(yc - SWATCH_H_PX / 2)}" width="${SWATCH_W_PX}" height="${SWATCH_H_PX}"`;
      const dash = item.dash ? ` stroke-dasharray="${escapeXml(item.dash)}"` : '';
      out += `<rect ${rect} fill="${escapeXml(item.fill ?? 'none')}" stroke="${escapeXml(item.stroke ?? 'none')}" stroke-width="1.2"${dash}/>`;
      if (item.hatch) out += `<rect ${rect} fill="url(#${hatchId})"/>`;
    }
    out += `<text x="${r1(x + SWATCH_W_PX + 6)}" y="${r1(yc + LEGEND_FONT_PX * 0.35)}">${escapeXml(item.label)}</text>`;
  });
  return `${out}</g>`;
}

/**
 * North arrow and scale bar, right-aligned in the block reserved for them: the arrow, then a bar
 * whose first half is filled, labelled above its middle.
 */
export function renderFurniture(scale: ScaleBar, at: LabelBox): string {
  const barX = at.x1 - scale.lengthPx;
  const barY = at.y1 - 6;
  const ax = barX - 16; // arrow axis
  const ay = at.y1 - FURNITURE_H_PX;
  const arrow =
    `<g class="north-arrow"><text x="${r1(ax)}" y="${r1(ay + 10)}" text-anchor="middle" font-size="11" font-weight="bold" fill="#222">N</text>` +
    `<polygon points="${r1(ax)},${r1(ay + 13)} ${r1(ax + 6)},${r1(ay + 33)} ${r1(ax)},${r1(ay + 28)} ${r1(ax - 6)},${r1(ay + 33)}" fill="#222"/></g>`;
  const bar =
    `<g class="scale-bar"><rect x="${r1(barX)}" y="${r1(barY)}" width="${r1(scale.lengthPx)}" height="4" fill="#fff" stroke="#222" stroke-width="0.8"/>` +
    `<rect x="${r1(barX)}" y="${r1(barY)}" width="${r1(scale.lengthPx / 2)}" height="4" fill="#222"/>` +
    `<text x="${r1(barX + scale.lengthPx / 2)}" y="${r1(barY - 4)}" text-anchor="middle" font-size="10" fill="#222">${escapeXml(scale.label)}</text></g>`;
  return arrow + bar;
}

/** The diagonal « DONNÉES FICTIVES » watermark across the map area. */
export function renderWatermark(map: LabelBox): string {
  const [cx, cy] = [(map.x0 + map.x1) / 2, (map.y0 + map.y1) / 2];
  const text = 'DONNÉES FICTIVES';
  const size = Math.min((0.75 * (map.x1 - map.x0)) / (0.62 * text.length), (map.y1 - map.y0) / 4);
  return `<text class="watermark" x="${r1(cx)}" y="${r1(cy + size * 0.35)}" transform="rotate(-30 ${r1(cx)} ${r1(cy)})" text-anchor="middle" font-size="${r1(size)}" font-weight="bold" fill="#b00020" fill-opacity="0.16">${text}</text>`;
}

/** The wrapped sources lines at the bottom of the frame, under the map area. */
export function renderSources(lines: readonly string[], top: number, x: number): string {
  const tspans = lines
    .map(
      (l, i) =>
        `<tspan x="${r1(x)}" y="${r1(top + (i + 1) * SOURCES_LINE_PX - 2)}">${escapeXml(l)}</tspan>`,
    )
    .join('');
  return `<text class="sources" font-size="${SOURCES_FONT_PX}" fill="#555">${tspans}</text>`;
}
