/**
 * Territory summaries of an access score: mean weighted by standardised population (DOMAIN.md
 * section 3.7, as the DREES aggregates its APL), share of the population below a threshold
 * (DREES « sous-densité »: APL < 2.5 consultations per year), and deciles.
 */
import { quantileSorted } from 'simple-statistics';

/** Summary of a set of communes. */
export interface AccessRollUp {
  communeCount: number;
  population: number;
  standardisedPopulation: number;
  /** Σ score_i × Pstd_i / Σ Pstd_i; null without population. */
  weightedScore: number | null;
  /** Population (municipale) of the communes whose score is below the threshold. */
  populationBelow: number;
  /** populationBelow / population; null without population. */
  shareBelow: number | null;
  /** Deciles D1…D9 of the communes' scores (unweighted, R type 7); empty without communes. */
  deciles: number[];
}

/** The communes' values the roll-up needs, in one order. */
export interface RollUpInput {
  codes: readonly string[];
  scores: ArrayLike<number>;
  population: ArrayLike<number>;
  standardisedPopulation: ArrayLike<number>;
}

/**
 * Rolls the score up to the communes of `members` (all communes when null).
 *
 * @param input - Scores and populations of every commune.
 * @param members - Codes of the territory (a CPTS perimeter, a drawn list); unknown codes ignored.
 * @param threshold - Score below which a commune is « sous-dense » (same unit as the score).
 * @example
 * rollUpAccess({ codes: ['a', 'b'], scores: [2, 4], population: [100, 300], standardisedPopulation: [100, 300] }, null, 2.5);
 * // { weightedScore: 3.5, populationBelow: 100, shareBelow: 0.25, … }
 */
export function rollUpAccess(
  input: RollUpInput,
  members: ReadonlySet<string> | null,
  threshold: number,
): AccessRollUp {
  let population = 0;
  let std = 0;
  let weighted = 0;
  let below = 0;
  const values: number[] = [];
  input.codes.forEach((code, i) => {
    if (members && !members.has(code)) return;
    const s = input.scores[i] as number;
    const p = input.population[i] as number;
    const ps = input.standardisedPopulation[i] as number;
    population += p;
    std += ps;
    weighted += s * ps;
    if (s < threshold) below += p;
    values.push(s);
  });
  values.sort((a, b) => a - b);
  return {
    communeCount: values.length,
    population,
    standardisedPopulation: std,
    weightedScore: std > 0 ? weighted / std : null,
    populationBelow: below,
    shareBelow: population > 0 ? below / population : null,
    deciles: values.length
      ? [1, 2, 3, 4, 5, 6, 7, 8, 9].map((d) => quantileSorted(values, d / 10))
      : [],
  };
}
