/**
 * SQL of a staged import: a table replaced by an import is backed up first, filled chunk by chunk
 * in a staging table, then swapped in; a failed or cancelled import restores the backup, so the
 * data already loaded stays intact.
 */
import type { TableName } from '../schema';

/**
 * Backs up `table` and creates its empty staging table.
 *
 * @example buildBeginStagingSql('stays'); // CREATE OR REPLACE TABLE import_backup_stays AS …
 */
export function buildBeginStagingSql(table: TableName): string {
  return (
    `CREATE OR REPLACE TABLE import_backup_${table} AS SELECT * FROM ${table};\n` +
    `CREATE OR REPLACE TABLE import_stage_${table} AS SELECT * FROM ${table} LIMIT 0;`
  );
}

/** Name of the staging table of `table` (chunks are appended to it, see `appendRecords`). */
export function stagingTable(table: TableName): string {
  return `import_stage_${table}`;
}

/** Swaps the staging table in (a rename, not a copy) and drops the backup. */
export function buildCommitStagingSql(table: TableName): string {
  return (
    `DROP TABLE ${table}; ALTER TABLE import_stage_${table} RENAME TO ${table};\n` +
    `DROP TABLE IF EXISTS import_backup_${table};`
  );
}

/** Restores the backup (import failed or cancelled). */
export function buildRollbackStagingSql(table: TableName): string {
  return (
    `CREATE OR REPLACE TABLE ${table} AS SELECT * FROM import_backup_${table};\n` +
    `DROP TABLE IF EXISTS import_stage_${table}; DROP TABLE IF EXISTS import_backup_${table};`
  );
}
