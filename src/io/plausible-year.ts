/**
 * Plausible years for the data Périmètre reads (census, PMSI, file names): a year read from a
 * column name, a file name or a cell is kept only between 1960 and next year; anything else (the
 * `99` of a `P99_POP` read as 2099, a typo 2201) is « année inconnue », never a guess.
 */

/** Earliest plausible year: the oldest census series INSEE publishes by commune start in 1962–1968. */
export const FIRST_PLAUSIBLE_YEAR = 1960;

/**
 * True when `year` is an integer between {@link FIRST_PLAUSIBLE_YEAR} and next year (a file may
 * be dated by the year of its publication, at most one year ahead).
 *
 * @param now - Today (for tests).
 * @example isPlausibleYear(2021); // true
 * @example isPlausibleYear(2099); // false
 */
export function isPlausibleYear(year: number, now: Date = new Date()): boolean {
  return Number.isInteger(year) && year >= FIRST_PLAUSIBLE_YEAR && year <= now.getFullYear() + 1;
}

/**
 * The year of an INSEE two-digit column prefix, per INSEE's naming of its communal bases:
 * `PYY_` = recensement de la population 20YY (annual census since 2006: `P21_POP` is 2021, DOMAIN.md
 * section 3.2), `DYY_` = dénombrement 19YY (censuses of 1968 to 1999 in the « séries historiques »:
 * `D99_POP` is 1999). Null when the year is not plausible: `P99_POP` is not an INSEE name (1999 is
 * `D99_POP`), so it is not read as 2099 nor guessed as 1999.
 *
 * Source: INSEE, « Séries historiques des résultats du recensement », documentation of the
 * variables (`P21_POP`, `P15_POP`, `P10_POP`, `D99_POP`, `D90_POP`, … `D68_POP`).
 *
 * @example yearOfInseePrefix('P', '21'); // 2021
 * @example yearOfInseePrefix('D', '99'); // 1999
 * @example yearOfInseePrefix('P', '99'); // null
 */
export function yearOfInseePrefix(
  letter: 'P' | 'D',
  yy: string,
  now: Date = new Date(),
): number | null {
  if (!/^\d\d$/.test(yy)) return null;
  const year = (letter === 'P' ? 2000 : 1900) + Number(yy);
  if (letter === 'P' && year < 2006) return null;
  if (letter === 'D' && (year < 1968 || year > 1999)) return null;
  return isPlausibleYear(year, now) ? year : null;
}
