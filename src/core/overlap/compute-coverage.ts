import type { PopulationOf } from './compute-overlaps';

/** Communes and population covered by 0, 1 and 2+ CPTS. */
export interface CoverageCounts {
  none: { communes: number; population: number };
  one: { communes: number; population: number };
  twoOrMore: { communes: number; population: number };
  /** Communes with no population (not in the population counts). */
  withoutPopulation: number;
}

/**
 * Coverage of the loaded area by the loaded CPTS perimeters: communes and population municipale
 * in no CPTS (« zones blanches »), in exactly one, and in two or more (overlaps). Every loaded
 * commune is counted exactly once. Reference: Assurance Maladie counts ≈ 5.4 M inhabitants in
 * zones blanches nationally (DOMAIN.md 1).
 *
 * @example computeCoverage(['96001', '96002'], (c) => (c === '96001' ? 1 : 0), () => 100);
 * // => { none: { communes: 1, population: 100 }, one: { communes: 1, population: 100 }, … }
 */
export function computeCoverage(
  codes: Iterable<string>,
  perimeterCountOf: (code: string) => number,
  populationOf: PopulationOf,
): CoverageCounts {
  const counts: CoverageCounts = {
    none: { communes: 0, population: 0 },
    one: { communes: 0, population: 0 },
    twoOrMore: { communes: 0, population: 0 },
    withoutPopulation: 0,
  };
  for (const code of new Set(codes)) {
    const n = perimeterCountOf(code);
    const bucket = n === 0 ? counts.none : n === 1 ? counts.one : counts.twoOrMore;
    const population = populationOf(code);
    bucket.communes += 1;
    if (population === null) counts.withoutPopulation += 1;
    else bucket.population += population;
  }
  return counts;
}

/**
 * White zones (communes in no CPTS) inside a territory and around it (outside communes adjacent
 * to it), sorted codes.
 *
 * @example computeWhiteZones(['96001'], (c) => ['96002'], () => 0); // => { inside: ['96001'], around: ['96002'] }
 */
export function computeWhiteZones(
  codes: Iterable<string>,
  neighboursOf: (code: string) => readonly string[],
  perimeterCountOf: (code: string) => number,
): { inside: string[]; around: string[] } {
  const territory = new Set(codes);
  const inside = [...territory].filter((c) => perimeterCountOf(c) === 0).sort();
  const around = new Set<string>();
  for (const code of territory)
    for (const n of neighboursOf(code))
      if (!territory.has(n) && perimeterCountOf(n) === 0) around.add(n);
  return { inside, around: [...around].sort() };
}
