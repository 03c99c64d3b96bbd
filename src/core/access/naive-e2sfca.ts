/**
 * Reference E2SFCA over all pairs of communes (O(n²)), without spatial index. Used by the tests to
 * check the indexed implementation and by the benchmark to measure the gain; never by the app.
 */
import { decayWeight } from './decay';
import { estimateTravelMinutes, haversineKm, type TravelEstimate } from './travel-time';
import type { AccessCommune, DecayStep } from './types';

/**
 * Same formulas as `computeE2sfca` (Luo & Qi 2009), with the travel time of every pair computed
 * from the straight-line distance: R_j = S_j / Σ_k P_k w(t_kj), A_i = Σ_j R_j w(t_ij).
 *
 * @example naiveE2sfca(communes, population, supply, DREES_DECAY, DEFAULT_TRAVEL_ESTIMATE);
 */
export function naiveE2sfca(
  communes: readonly AccessCommune[],
  population: Float64Array,
  supply: Float64Array,
  decay: readonly DecayStep[],
  estimate: TravelEstimate,
): Float64Array {
  const n = communes.length;
  const w = (i: number, j: number): number => {
    if (i === j) return decayWeight(0, decay);
    const a = communes[i] as AccessCommune;
    const b = communes[j] as AccessCommune;
    return decayWeight(
      estimateTravelMinutes(haversineKm(a.lon, a.lat, b.lon, b.lat), estimate),
      decay,
    );
  };
  const ratios = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    if ((supply[j] as number) === 0) continue;
    let d = 0;
    for (let k = 0; k < n; k++) d += (population[k] as number) * w(k, j);
    ratios[j] = d > 0 ? (supply[j] as number) / d : 0;
  }
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let a = 0;
    for (let j = 0; j < n; j++) if ((ratios[j] as number) > 0) a += (ratios[j] as number) * w(i, j);
    scores[i] = a;
  }
  return scores;
}
