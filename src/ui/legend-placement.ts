/**
 * Where the legend sits over the map: the first corner (lower right, lower left, upper left) where
 * it leaves the territory being built (or the chosen CPTS) visible, or, with neither, hides the
 * fewest communes; clear of the map's controls.
 */

/** A corner of the map for the legend (the upper right holds the zoom buttons). */
export type LegendCorner = 'bottom-right' | 'bottom-left' | 'top-left';

/** A rectangle in CSS pixels from the map's upper-left corner. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Space kept free along each corner's edges (controls: scale bar, zone selector), CSS pixels. */
export type CornerMargins = Record<LegendCorner, { x: number; y: number }>;

const ORDER: LegendCorner[] = ['bottom-right', 'bottom-left', 'top-left'];

/** The legend's box at a corner of a map of `map` size. */
export function legendBoxAt(
  corner: LegendCorner,
  map: { width: number; height: number },
  legend: { width: number; height: number },
  margins: CornerMargins,
): Box {
  const { x, y } = margins[corner];
  const left = corner === 'bottom-right' ? map.width - x - legend.width : x;
  const top = corner === 'top-left' ? y : map.height - y - legend.height;
  return { left, top, right: left + legend.width, bottom: top + legend.height };
}

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * The first corner, in the order lower right, lower left, upper left, where the legend does not
 * cover `focus`; when every corner covers it, the one covering the least, with `covers` true.
 * Without a focus, `under` (when given) counts what the legend would hide at a corner (the
 * communes drawn there): the first corner hiding nothing, else the one hiding the least if that is
 * at most half of what the lower right hides (else the lower right), and `covers` stays false
 * (the legend of the whole map stays open).
 *
 * @example chooseLegendCorner({ width: 900, height: 700 }, { width: 280, height: 300 }, { left: 700, top: 500, right: 800, bottom: 600 }, { 'bottom-right': { x: 10, y: 10 }, 'bottom-left': { x: 10, y: 40 }, 'top-left': { x: 10, y: 10 } }).corner // 'bottom-left'
 */
export function chooseLegendCorner(
  map: { width: number; height: number },
  legend: { width: number; height: number },
  focus: Box | null,
  margins: CornerMargins,
  under?: (box: Box) => number,
): { corner: LegendCorner; covers: boolean } {
  if (!focus && !under) return { corner: ORDER[0]!, covers: false };
  const hidden = (box: Box) => (focus ? overlapArea(box, focus) : (under?.(box) ?? 0));
  let best = ORDER[0]!;
  let least = Infinity;
  let first = 0;
  for (const corner of ORDER) {
    const n = hidden(legendBoxAt(corner, map, legend, margins));
    if (n === 0) return { corner, covers: false };
    if (corner === ORDER[0]) first = n;
    if (n < least) [best, least] = [corner, n];
  }
  if (focus) return { corner: best, covers: true };
  // Communes everywhere (a zoomed-in view): the legend moves only to hide half as many, so that
  // it does not wander from corner to corner as the map is panned.
  return { corner: least * 2 <= first ? best : ORDER[0]!, covers: false };
}
