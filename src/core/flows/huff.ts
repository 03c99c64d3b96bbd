/**
 * Huff gravity model (Huff 1963, 1964): the probability that residents of an origin zone choose
 * a destination is proportional to the destination's attractiveness and decreases with distance.
 * Used for the synthetic demo flows and for « what if this hospital closes » scenarios.
 */

/** Parameters of the Huff model. */
export interface HuffOptions {
  /** Exponent α of the attractiveness (default 1). */
  alpha?: number;
  /** Distance-decay exponent β (default 2; usually 1.5–2 for hospital choice). */
  beta?: number;
  /**
   * Distances below this value (km) are raised to it (default 1 km), so a zone containing the
   * destination (distance 0) does not get an infinite weight.
   */
  minDistanceKm?: number;
}

/**
 * Huff choice probabilities of every origin i for every destination j:
 *
 *   P_ij = A_j^α · d_ij^(−β) / Σ_k A_k^α · d_ik^(−β)
 *
 * where A_j is the attractiveness of destination j (beds, stays…) and d_ij the distance (km).
 * Each row sums to 1, or is all zeros when no destination is attractive (every A_k = 0).
 *
 * Sources: D. L. Huff (1963), « A probabilistic analysis of shopping center trade areas »,
 * Land Economics 39(1):81–90; D. L. Huff (1964), « Defining and estimating a trading area »,
 * Journal of Marketing 28(3):34–38.
 *
 * @param distancesKm distance from origin i to destination j, `distancesKm[i][j]`, in km (≥ 0)
 * @param attractiveness attractiveness A_j of each destination (≥ 0, any unit)
 * @returns probabilities `P[i][j]` (dimensionless, rows sum to 1 or 0)
 * @example
 * computeHuffProbabilities([[10, 20]], [100, 100]) // [[0.8, 0.2]] with β = 2
 */
export function computeHuffProbabilities(
  distancesKm: readonly (readonly number[])[],
  attractiveness: readonly number[],
  options: HuffOptions = {},
): number[][] {
  const alpha = options.alpha ?? 1;
  const beta = options.beta ?? 2;
  const minDistanceKm = options.minDistanceKm ?? 1;
  if (!(minDistanceKm > 0)) throw new Error('computeHuffProbabilities: minDistanceKm must be > 0');
  attractiveness.forEach((a, j) => {
    if (!(a >= 0)) throw new Error(`computeHuffProbabilities: attractiveness[${j}] = ${a}`);
  });
  const weights = attractiveness.map((a) => (a === 0 ? 0 : a ** alpha));
  return distancesKm.map((row, i) => {
    if (row.length !== attractiveness.length)
      throw new Error(`computeHuffProbabilities: row ${i} has ${row.length} distances`);
    const utilities = row.map((d, j) => {
      if (!(d >= 0)) throw new Error(`computeHuffProbabilities: distance[${i}][${j}] = ${d}`);
      return (weights[j] as number) * Math.max(d, minDistanceKm) ** -beta;
    });
    const total = utilities.reduce((s, u) => s + u, 0);
    return utilities.map((u) => (total > 0 ? u / total : 0));
  });
}

/**
 * Expected flows of the Huff model: s_ij = P_i · τ · P_ij, with P_i the population of origin i
 * and τ the rate per inhabitant (e.g. 0.27 MCO stays per inhabitant per year in France).
 *
 * @param populations inhabitants of each origin
 * @param ratePerInhabitant τ, events (stays) per inhabitant over the period
 * @param probabilities `P[i][j]` from {@link computeHuffProbabilities}
 * @returns expected events `s[i][j]` (not rounded)
 * @example
 * computeHuffExpectedFlows([1000], 0.27, [[0.8, 0.2]]) // [[216, 54]]
 */
export function computeHuffExpectedFlows(
  populations: readonly number[],
  ratePerInhabitant: number,
  probabilities: readonly (readonly number[])[],
): number[][] {
  if (populations.length !== probabilities.length)
    throw new Error('computeHuffExpectedFlows: one population per origin is required');
  return probabilities.map((row, i) =>
    row.map((p) => (populations[i] as number) * ratePerInhabitant * p),
  );
}
