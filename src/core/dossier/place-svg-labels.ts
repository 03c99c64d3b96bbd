/** An axis-aligned box in SVG user units (px), y downwards. */
export interface LabelBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A place name to write next to a projected point. */
export interface LabelCandidate {
  /** Projected point (px). */
  x: number;
  y: number;
  name: string;
  /** Priority: lower = more important (e.g. rank by population). */
  rank: number;
  /** Font size (px). */
  size: number;
  weight?: 'bold' | 'normal';
}

/** Where the text sits relative to its point. */
export type LabelPosition = 'right' | 'left' | 'above' | 'below';

/** A label kept by `placeLabels`, with its text anchor and estimated box. */
export interface PlacedSvgLabel extends LabelCandidate {
  position: LabelPosition;
  /** SVG `text-anchor` of the text. */
  anchor: 'start' | 'middle' | 'end';
  /** Baseline origin of the text (px). */
  textX: number;
  textY: number;
  /** Estimated box of the text (px). */
  box: LabelBox;
}

/** Positions tried, in order of preference. */
export const LABEL_POSITIONS: readonly LabelPosition[] = ['right', 'left', 'above', 'below'];

/** Estimated glyph advance as a share of the font size (sans-serif average). */
const CHAR_WIDTH_EM = 0.55;
/** Half-size of the dot marking a labelled point (px). */
const DOT_PX = 2;
/** Distance between the point and the text (px), beyond the dot. */
const OFFSET_PX = 3;

/**
 * Greedy placement of place names without overlaps. Candidates are taken by increasing `rank`
 * (input order on ties); each tries the positions right, left, above and below its point and keeps
 * the first whose estimated box lies inside `frame`, touches no obstacle (legend, scale bar…) and
 * no label already placed; a candidate with no free position, or whose point lies outside the
 * frame, is dropped. The dots of placed names are kept clear too, and a point already covered by
 * a placed name or dot is dropped. Text boxes are estimated (width ≈ 0.55 × size per character, height ≈ size),
 * so no font metrics are needed and the result is the same in a web worker and in Node.
 * Method: the greedy point-feature label placement with an ordered set of candidate positions
 * (Imhof 1975, "Positioning names on maps", The American Cartographer 2(2); Christensen, Marks &
 * Shieber 1995, "An empirical study of algorithms for point-feature label placement", ACM TOG 14(3)).
 * Quadratic in the number of candidates, which stays in the hundreds for a dossier map.
 *
 * @param candidates names at projected points (px)
 * @param frame the box every label must stay inside (px)
 * @param obstacles boxes no label may touch (px)
 * @returns the placed labels, in placement (rank) order
 * @example
 * placeLabels([{ x: 50, y: 50, name: 'Saint-Lô', rank: 0, size: 10 }], { x0: 0, y0: 0, x1: 200, y1: 100 });
 * // => [{ …, position: 'right', anchor: 'start', box: { x0: 54.5, y0: 45, x1: 98.5, y1: 55 } }]
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  frame: LabelBox,
  obstacles: readonly LabelBox[] = [],
): PlacedSvgLabel[] {
  const order = candidates.map((c, i) => ({ c, i }));
  order.sort((a, b) => a.c.rank - b.c.rank || a.i - b.i);
  const placed: PlacedSvgLabel[] = [];
  const dots: LabelBox[] = [];
  for (const { c } of order) {
    if (c.x < frame.x0 || c.x > frame.x1 || c.y < frame.y0 || c.y > frame.y1) continue;
    const dot = { x0: c.x - DOT_PX, y0: c.y - DOT_PX, x1: c.x + DOT_PX, y1: c.y + DOT_PX };
    // A point hidden under a name or a dot already drawn gets no label of its own.
    if (
      placed.some((p) => boxesIntersect(p.box, dot)) ||
      dots.some((d) => boxesIntersect(d, dot))
    ) {
      continue;
    }
    for (const position of LABEL_POSITIONS) {
      const label = labelAt(c, position);
      if (!boxInside(label.box, frame)) continue;
      if (obstacles.some((o) => boxesIntersect(o, label.box))) continue;
      if (placed.some((p) => boxesIntersect(p.box, label.box))) continue;
      if (dots.some((d) => boxesIntersect(d, label.box))) continue;
      placed.push(label);
      dots.push(dot);
      break;
    }
  }
  return placed;
}

/**
 * Estimated width of a text (px): 0.55 × font size per character (UTF-16 code points counted).
 *
 * @example estimateTextWidth('Agneaux', 10); // => 38.5
 */
export function estimateTextWidth(text: string, size: number): number {
  return CHAR_WIDTH_EM * size * [...text].length;
}

/**
 * Whether two boxes overlap with a positive area (boxes sharing only an edge do not).
 *
 * @example boxesIntersect({ x0: 0, y0: 0, x1: 2, y1: 2 }, { x0: 1, y0: 1, x1: 3, y1: 3 }); // => true
 */
export function boxesIntersect(a: LabelBox, b: LabelBox): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function boxInside(inner: LabelBox, outer: LabelBox): boolean {
  return (
    inner.x0 >= outer.x0 && inner.x1 <= outer.x1 && inner.y0 >= outer.y0 && inner.y1 <= outer.y1
  );
}

/** The label of `c` at `position`: anchor, baseline and box (baseline at 0.8 × size below the top). */
function labelAt(c: LabelCandidate, position: LabelPosition): PlacedSvgLabel {
  const w = estimateTextWidth(c.name, c.size);
  const h = c.size;
  const gap = OFFSET_PX + c.size * 0.15;
  let box: LabelBox;
  let anchor: PlacedSvgLabel['anchor'];
  let textX: number;
  if (position === 'right' || position === 'left') {
    const right = position === 'right';
    textX = right ? c.x + gap : c.x - gap;
    anchor = right ? 'start' : 'end';
    box = right
      ? { x0: textX, y0: c.y - h / 2, x1: textX + w, y1: c.y + h / 2 }
      : { x0: textX - w, y0: c.y - h / 2, x1: textX, y1: c.y + h / 2 };
  } else {
    const above = position === 'above';
    textX = c.x;
    anchor = 'middle';
    const y0 = above ? c.y - gap - h : c.y + gap;
    box = { x0: c.x - w / 2, y0, x1: c.x + w / 2, y1: y0 + h };
  }
  return { ...c, position, anchor, textX, textY: box.y0 + 0.8 * h, box };
}
