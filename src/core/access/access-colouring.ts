/**
 * Colours and legend of the access maps: the score (quantile classes, sequential palette) and the
 * what-if difference (symmetric classes around 0, diverging palette), as plain data for the map.
 */
import { schemeRdBu } from 'd3-scale-chromatic';
import { classValues } from '../classify/choropleth-classes';
import { formatRange } from '../classify/format-range';
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
  const classed = classValues(Array.from(values), {
    method: 'quantile',
    classes: 5,
    colours: (n) => paletteColours('YlGnBu', n),
    zeroClass: { label: '0 : aucune offre à portée', colour: '#fff5eb' },
    digits,
  });
  const colourByCode = new Map<string, string | null>();
  codes.forEach((code, i) => colourByCode.set(code, classed.colourOf(values[i])));
  const entries: AccessLegend['entries'] = classed.entries.map((e) => ({
    colour: e.colour,
    label: `${e.label} (${e.count})`,
  }));
  if (classed.missing)
    entries.push({ colour: NO_DATA_COLOUR, label: `Pas de donnée (${classed.missing})` });
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
          : `${formatRange(edges[k] as number, edges[k + 1] as number, digits)} (${counts[k]})`,
    }))
    .filter((_, k) => k === 3 || (max > 0 && (counts[k] as number) > 0));
  return { colourByCode, legend: { title, unit: `différence, ${unit}`, entries } };
}
