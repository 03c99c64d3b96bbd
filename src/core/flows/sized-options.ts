/**
 * The three territories offered by « Proposer un territoire » from one growth: the smallest that
 * reaches the population floor, the one closest to the middle of the range, and the largest under
 * the ceiling.
 */
import type { TerritoryGrowth } from './grow-territory';

/** One offered territory: the first `size` communes of the growth. */
export interface SizedOption {
  role: 'smaller' | 'proposed' | 'larger';
  /** Number of communes (a prefix of the growth order). */
  size: number;
  population: number;
  /** Autarcie on the flow network (NaN without known stays). */
  autarcie: number;
}

/**
 * Picks the offered territories along a growth bounded by `maxPopulation`:
 * - « plus petit »: the first step whose population reaches `minPopulation` (the whole growth when
 *   it never does);
 * - « proposé »: between the two, the step whose population is closest to the middle of the range
 *   (ties to the smaller) — the size is the user's choice, the communes follow the flows; the
 *   autarcie of each option is shown so that the user can pick another;
 * - « plus grand »: the last step (the largest territory under the ceiling).
 * An option that coincides with the proposed one is left out (the proposed one is always given).
 *
 * @example pickSizedOptions(growTerritory(network, seed, 80000), 20000, 80000).map((o) => o.role)
 */
export function pickSizedOptions(
  growth: TerritoryGrowth,
  minPopulation: number,
  maxPopulation: number,
): SizedOption[] {
  const steps = growth.order.length;
  if (steps === 0) return [];
  let first = steps - 1;
  for (let k = 0; k < steps; k++)
    if ((growth.population[k] as number) >= minPopulation) {
      first = k;
      break;
    }
  const last = steps - 1;
  const middle = (minPopulation + maxPopulation) / 2;
  const gap = (k: number) => Math.abs((growth.population[k] as number) - middle);
  let best = first;
  for (let k = first + 1; k <= last; k++) if (gap(k) < gap(best)) best = k;
  const option = (role: SizedOption['role'], k: number): SizedOption => ({
    role,
    size: k + 1,
    population: growth.population[k] as number,
    autarcie: growth.autarcie[k] as number,
  });
  const options = [option('smaller', first), option('proposed', best), option('larger', last)];
  return options.filter((o) => o.role === 'proposed' || o.size !== best + 1);
}
