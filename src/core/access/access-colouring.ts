/**
 * Colours and legend of the access maps: the score (quantile classes, sequential palette) and the
 * what-if difference (symmetric classes around 0, diverging palette), as plain data for the map.
 */
import { schemeRdBu } from 'd3-scale-chromatic';
import { classIndexOf, computeClassBreaks } from '../classify/compute-class-breaks';
import { NO_DATA_COLOUR, paletteColours } from '../classify/palettes';

/** A legend as the map draws it (same shape as the map layer's `LegendModel`). */
export interface AccessLegend {
  title: string;
  unit: string;
  entries: { colour: string; label: string }[];
}

/** Colour per commune code and the legend. */
export interface AccessColouring {
  colourByCode: Map<string, string | null>;
  legend: AccessLegend;
}

const fmt = (v: number, digits: number) =>
  new Intl.NumberFormat('fr-FR', { maximumFractionDigits: digits }).format(v);

/**
 * Quantile classes of the scores (5 classes, ColorBrewer YlGnBu); a score of exactly 0 (no supply
 * within reach) gets its own class, since it is the most important fact on the map.
 *
 * @example colourScores(['96001'], [3.1], 'Accès aux généralistes', 'consultations par an…').legend.unit;
 */
export function colourScores(
  codes: readonly string[],
  values: ArrayLike<number | null>,
  title: string,
  unit: string,
  digits = 2,
): AccessColouring {
  const positives: number[] = [];
  for (let i = 0; i < codes.length; i++) {
    const v = values[i];
    if (typeof v === 'number' && v > 0) positives.push(v);
  }
  const { breaks } = computeClassBreaks(positives, 'quantile', 5);
  const colours = paletteColours('YlGnBu', Math.max(1, breaks.length - 1));
  const zeroColour = '#fff5eb';
  const colourByCode = new Map<string, string | null>();
  let zeros = 0;
  let missing = 0;
  codes.forEach((code, i) => {
    const v = values[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      missing += 1;
      colourByCode.set(code, null);
    } else if (v <= 0) {
      zeros += 1;
      colourByCode.set(code, zeroColour);
    } else colourByCode.set(code, colours[classIndexOf(v, breaks)] ?? null);
  });
  const entries: AccessLegend['entries'] = [];
  if (zeros) entries.push({ colour: zeroColour, label: `0 : aucune offre à portée (${zeros})` });
  for (let i = 0; i + 1 < breaks.length; i++)
    entries.push({
      colour: colours[i] ?? NO_DATA_COLOUR,
      label: `${fmt(breaks[i] as number, digits)} – ${fmt(breaks[i + 1] as number, digits)}`,
    });
  if (missing) entries.push({ colour: NO_DATA_COLOUR, label: `Pas de donnée (${missing})` });
  return { colourByCode, legend: { title, unit, entries } };
}

/**
 * Diverging classes of a difference (after − before): symmetric around 0 on the largest absolute
 * change, red for losses, blue for gains, white-ish for « inchangé » (|Δ| < 0.5 % of the maximum).
 *
 * @example colourDifference(['a', 'b'], [-1, 0.5], 'Effet du scénario', 'consultations…').legend.entries.length;
 */
export function colourDifference(
  codes: readonly string[],
  deltas: ArrayLike<number>,
  title: string,
  unit: string,
  digits = 2,
): AccessColouring {
  let max = 0;
  for (let i = 0; i < codes.length; i++) max = Math.max(max, Math.abs(deltas[i] as number));
  const scheme = schemeRdBu[7] as readonly string[];
  const edges = [-1, -0.5, -0.15, -0.005, 0.005, 0.15, 0.5, 1].map((e) => e * max);
  const colourByCode = new Map<string, string | null>();
  const counts = new Array<number>(7).fill(0);
  codes.forEach((code, i) => {
    const d = deltas[i] as number;
    let k = 3;
    if (max > 0) {
      k = 0;
      while (k < 6 && d >= (edges[k + 1] as number)) k += 1;
    }
    counts[k] = (counts[k] as number) + 1;
    colourByCode.set(code, scheme[k] ?? null);
  });
  const entries = scheme
    .map((colour, k) => ({
      colour,
      label:
        k === 3
          ? `inchangé (${counts[3]})`
          : `${fmt(edges[k] as number, digits)} – ${fmt(edges[k + 1] as number, digits)} (${counts[k]})`,
    }))
    .filter((_, k) => k === 3 || (max > 0 && (counts[k] as number) > 0));
  return { colourByCode, legend: { title, unit: `différence, ${unit}`, entries } };
}
