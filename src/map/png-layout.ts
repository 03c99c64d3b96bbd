/**
 * Layout of the exported map PNG: a header (title, subtitle, « données fictives »), the map, a
 * column on its right holding the legend, the north arrow and the scale bar (so that nothing is
 * drawn over the map and the territory is never hidden), and a footer (sources, date). Pure
 * arithmetic in output pixels, tested in Node.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PngLayout {
  width: number;
  height: number;
  header: Rect;
  map: Rect;
  legend: Rect;
  north: Rect;
  scaleBar: Rect;
  footer: Rect;
}

export interface PngLayoutInput {
  /** Size of the captured map canvas, output pixels. */
  mapWidth: number;
  mapHeight: number;
  /** Widest legend label and number of legend rows (0 = no legend). */
  legendLabelWidth: number;
  legendRows: number;
  /** Number of text lines in the footer (sources may wrap). */
  footerLines: number;
  /** Output pixels per CSS pixel. */
  scale: number;
}

/** Row height of the legend, CSS pixels (also used to draw it). */
export const LEGEND_ROW = 20;

/**
 * Places the blocks of the PNG; the side column is at least 180 CSS px wide and as wide as the
 * longest legend label needs.
 *
 * @example computePngLayout({ mapWidth: 1600, mapHeight: 1200, legendLabelWidth: 400, legendRows: 5, footerLines: 2, scale: 2 }).width // 2136
 */
export function computePngLayout(input: PngLayoutInput): PngLayout {
  const s = input.scale;
  const pad = 12 * s;
  const headerHeight = 70 * s;
  const columnWidth = Math.max(180 * s, input.legendLabelWidth + 44 * s) + 2 * pad;
  const legendHeight = input.legendRows > 0 ? (input.legendRows * LEGEND_ROW + 30) * s : 0;
  const northHeight = 52 * s;
  const scaleHeight = 30 * s;
  const columnHeight = pad + legendHeight + pad + northHeight + pad + scaleHeight + pad;
  const bodyHeight = Math.max(input.mapHeight, columnHeight);
  const footerHeight = (12 + 18 * Math.max(1, input.footerLines)) * s;
  const width = input.mapWidth + columnWidth;
  const column = { x: input.mapWidth + pad, width: columnWidth - 2 * pad };
  const legendTop = headerHeight + pad;
  return {
    width,
    height: headerHeight + bodyHeight + footerHeight,
    header: { x: 0, y: 0, width, height: headerHeight },
    map: { x: 0, y: headerHeight, width: input.mapWidth, height: input.mapHeight },
    legend: { ...column, y: legendTop, height: legendHeight },
    north: { ...column, y: legendTop + legendHeight + pad, height: northHeight },
    scaleBar: {
      ...column,
      y: headerHeight + bodyHeight - pad - scaleHeight,
      height: scaleHeight,
    },
    footer: { x: 0, y: headerHeight + bodyHeight, width, height: footerHeight },
  };
}

/** True when two rectangles share interior pixels. */
export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
