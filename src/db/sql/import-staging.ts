/**
 * SQL of a staged import: a table replaced by an import is filled chunk by chunk in a staging
 * table, then swapped in by a rename; the table itself is never written before the swap, so a
 * failed or cancelled import only drops the staging table and the data already loaded stays
 * intact (no backup copy of the previous rows).
 */
import type { TableName } from '../schema';

/**
 * Creates the empty staging table of `table` (same columns).
 *
 * @example buildBeginStagingSql('stays'); // CREATE OR REPLACE TABLE import_stage_stays AS …
 */
export function buildBeginStagingSql(table: TableName): string {
  return `CREATE OR REPLACE TABLE import_stage_${table} AS SELECT * FROM ${table} LIMIT 0;`;
}

/** Name of the staging table of `table` (chunks are appended to it, see `appendRecords`). */
export function stagingTable(table: TableName): string {
  return `import_stage_${table}`;
}

/** Swaps the staging table in (a rename, not a copy). */
export function buildCommitStagingSql(table: TableName): string {
  return `DROP TABLE ${table}; ALTER TABLE import_stage_${table} RENAME TO ${table};`;
}

/** Drops the staging table (import failed or cancelled): `table` was never written. */
export function buildRollbackStagingSql(table: TableName): string {
  return `DROP TABLE IF EXISTS import_stage_${table};`;
}
