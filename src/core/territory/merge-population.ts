import type { PopulationRecord } from '../types';

/**
 * Merges population records from several INSEE files into one record per commune: the population
 * municipale of the populations légales file wins (it is the official figure), the age bands come
 * from the age-structure base (`base-cc-evol-struct-pop`). When only the age file is present its
 * total is used. The year is the one of the population kept (null = année inconnue: a
 * populations légales file without year keeps its unknown year, even next to a dated age file).
 * When a commune has several records of one kind, the latest known year wins, and a known year
 * wins over an unknown one (as in `buildLatestPopulationSql`); on a tie, the last file wins.
 *
 * @example mergePopulationRecords([[{ code: '96001', year: 2021, population: 120, ages: null }]])
 * // => [{ code: '96001', year: 2021, population: 120, ages: null }]
 */
export function mergePopulationRecords(
  files: readonly (readonly PopulationRecord[])[],
): PopulationRecord[] {
  const legal = new Map<string, PopulationRecord>();
  const structure = new Map<string, PopulationRecord>();
  for (const records of files) {
    for (const record of records) {
      const kept = record.ages ? structure : legal;
      const current = kept.get(record.code);
      if (!current || !isOlder(record, current)) kept.set(record.code, record);
    }
  }
  const merged = new Map<string, PopulationRecord>();
  for (const [code, s] of structure) merged.set(code, { ...s });
  for (const [code, l] of legal) {
    const ages = structure.get(code)?.ages ?? null;
    merged.set(code, { ...l, ages });
  }
  return [...merged.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** Whether `a` is of an older vintage than `b` (an unknown year is older than any known one). */
function isOlder(a: PopulationRecord, b: PopulationRecord): boolean {
  if (a.year === b.year) return false;
  if (a.year === null) return true;
  if (b.year === null) return false;
  return a.year < b.year;
}
