import type { PopulationRecord } from '../types';

/**
 * Merges population records from several INSEE files into one record per commune: the population
 * municipale of the populations légales file wins (it is the official figure), the age bands come
 * from the age-structure base (`base-cc-evol-struct-pop`). When only the age file is present its
 * total is used. Vintage: the populations légales year when there is one.
 *
 * @example mergePopulationRecords([[{ code: '96001', year: 2021, population: 120, ages: null }]])
 */
export function mergePopulationRecords(
  files: readonly (readonly PopulationRecord[])[],
): PopulationRecord[] {
  const byCode = new Map<string, PopulationRecord>();
  for (const records of files) {
    for (const record of records) {
      const current = byCode.get(record.code);
      if (!current) {
        byCode.set(record.code, { ...record });
        continue;
      }
      if (record.ages && !current.ages) current.ages = record.ages;
      if (!record.ages) {
        // A populations légales record: its PMUN and vintage replace the age file's total.
        current.population = record.population;
        current.year = record.year;
      }
    }
  }
  return [...byCode.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
