import type { PopulationOf } from '../overlap/compute-overlaps';
import type { MultiCoveredCommune, OverlapPair } from './region-types';

/**
 * Every pair of CPTS sharing communes, with the shared communes and their population municipale
 * (communes without population counted apart, never as 0), largest shared population first; and
 * the communes listed in two or more CPTS. Overlaps are allowed but must be visible and justified
 * (« cohérent avec celui des autres CPTS », instruction DGOS on CPTS territories, DOMAIN.md 1).
 * Linear in the (commune, CPTS) memberships, quadratic only in the CPTS of one commune.
 *
 * @param perimetersByCode CPTS names of each commune (loaded communes only)
 * @param populationOf population municipale (inhabitants), null when unknown
 * @param nameOf commune name
 * @example
 * computeOverlapPairs(new Map([['96001', ['A', 'B']]]), () => 120, () => 'Ville');
 * // => { pairs: [{ a: 'A', b: 'B', communes: ['96001'], population: 120, … }], multiCovered: [...] }
 */
export function computeOverlapPairs(
  perimetersByCode: ReadonlyMap<string, readonly string[]>,
  populationOf: PopulationOf,
  nameOf: (code: string) => string,
): { pairs: OverlapPair[]; multiCovered: MultiCoveredCommune[] } {
  const byPair = new Map<string, OverlapPair>();
  const multiCovered: MultiCoveredCommune[] = [];
  for (const [code, names] of [...perimetersByCode].sort(([x], [y]) => (x < y ? -1 : 1))) {
    if (names.length < 2) continue;
    const cpts = [...names].sort((x, y) => x.localeCompare(y, 'fr'));
    const population = populationOf(code);
    multiCovered.push({ code, name: nameOf(code), population, cpts });
    for (let i = 0; i < cpts.length; i++)
      for (let j = i + 1; j < cpts.length; j++) {
        const a = cpts[i]!;
        const b = cpts[j]!;
        const key = `${a}\u0000${b}`;
        const pair = byPair.get(key) ?? {
          a,
          b,
          communes: [],
          population: null,
          communesWithoutPopulation: 0,
        };
        pair.communes.push(code);
        if (population === null) pair.communesWithoutPopulation += 1;
        else pair.population = (pair.population ?? 0) + population;
        byPair.set(key, pair);
      }
  }
  const pairs = [...byPair.values()].sort(
    (x, y) =>
      (y.population ?? -1) - (x.population ?? -1) ||
      y.communes.length - x.communes.length ||
      x.a.localeCompare(y.a, 'fr') ||
      x.b.localeCompare(y.b, 'fr'),
  );
  return { pairs, multiCovered };
}
