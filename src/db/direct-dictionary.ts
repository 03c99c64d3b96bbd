/**
 * Fills a dictionary table of the direct import (`DirectReader.setDictionary`): a few entries as
 * `INSERT … VALUES` literals, many as one CSV text read by DuckDB (parsing thousands of SQL
 * literals costs DuckDB ≈ 40 ms CPU per 1,000 entries; reading them as CSV a few milliseconds).
 */
import type { DirectEntry } from '../core/direct-import-types';
import type { Connector } from './connector';
import { toCsvChunks } from './csv-writer';
import { buildReadCsvSql } from './schema';
import { sqlNumber, sqlString } from './sql/sql-literals';

/** Entries from which a dictionary is loaded as CSV rather than as SQL literals. */
export const CSV_DICTIONARY_MIN = 2000;

let fileCounter = 0;

/**
 * Appends `entries` to the dictionary `table` (columns `k0…`, `value`, `num`, `flag`, created by
 * `buildCreateDictionarySql`).
 *
 * @param csvMin - Number of entries from which they go through a CSV text (RFC 4180, read with
 *   `buildReadCsvSql`, as `buildLoadCsvSql`: an empty string stays '', an empty field is NULL).
 * @example await fillDictionary(conn, 'direct_lines_1_zonemap', 1, [{ keys: ['13201'], value: '13055', flag: 'reconciled' }]);
 */
export async function fillDictionary(
  conn: Connector,
  table: string,
  keyCount: number,
  entries: readonly DirectEntry[],
  csvMin = CSV_DICTIONARY_MIN,
): Promise<void> {
  if (entries.length === 0) return;
  if (entries.length < csvMin) {
    for (let i = 0; i < entries.length; i += 1000) {
      const values = entries.slice(i, i + 1000).map((e) => {
        const num = e.num === null || e.num === undefined ? 'NULL' : sqlNumber(e.num);
        const value = e.value === null ? 'NULL' : sqlString(e.value);
        return `(${[...e.keys.map(sqlString), value, num, sqlString(e.flag)].join(', ')})`;
      });
      await conn.exec(`INSERT INTO ${table} VALUES ${values.join(', ')}`);
    }
    return;
  }
  const keys = Array.from({ length: keyCount }, (_, i) => `k${i}`);
  const columns = [
    ...keys.map((k) => ({ name: k, type: 'VARCHAR' })),
    { name: 'value', type: 'VARCHAR' },
    { name: 'num', type: 'DOUBLE' },
    { name: 'flag', type: 'VARCHAR' },
  ];
  const rows = entries.map((e) => {
    if (e.num !== null && e.num !== undefined) sqlNumber(e.num); // refuses NaN and infinities
    return [...keys.map((_, i) => e.keys[i] ?? ''), e.value, e.num ?? null, e.flag];
  });
  const header = columns.map((c) => c.name);
  const [chunk, ...more] = toCsvChunks(header, rows, Infinity);
  if (!chunk || more.length > 0) throw new Error('fillDictionary: one CSV chunk expected');
  fileCounter += 1;
  const name = `perimetre-dictionary-${fileCounter}.csv`;
  try {
    await conn.registerText(name, chunk.text);
    await conn.exec(
      `INSERT INTO ${table} SELECT * FROM ${buildReadCsvSql(name, columns, chunk.maxLineBytes)}`,
    );
  } finally {
    await conn.dropFile(name);
  }
}
