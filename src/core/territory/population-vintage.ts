/**
 * How the year of a population is shown to the user (panel, sheet, exports, command line): the
 * census year read from the data, or « année inconnue » — never « — » alone, never a COG year.
 */
import { NOT_LOADED } from './not-loaded';
import type { PopulationSource } from './territory-base';

/** The words shown for a population whose census year is not in the data. */
export const UNKNOWN_YEAR = 'année inconnue';

/**
 * A census year as shown: `'2021'`, or « année inconnue » for null.
 *
 * @example populationYearLabel(null); // => 'année inconnue'
 */
export function populationYearLabel(year: number | null | undefined): string {
  return year === null || year === undefined ? UNKNOWN_YEAR : String(year);
}

/**
 * The years of the INSEE populations of a territory as one label: `'2021'`, `'2015, 2021'`,
 * « année inconnue », or `'2021 et année inconnue'` when some INSEE files carried no year; null
 * when no INSEE population is summed.
 *
 * @example inseeYearsLabel([2021, null]); // => '2021 et année inconnue'
 */
export function inseeYearsLabel(years: readonly (number | null)[]): string | null {
  if (years.length === 0) return null;
  const known = years.filter((y): y is number => y !== null).sort((a, b) => a - b);
  const unknown = known.length < years.length;
  if (known.length === 0) return UNKNOWN_YEAR;
  return `${known.join(', ')}${unknown ? ` et ${UNKNOWN_YEAR}` : ''}`;
}

/**
 * The vintage of the age structure as shown next to the age shares: « âges : millésime 2021 »,
 * « âges : année inconnue », and « , repris de « base-cc-evol-struct-pop-2021.csv » » when the
 * ages were kept from an earlier file (a later population file had none). Never « millésime 0 ».
 *
 * @example agesVintageLabel([2021], ['base-cc.csv']); // => 'âges : millésime 2021, repris de « base-cc.csv »'
 * @example agesVintageLabel([null]); // => 'âges : année inconnue'
 */
export function agesVintageLabel(
  years: readonly (number | null)[],
  keptFrom: readonly string[] = [],
): string {
  const known = inseeYearsLabel(years.filter((y) => y === null || y > 0));
  const vintage = known === null || known === UNKNOWN_YEAR ? UNKNOWN_YEAR : `millésime ${known}`;
  const from = keptFrom.length ? `, repris de ${keptFrom.map((f) => `« ${f} »`).join(', ')}` : '';
  return `âges : ${vintage}${from}`;
}

/**
 * French label of where the population of a territory comes from and of which year:
 * « INSEE 2021 », « INSEE, année inconnue », « INSEE 2021 ; population des contours, année
 * inconnue »; « non chargé » when no population is summed. The label goes into the ACI tranche
 * justification, so it never shows a year that is not the census year.
 *
 * @example
 * describePopulationVintage({ populationYears: [null], populationSources: ['insee'] });
 * // => 'INSEE, année inconnue'
 */
export function describePopulationVintage(p: {
  populationYears: readonly (number | null)[];
  populationSources: readonly PopulationSource[];
}): string {
  const parts: string[] = [];
  if (p.populationSources.includes('insee') || p.populationYears.length > 0) {
    const years = inseeYearsLabel(p.populationYears) ?? UNKNOWN_YEAR;
    parts.push(years === UNKNOWN_YEAR ? `INSEE, ${UNKNOWN_YEAR}` : `INSEE ${years}`);
  }
  if (p.populationSources.includes('contours'))
    parts.push(`population des contours, ${UNKNOWN_YEAR}`);
  return parts.length > 0 ? parts.join(' ; ') : NOT_LOADED;
}
