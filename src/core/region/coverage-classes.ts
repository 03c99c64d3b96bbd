/**
 * The three coverage classes of the regional map (0 / 1 / 2+ CPTS) with their colours (Okabe & Ito
 * palette, colour-blind safe, the workbench's white-zone yellow and overlap vermilion) and labels,
 * shared by the app's map, its PNG legend and the printable summary.
 */
import type { RegionCoverage } from './region-types';

export type CoverageClassKey = 'none' | 'one' | 'twoOrMore';

export const COVERAGE_CLASSES: readonly { key: CoverageClassKey; label: string; colour: string }[] =
  [
    { key: 'none', label: 'Aucune CPTS (zone blanche)', colour: '#F0E442' },
    { key: 'one', label: 'Une CPTS', colour: '#56B4E9' },
    { key: 'twoOrMore', label: 'Deux CPTS ou plus (chevauchement)', colour: '#D55E00' },
  ];

/**
 * Class of a commune covered by `count` CPTS.
 *
 * @example coverageClassOf(3); // => 'twoOrMore'
 */
export function coverageClassOf(count: number): CoverageClassKey {
  return count === 0 ? 'none' : count === 1 ? 'one' : 'twoOrMore';
}

/**
 * Colour of each loaded commune by its coverage class.
 *
 * @example coverageColours(view.coverage).get('96001'); // => '#56B4E9'
 */
export function coverageColours(coverage: RegionCoverage): Map<string, string> {
  const colourOf = new Map(COVERAGE_CLASSES.map((c) => [c.key, c.colour]));
  const result = new Map<string, string>();
  for (const [code, count] of Object.entries(coverage.countByCode))
    result.set(code, colourOf.get(coverageClassOf(count))!);
  return result;
}

/**
 * French label of a coverage class with its totals, e.g. « Une CPTS : 412 communes, 356 200 hab.
 * (3 communes de population inconnue) ».
 *
 * @example coverageLegendLabel('none', view.coverage);
 */
export function coverageLegendLabel(key: CoverageClassKey, coverage: RegionCoverage): string {
  const c = coverage[key];
  const label = COVERAGE_CLASSES.find((x) => x.key === key)!.label;
  const n = (x: number) => x.toLocaleString('fr-FR');
  const unknown =
    c.communesWithoutPopulation > 0
      ? ` (${c.communesWithoutPopulation} commune(s) de population inconnue)`
      : '';
  const population = c.population === null ? 'population non chargée' : `${n(c.population)} hab.`;
  return `${label} : ${n(c.communes)} communes, ${population}${unknown}`;
}
