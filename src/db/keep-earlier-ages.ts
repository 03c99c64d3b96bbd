/**
 * A new population file without age columns (populations légales) must not wipe the age
 * structure an earlier import loaded (base-cc-evol-struct-pop): before the staged population table
 * is swapped in, the earlier rows that carry a complete age structure are kept for the communes of
 * the new file, without their population, so that the population comes from the new file and the
 * ages keep their own census year (`buildLatestPopulationSql` takes each from its latest vintage).
 * Ages of communes absent from the new file go with their population, and are counted.
 */
import type { Connector } from './connector';
import { stagingTable } from './sql/import-staging';

/** What happened to the age structure loaded before a population import. */
export interface KeptAges {
  /** Communes of the new file whose earlier age structure was kept. */
  kept: number;
  /** Communes with an age structure before the import that are not in the new file (dropped). */
  dropped: number;
  /** Census years of the ages kept (sorted; empty when none is known). */
  years: number[];
}

const HAS_AGES =
  'age_0014 IS NOT NULL AND age_1529 IS NOT NULL AND age_3044 IS NOT NULL AND ' +
  'age_4559 IS NOT NULL AND age_6074 IS NOT NULL AND age_75p IS NOT NULL';

/**
 * Keeps the earlier age structure when the staged population (an import in progress,
 * `StagedImport`) has no age at all; null when there is nothing to keep (the new file has ages, or
 * no age structure was loaded). Call it before the import's commit.
 *
 * Rows kept: `(code, year, population NULL, age bands)` of the earlier table, for the codes of the
 * staged table. INSEE publishes the age structure (base-cc-evol-struct-pop) and the populations
 * légales as separate files of possibly different years; the app shows each with its own year.
 *
 * @example
 * await keepEarlierAges(conn); // => { kept: 352, dropped: 0, years: [2021] }
 */
export async function keepEarlierAges(conn: Connector): Promise<KeptAges | null> {
  const stage = stagingTable('population');
  const [state] = await conn.query<{ new_ages: number; old_ages: number }>(
    `SELECT (SELECT count(*) FROM ${stage} WHERE ${HAS_AGES}) AS new_ages,
            (SELECT count(*) FROM population WHERE ${HAS_AGES}) AS old_ages`,
  );
  if (!state || Number(state.new_ages) > 0 || Number(state.old_ages) === 0) return null;
  const earlier = `SELECT * FROM population WHERE ${HAS_AGES}`;
  const [counts] = await conn.query<{ kept: number; dropped: number }>(
    `SELECT count(DISTINCT code) FILTER (WHERE code IN (SELECT code FROM ${stage})) AS kept,
            count(DISTINCT code) FILTER (WHERE code NOT IN (SELECT code FROM ${stage})) AS dropped
     FROM (${earlier})`,
  );
  const years = await conn.query<{ year: number }>(
    `SELECT DISTINCT year FROM (${earlier}) WHERE year IS NOT NULL AND code IN (SELECT code FROM ${stage}) ORDER BY year`,
  );
  await conn.exec(
    `INSERT INTO ${stage} SELECT code, year, NULL, age_0014, age_1529, age_3044, age_4559, age_6074, age_75p
     FROM (${earlier}) WHERE code IN (SELECT code FROM ${stage})`,
  );
  return {
    kept: Number(counts?.kept ?? 0),
    dropped: Number(counts?.dropped ?? 0),
    years: years.map((y) => Number(y.year)),
  };
}
