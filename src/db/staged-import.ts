/**
 * Loads an import's record chunks into DuckDB without touching the tables of other kinds, and
 * with a rollback: each table is staged (`buildBeginStagingSql`) and swapped in only on commit
 * (until then the table is not written, so a rollback drops the staging table).
 * Used by the app (DuckDB-WASM, for the demo and the user's files), the CLI, the benchmark and the
 * tests (Node connector): the one way records enter the tables.
 */
import type { Dataset } from '../core/types';
import type { Connector } from './connector';
import { appendRecords, loadDataset } from './load-dataset';
import { DATASET_TABLES, type TableName } from './schema';
import {
  buildBeginStagingSql,
  buildCommitStagingSql,
  buildRollbackStagingSql,
  stagingTable,
} from './sql/import-staging';

/** An import in progress into one connector. */
export class StagedImport {
  private readonly staged = new Set<TableName>();

  constructor(private readonly conn: Connector) {}

  /** Kinds that received records. */
  get kinds(): (keyof Dataset)[] {
    return (Object.keys(DATASET_TABLES) as (keyof Dataset)[]).filter((k) =>
      this.staged.has(DATASET_TABLES[k]),
    );
  }

  /** Appends a chunk of records of one kind. */
  async append<K extends keyof Dataset>(kind: K, rows: Dataset[K]): Promise<void> {
    await appendRecords(this.conn, kind, rows, await this.target(kind));
  }

  /**
   * The staging table that receives the records of `kind` (created on first use), for rows
   * appended by SQL (`DirectReader`: files read by DuckDB itself).
   *
   * @example await conn.exec(`INSERT INTO ${await staged.target('stays')} SELECT …`);
   */
  async target(kind: keyof Dataset): Promise<string> {
    const table = DATASET_TABLES[kind];
    if (!this.staged.has(table)) {
      await loadDataset(this.conn, {}); // creates missing tables
      await this.conn.exec(buildBeginStagingSql(table));
      this.staged.add(table);
    }
    return stagingTable(table);
  }

  /** Empties the tables of `kinds` (e.g. the demo tables the user chose to remove). */
  async clear(kinds: readonly (keyof Dataset)[]): Promise<void> {
    for (const kind of kinds) {
      const table = DATASET_TABLES[kind];
      if (this.staged.has(table)) continue;
      await this.conn.exec(buildBeginStagingSql(table));
      this.staged.add(table);
    }
  }

  /**
   * Swaps every staged table in, all in one transaction: either every table takes its new rows or
   * none does (no backup copy is kept, so a half-done swap could not be undone otherwise).
   */
  async commit(): Promise<void> {
    const swaps = [...this.staged].map(buildCommitStagingSql).join('\n');
    try {
      await this.conn.exec(`BEGIN TRANSACTION;\n${swaps}\nCOMMIT;`);
    } catch (error) {
      await this.conn.exec('ROLLBACK;').catch(() => undefined);
      throw error;
    }
    this.staged.clear();
  }

  /** Restores every staged table as it was before the import. */
  async rollback(): Promise<void> {
    for (const table of this.staged) await this.conn.exec(buildRollbackStagingSql(table));
    this.staged.clear();
  }
}
