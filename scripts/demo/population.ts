/**
 * Populations (municipale, comptée à part) and INSEE age bands of the fictitious communes: a main
 * town of 35–40k, towns of 10–25k, bourgs of 2–8k, a skewed mass of villages (larger near towns),
 * an older population in the rural interior and on the coast, a younger one in towns and suburbs.
 */
import { distanceKm, type PointKm } from './geometry';
import type { SettlementKind } from './layout';
import type { Rng } from './rng';

/** INSEE age bands written in the structure file (P21_POP0014 … P21_POP90P). */
export const AGE_COLUMNS = ['0014', '1529', '3044', '4559', '6074', '7589', '90P'] as const;

/** Population of one commune. */
export interface CommunePopulation {
  /** Population municipale (PMUN), inhabitants. */
  population: number;
  /** Population comptée à part (PCAP), inhabitants. */
  countedApart: number;
  /** Inhabitants by age band, same order as AGE_COLUMNS; sums to `population`. */
  ages: number[];
}

const URBAN_SHARES = [0.17, 0.21, 0.19, 0.18, 0.15, 0.08, 0.01];
const RURAL_SHARES = [0.13, 0.1, 0.14, 0.21, 0.245, 0.155, 0.02];
const SUBURB_SHIFT = [0.035, -0.01, 0.035, 0.01, -0.04, -0.025, -0.005];
const COAST_SHIFT = [-0.015, -0.015, -0.01, 0, 0.025, 0.013, 0.002];

/**
 * Split `total` into integers proportional to `shares` (largest remainder, ties to the lowest index).
 * @example apportion(10, [0.5, 0.3, 0.2]) // [5, 3, 2]
 */
export function apportion(total: number, shares: readonly number[]): number[] {
  const sum = shares.reduce((a, b) => a + b, 0);
  const exact = shares.map((s) => (total * s) / sum);
  const floor = exact.map(Math.floor);
  let rest = total - floor.reduce((a, b) => a + b, 0);
  const order = exact
    .map((e, i) => ({ i, r: e - Math.floor(e) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (rest <= 0) break;
    floor[i] = (floor[i] ?? 0) + 1;
    rest -= 1;
  }
  return floor;
}

/**
 * Draw the population of every commune from its settlement kind and its distance to the towns.
 * @example buildPopulations(rng, kinds, seeds, coastal)[0].population // main town, 35–40k
 */
export function buildPopulations(
  rng: Rng,
  kinds: readonly SettlementKind[],
  seeds: readonly PointKm[],
  coastal: readonly boolean[],
): CommunePopulation[] {
  const towns = seeds.filter((_, i) => kinds[i] === 'main' || kinds[i] === 'town');
  const bourgs = seeds.filter((_, i) => kinds[i] === 'bourg');
  const townTargets = [rng.uniform(21000, 25000), rng.uniform(14000, 18000)];
  while (townTargets.length < towns.length - 1) townTargets.push(rng.uniform(10200, 13500));
  let townRank = 0;
  return kinds.map((kind, i) => {
    const p = seeds[i] as PointKm;
    const nearest = (list: readonly PointKm[]): number =>
      Math.min(...list.map((q) => distanceKm(p, q)).filter((d) => d > 0), 1e9);
    const main = seeds[0] as PointKm;
    // Suburban pull: 1 next to a town, 0 far away.
    const suburb = Math.max(
      i === 0 ? 0 : Math.exp(-distanceKm(p, main) / 7),
      0.75 * Math.exp(-nearest(towns) / 5),
      0.35 * Math.exp(-nearest(bourgs) / 4),
    );
    let population: number;
    if (kind === 'main') population = Math.round(rng.uniform(36500, 39500));
    else if (kind === 'town') population = Math.round(townTargets[townRank++] ?? 11000);
    else if (kind === 'bourg')
      population = Math.round(Math.exp(rng.uniform(Math.log(2100), Math.log(7800))));
    else {
      const median = 260 + 1500 * suburb ** 1.3 + (coastal[i] ? 250 : 0);
      const cap = suburb > 0.55 ? 4800 : 1950;
      population = Math.round(Math.min(cap, Math.max(62, rng.logNormal(Math.log(median), 0.62))));
    }
    const urban = Math.min(1, Math.max(0, (Math.log10(population) - 2.3) / 2.2));
    const shares = URBAN_SHARES.map((u, k) => {
      const r = RURAL_SHARES[k] as number;
      const base = urban * u + (1 - urban) * r;
      const shift =
        (kind === 'village' ? suburb * (SUBURB_SHIFT[k] as number) : 0) +
        (coastal[i] ? (COAST_SHIFT[k] as number) : 0);
      return Math.max(0.004, (base + shift) * rng.uniform(0.92, 1.08));
    });
    const countedApart = Math.round(population * rng.uniform(0.008, 0.03));
    return { population, countedApart, ages: apportion(population, shares) };
  });
}
