/**
 * The census year of a population file, read from its columns (never from the file name: a
 * `cog2026` or a `2024` in a file name is the year of the commune list or of the publication, not
 * the year of the census). INSEE names its population columns with their year: `P21_POP` (base
 * « évolution et structure de la population », 2021), `PMUN2021`, `PTOT2021`; derived files write
 * `population_2021`, `pop_2019`.
 */
import { normalizeHeader, type ColumnRef } from './csv-table';
import { isPlausibleYear, yearOfInseePrefix } from './plausible-year';

/** A population column whose name carries its census year. */
export interface DatedPopulationColumn extends ColumnRef {
  year: number;
  /** True for a population totale (`PTOT2021`, `population_totale_2021`), not municipale. */
  total: boolean;
}

const MUNICIPAL = /^(?:pmun|population municipale|population|pop) ?((?:19|20)\d\d)$/;
const TOTAL = /^(?:ptot|population totale) ?((?:19|20)\d\d)$/;
const INSEE_PREFIX = /^([pd])(\d\d) pop(?: |\d|$)/;
const TRAILING_YEAR = /(?:^|\D)((?:19|20)\d\d)$/;

/**
 * Census year carried by a column name: the INSEE prefix `PYY_` (20YY) or `DYY_` (19YY, censuses
 * 1968–1999; see `yearOfInseePrefix`), or a year at the end of the name; null when the name carries
 * none or an implausible one (`P99_POP` is not 2099, `population_2099` is not a census).
 *
 * @example
 * yearOfColumnName('P21_POP'); // 2021
 * yearOfColumnName('population_2015'); // 2015
 * yearOfColumnName('PMUN2021'); // 2021
 * yearOfColumnName('P99_POP'); // null
 * yearOfColumnName('population_municipale'); // null
 */
export function yearOfColumnName(header: string, now: Date = new Date()): number | null {
  const key = normalizeHeader(header);
  const insee = INSEE_PREFIX.exec(key);
  if (insee?.[1] && insee[2]) return yearOfInseePrefix(insee[1] === 'p' ? 'P' : 'D', insee[2], now);
  const trailing = TRAILING_YEAR.exec(key);
  const year = trailing?.[1] ? Number(trailing[1]) : null;
  return year !== null && isPlausibleYear(year, now) ? year : null;
}

/**
 * Population columns whose name ends with their year (`population_2021`, `PMUN2021`, `pop_2019`,
 * `PTOT2021`, `population_totale_2021`), most recent first, municipale before totale for one
 * year. `PYY_POP` columns are not listed (the age-structure base is read by its own rule), nor are
 * columns that only end with a year (`pop_15_64_totale_2021`, `menages_2021`).
 *
 * @example
 * findDatedPopulationColumns(['insee_com', 'population_2021', 'population_2015', 'menages_2021']);
 * // [{ index: 1, name: 'population_2021', year: 2021, total: false },
 * //  { index: 2, name: 'population_2015', year: 2015, total: false }]
 */
export function findDatedPopulationColumns(headers: readonly string[]): DatedPopulationColumn[] {
  const out: DatedPopulationColumn[] = [];
  headers.forEach((name, index) => {
    const key = normalizeHeader(name);
    const municipal = MUNICIPAL.exec(key);
    const total = municipal ? null : TOTAL.exec(key);
    const year = municipal?.[1] ?? total?.[1];
    // An implausible year (`population_2099`) dates nothing: not listed as the latest census.
    if (year && isPlausibleYear(Number(year)))
      out.push({ index, name, year: Number(year), total: total !== null });
  });
  return out.sort((a, b) => b.year - a.year || Number(a.total) - Number(b.total));
}

/**
 * Whether a normalised header cell names a population column (`pmun`, `PYY_POP`, `population`,
 * `population_2021`, `PMUN2021`…): used to find the header row below title lines.
 *
 * @example isPopulationKey('population 2021'); // true
 */
export function isPopulationKey(key: string): boolean {
  return (
    key === 'pmun' ||
    key === 'population' ||
    /^p\d\d pop$/.test(key) ||
    MUNICIPAL.test(key) ||
    TOTAL.test(key)
  );
}
