/**
 * Colour-blind-safe sequential palettes, as data. Colours are the ColorBrewer schemes
 * (Brewer & Harrower, colorbrewer2.org, marked "colorblind safe") and viridis (van der Walt & Smith,
 * matplotlib 2015), sampled by d3-scale-chromatic.
 */
import {
  interpolateOrRd,
  interpolateViridis,
  interpolateYlGnBu,
  schemeOrRd,
  schemeYlGnBu,
} from 'd3-scale-chromatic';

export type PaletteName = 'YlGnBu' | 'OrRd' | 'viridis';

export const PALETTE_LABELS: Record<PaletteName, string> = {
  YlGnBu: 'Jaune → bleu',
  OrRd: 'Orange → rouge',
  viridis: 'Viridis',
};

/** Colour for communes without a value. */
export const NO_DATA_COLOUR = '#d9d9d9';

/**
 * Returns `k` colours (3 ≤ k ≤ 9 for ColorBrewer; any k for viridis), light to dark.
 *
 * @example paletteColours('YlGnBu', 5) // ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494']
 */
export function paletteColours(name: PaletteName, k: number): string[] {
  const n = Math.max(1, Math.floor(k));
  if (name === 'viridis') {
    // Reversed so that light means low, as in the ColorBrewer schemes.
    return Array.from({ length: n }, (_, i) => interpolateViridis(n === 1 ? 0.5 : 1 - i / (n - 1)));
  }
  const scheme = name === 'YlGnBu' ? schemeYlGnBu : schemeOrRd;
  const three = scheme[3] as readonly string[];
  if (n === 1) return [three[1] as string];
  if (n === 2) return [three[0] as string, three[2] as string];
  if (n <= 9) return [...(scheme[n] as readonly string[])];
  // Beyond the 9 tested classes, sample the continuous version of the same scheme.
  const interpolate = name === 'YlGnBu' ? interpolateYlGnBu : interpolateOrRd;
  return Array.from({ length: n }, (_, i) => interpolate(i / (n - 1)));
}
