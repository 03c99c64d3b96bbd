/**
 * Width of a flow line from its stays, and the few sample widths the legend shows with the values
 * they stand for. Width grows with the square root of the stays (so the line's visual weight, like
 * an area, grows with the stays: Tobler 1987, « Experiments in migration mapping by computer »),
 * from `FLOW_LINE.minPx` for the smallest line drawn to `FLOW_LINE.maxPx` for the largest.
 */
import { FLOW_LINE } from './map-symbols';

/** One sample of the flow-width key: a number of stays and the width it is drawn with. */
export interface FlowWidthSample {
  stays: number;
  widthPx: number;
}

/**
 * Width in CSS pixels of a line of `stays` when the lines drawn range from `minStays` to
 * `maxStays` (same formula as the MapLibre paint expression of `flow-layers.ts`).
 *
 * @example flowWidthPx(100, 1, 100) // 14
 */
export function flowWidthPx(stays: number, minStays: number, maxStays: number): number {
  if (!(minStays < maxStays)) return FLOW_LINE.singlePx;
  const t = (Math.sqrt(stays) - Math.sqrt(minStays)) / (Math.sqrt(maxStays) - Math.sqrt(minStays));
  const clamped = Math.min(1, Math.max(0, t));
  return FLOW_LINE.minPx + clamped * (FLOW_LINE.maxPx - FLOW_LINE.minPx);
}

/**
 * Up to three samples for the legend, largest first: the largest line, a rounded middle value
 * (half-way in width) and the smallest line. One sample when every line has the same stays.
 *
 * @example flowWidthSamples(4, 400).map((s) => s.stays) // [400, 100, 4]
 */
export function flowWidthSamples(minStays: number, maxStays: number): FlowWidthSample[] {
  if (!(minStays < maxStays)) return [{ stays: maxStays, widthPx: FLOW_LINE.singlePx }];
  const midSqrt = (Math.sqrt(minStays) + Math.sqrt(maxStays)) / 2;
  const middle = roundNicely(midSqrt * midSqrt);
  const values = [maxStays, middle, minStays].filter(
    (v, i, all) => all.indexOf(v) === i && v >= minStays && v <= maxStays,
  );
  return values.map((stays) => ({ stays, widthPx: flowWidthPx(stays, minStays, maxStays) }));
}

/** Rounds to 1, 2 or 5 times a power of ten (the nearest of those values). */
function roundNicely(value: number): number {
  if (value < 1) return value;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const candidates = [1, 2, 5, 10].map((m) => m * magnitude);
  return candidates.reduce((best, c) => (Math.abs(c - value) < Math.abs(best - value) ? c : best));
}
