/**
 * The two steps of the enhanced two-step floating catchment area (E2SFCA) over precomputed pairs.
 */
import { decayWeight } from './decay';
import type { ReachPairs } from './travel-time';
import type { DecayStep } from './types';

/** Result of {@link computeE2sfca}, arrays in commune order. */
export interface E2sfcaResult {
  /** A_i: supply per standardised inhabitant reachable from commune i (supply unit / inhabitant). */
  scores: Float64Array;
  /** R_j: supply-to-demand ratio of the supply located in commune j (0 where there is none). */
  ratios: Float64Array;
  /** D_j: decayed standardised population that reaches commune j (the denominator of R_j). */
  demand: Float64Array;
  /** Supply in communes that no populated commune reaches (it counts for nobody). */
  unservedSupply: number;
}

/**
 * E2SFCA (Luo & Qi 2009, « An enhanced two-step floating catchment area (E2SFCA) method for
 * measuring spatial accessibility to primary care physicians », Health & Place 15(4):1100–1107),
 * the family of the DREES APL (DOMAIN.md section 4.4):
 *
 * - step 1, for each supply location j: R_j = S_j / Σ_k P_k · w(t_kj);
 * - step 2, for each commune i: A_i = Σ_j R_j · w(t_ij).
 *
 * P = standardised population, S = supply (people, FTE or consultations), w = stepwise decay
 * (`decayWeight`), t = travel minutes of the pairs (only pairs under the cut-off exist). Cost:
 * O(number of pairs). A supply location reached by no population has R_j = 0 (its supply is
 * counted in `unservedSupply`).
 *
 * @param pairs - Pairs (i → j, minutes) under the cut-off (`buildEstimatedPairs`, `buildMatrixPairs`).
 * @param population - P_i, standardised population per commune.
 * @param supply - S_j per commune.
 * @param decay - Stepwise weights.
 * @example
 * const { scores } = computeE2sfca(pairs, Float64Array.of(1000, 500), Float64Array.of(2, 0), DREES_DECAY);
 */
export function computeE2sfca(
  pairs: ReachPairs,
  population: Float64Array,
  supply: Float64Array,
  decay: readonly DecayStep[],
): E2sfcaResult {
  const n = population.length;
  const { offsets, targets, minutes } = pairs;
  const weights = new Float64Array(minutes.length);
  for (let p = 0; p < minutes.length; p++) weights[p] = decayWeight(minutes[p] as number, decay);
  const demand = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const pop = population[i] as number;
    if (pop <= 0) continue;
    for (let p = offsets[i] as number; p < (offsets[i + 1] as number); p++) {
      const j = targets[p] as number;
      demand[j] = (demand[j] as number) + pop * (weights[p] as number);
    }
  }
  const ratios = new Float64Array(n);
  let unservedSupply = 0;
  for (let j = 0; j < n; j++) {
    const s = supply[j] as number;
    if (s === 0) continue;
    const d = demand[j] as number;
    if (d > 0) ratios[j] = s / d;
    else unservedSupply += s;
  }
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let a = 0;
    for (let p = offsets[i] as number; p < (offsets[i + 1] as number); p++) {
      a += (ratios[targets[p] as number] as number) * (weights[p] as number);
    }
    scores[i] = a;
  }
  return { scores, ratios, demand, unservedSupply };
}
