import { computeCoverage, type CoverageCounts } from '../overlap/compute-coverage';
import type { PopulationOf } from '../overlap/compute-overlaps';
import type { CoverageClass, RegionCoverage } from './region-types';

/**
 * Coverage of the loaded communes by 0, 1 and 2+ CPTS (`computeCoverage`), with, in each class,
 * the communes whose population is unknown (« population inconnue », never counted as 0
 * inhabitants): the classes' communes add up to the loaded communes and their populations to the
 * loaded population; a class whose communes all lack a population has a null population. Reference: ≈ 5.4 M inhabitants live in zones blanches nationally (DOMAIN.md 1).
 *
 * @param codes loaded commune codes
 * @param perimeterCountOf number of CPTS listing the commune
 * @param populationOf population municipale (inhabitants), null when unknown
 * @example
 * computeRegionCoverage(['96001', '96002'], (c) => (c === '96001' ? 2 : 0), () => 100).twoOrMore;
 * // => { communes: 1, population: 100, communesWithoutPopulation: 0 }
 */
export function computeRegionCoverage(
  codes: readonly string[],
  perimeterCountOf: (code: string) => number,
  populationOf: PopulationOf,
): RegionCoverage {
  const unique = [...new Set(codes)];
  const all = computeCoverage(unique, perimeterCountOf, populationOf);
  // The same classes over the communes without population: their counts per class.
  const unknown = computeCoverage(
    unique.filter((c) => populationOf(c) === null),
    perimeterCountOf,
    populationOf,
  );
  // A class whose every commune lacks a population has an unknown population, not 0.
  const merge = (k: keyof Omit<CoverageCounts, 'withoutPopulation'>): CoverageClass => ({
    communes: all[k].communes,
    population:
      all[k].communes > 0 && unknown[k].communes === all[k].communes ? null : all[k].population,
    communesWithoutPopulation: unknown[k].communes,
  });
  const countByCode: Record<string, number> = {};
  for (const code of unique) countByCode[code] = perimeterCountOf(code);
  return {
    none: merge('none'),
    one: merge('one'),
    twoOrMore: merge('twoOrMore'),
    totalCommunes: unique.length,
    totalPopulation:
      all.withoutPopulation === unique.length && unique.length > 0
        ? null
        : all.none.population + all.one.population + all.twoOrMore.population,
    totalWithoutPopulation: all.withoutPopulation,
    countByCode,
  };
}
