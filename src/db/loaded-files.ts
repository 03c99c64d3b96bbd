/**
 * The register of loaded files, kept in DuckDB next to the tables they fed (`loaded_files`): which
 * file fed which table, which files a later import replaced (and by which files), which demo
 * tables were removed, and which files of the last import kept nothing. The « Fichiers chargés »
 * list is read from it, so it always says what the tables hold.
 */
import type { Connector } from './connector';
import { sqlNumber, sqlString } from './sql/sql-literals';
import type { TableName } from './schema';

/**
 * A file's state: its rows are in `table` (`loaded`); a later import replaced that table
 * (`replaced`, with `replacedBy`); the user removed the table (`removed`, the demo tables); it
 * kept no row or fed no table (`nothing`, listed for the last import only).
 */
export type LoadedFileStatus = 'loaded' | 'replaced' | 'removed' | 'nothing';

/** One file of the register, with its import report as it was recorded. */
export interface LoadedFileEntry<R = unknown> {
  /** Number of the import (1 for the first one of the page), then the file's rank in it. */
  importSeq: number;
  fileIndex: number;
  fileName: string;
  kind: string | null;
  /** The table the file fed (or would have fed, for `nothing`); null for an unknown kind. */
  table: TableName | null;
  origin: 'demo' | 'user';
  rowsKept: number;
  status: LoadedFileStatus;
  /** Names of the files whose import replaced this file's table (empty unless `replaced`). */
  replacedBy: string[];
  report: R;
}

/** A file of an import about to be recorded. */
export interface ImportedFile {
  fileName: string;
  kind: string | null;
  table: TableName | null;
  rowsKept: number;
  /** Whether the file's rows went into `table` in this import (false: it changed nothing). */
  fed: boolean;
  report: unknown;
}

const CREATE_SQL = `CREATE TABLE IF NOT EXISTS loaded_files (
  import_seq INTEGER, file_index INTEGER, file_name VARCHAR, kind VARCHAR, table_name VARCHAR,
  origin VARCHAR, rows_kept BIGINT, status VARCHAR, replaced_by VARCHAR, report_json VARCHAR)`;

/**
 * Records an import in the register, after its tables were swapped in: the files that fed a table
 * of `replaced` before are marked replaced by this import's files of that table, those of
 * `removed` are marked removed, the previous import's `nothing` entries are dropped, and this
 * import's files are added (`loaded` when they fed their table, else `nothing`).
 *
 * @param replaced - Tables this import swapped in (the staged tables).
 * @param removed - Tables emptied by this import without new rows (demo tables the user removed).
 * @returns The whole register after the import, in import order.
 * @example
 * await recordImportedFiles(conn, [{ fileName: 'pop.csv', kind: 'population', table: 'population',
 *   rowsKept: 352, fed: true, report }], 'user', ['population'], []);
 * // => [… { fileName: 'pop-2021.csv', status: 'replaced', replacedBy: ['pop.csv'] }, { fileName: 'pop.csv', status: 'loaded' }]
 */
export async function recordImportedFiles(
  conn: Connector,
  files: readonly ImportedFile[],
  origin: 'demo' | 'user',
  replaced: readonly TableName[],
  removed: readonly TableName[],
): Promise<LoadedFileEntry[]> {
  await conn.exec(CREATE_SQL);
  const [last] = await conn.query<{ seq: number | null }>(
    'SELECT max(import_seq) AS seq FROM loaded_files',
  );
  const seq = Number(last?.seq ?? 0) + 1;
  const statements = ["DELETE FROM loaded_files WHERE status = 'nothing'"];
  for (const table of replaced) {
    const by = files.filter((f) => f.fed && f.table === table).map((f) => f.fileName);
    statements.push(
      `UPDATE loaded_files SET status = 'replaced', replaced_by = ${sqlString(JSON.stringify(by))} ` +
        `WHERE status = 'loaded' AND table_name = ${sqlString(table)}`,
    );
  }
  for (const table of removed)
    statements.push(
      `UPDATE loaded_files SET status = 'removed' WHERE status = 'loaded' AND table_name = ${sqlString(table)}`,
    );
  files.forEach((f, i) => {
    const values = [
      sqlNumber(seq),
      sqlNumber(i),
      sqlString(f.fileName),
      f.kind === null ? 'NULL' : sqlString(f.kind),
      f.table === null ? 'NULL' : sqlString(f.table),
      sqlString(origin),
      sqlNumber(f.rowsKept),
      sqlString(f.fed ? 'loaded' : 'nothing'),
      "'[]'",
      sqlString(JSON.stringify(f.report)),
    ];
    statements.push(`INSERT INTO loaded_files VALUES (${values.join(', ')})`);
  });
  await conn.exec(statements.join(';\n'));
  return queryLoadedFiles(conn);
}

/**
 * Reads the register (empty before the first import), in import order.
 *
 * @example (await queryLoadedFiles(conn)).filter((f) => f.status === 'loaded').map((f) => f.fileName)
 */
export async function queryLoadedFiles<R = unknown>(
  conn: Connector,
): Promise<LoadedFileEntry<R>[]> {
  await conn.exec(CREATE_SQL);
  const rows = await conn.query<{
    import_seq: number;
    file_index: number;
    file_name: string;
    kind: string | null;
    table_name: string | null;
    origin: string;
    rows_kept: number;
    status: string;
    replaced_by: string;
    report_json: string;
  }>('SELECT * FROM loaded_files ORDER BY import_seq, file_index');
  return rows.map((r) => ({
    importSeq: Number(r.import_seq),
    fileIndex: Number(r.file_index),
    fileName: r.file_name,
    kind: r.kind,
    table: r.table_name as TableName | null,
    origin: r.origin === 'demo' ? 'demo' : 'user',
    rowsKept: Number(r.rows_kept),
    status: r.status as LoadedFileStatus,
    replacedBy: JSON.parse(r.replaced_by) as string[],
    report: JSON.parse(r.report_json) as R,
  }));
}
