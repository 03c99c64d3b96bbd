/**
 * The DuckDB tables as data: name -> ordered columns with SQL types. Every code column (INSEE,
 * FINESS, PMSI, RPPS, EPCI, postal code) is VARCHAR and declared explicitly when reading CSV, so
 * type inference never sees them (DOMAIN.md section 2).
 */
import type { Dataset } from '../core/types';
import { sqlIdentifier, sqlString } from './sql/sql-literals';

/** SQL types used by the tables. */
export type SqlType = 'VARCHAR' | 'DOUBLE' | 'INTEGER' | 'BOOLEAN';

/** One column of a table. */
export interface ColumnSpec {
  readonly name: string;
  readonly type: SqlType;
  /** Whether NULL is an expected value (documentation; DuckDB does not enforce it). */
  readonly nullable: boolean;
}

const col = (name: string, type: SqlType, nullable = false): ColumnSpec => ({
  name,
  type,
  nullable,
});

/** The tables, in load order, with their ordered columns. */
export const TABLES = {
  communes: [
    col('code', 'VARCHAR'),
    col('name', 'VARCHAR'),
    col('dep', 'VARCHAR'),
    col('epci', 'VARCHAR', true),
    col('epci_name', 'VARCHAR', true),
    /** Postal codes joined with ';'. */
    col('postal_codes', 'VARCHAR', true),
    /**
     * Population carried by the contour file itself (`population`/`POPULATION` property), vintage
     * unknown; only a fallback for communes without INSEE population (`buildLatestPopulationSql`).
     */
    col('population', 'DOUBLE', true),
    col('area_km2', 'DOUBLE'),
    col('centroid_lon', 'DOUBLE', true),
    col('centroid_lat', 'DOUBLE', true),
    // No geometry: polygons stay in the app's memory and go to the tiler and the analysis worker as
    // flat typed arrays (core/geo/flat-geometries.ts); DuckDB holds what SQL needs.
  ],
  population: [
    col('code', 'VARCHAR'),
    /** Census year read from the data; NULL = année inconnue (never a file name's COG year). */
    col('year', 'INTEGER', true),
    col('population', 'DOUBLE'),
    col('age_0014', 'DOUBLE', true),
    col('age_1529', 'DOUBLE', true),
    col('age_3044', 'DOUBLE', true),
    col('age_4559', 'DOUBLE', true),
    col('age_6074', 'DOUBLE', true),
    col('age_75p', 'DOUBLE', true),
  ],
  professionals: [
    col('person_id', 'VARCHAR'),
    col('profession_code', 'VARCHAR'),
    col('profession_label', 'VARCHAR'),
    col('specialty_code', 'VARCHAR'),
    col('specialty_label', 'VARCHAR'),
    col('mode_code', 'VARCHAR'),
    col('commune_code', 'VARCHAR', true),
    col('postal_code', 'VARCHAR', true),
    col('finess_site', 'VARCHAR', true),
    col('sector_code', 'VARCHAR'),
    col('is_gp', 'BOOLEAN'),
  ],
  establishments: [
    col('finess_et', 'VARCHAR'),
    col('finess_ej', 'VARCHAR'),
    col('name', 'VARCHAR'),
    col('commune_code', 'VARCHAR'),
    col('category_code', 'VARCHAR'),
    col('category_label', 'VARCHAR'),
    col('lon', 'DOUBLE', true),
    col('lat', 'DOUBLE', true),
  ],
  stays: [
    col('zone_code', 'VARCHAR'),
    col('finess', 'VARCHAR'),
    /** NULL when masked by statistical secrecy (never 0). */
    col('stays', 'INTEGER', true),
    col('masked', 'BOOLEAN'),
    col('year', 'INTEGER', true),
    col('field', 'VARCHAR'),
    /** How `zone_code` is read: 'pmsi' | 'postal' | 'insee' (see core/flows/zone-kind); NULL = postal. */
    col('zone_kind', 'VARCHAR', true),
  ],
  pmsi_zones: [col('zone_code', 'VARCHAR'), col('postal_code', 'VARCHAR')],
  perimeters: [col('perimeter_name', 'VARCHAR'), col('commune_code', 'VARCHAR')],
} as const satisfies Record<string, readonly ColumnSpec[]>;

/** Name of a DuckDB table of the app. */
export type TableName = keyof typeof TABLES;

/** Column names of a table. */
export type ColumnName<T extends TableName> = (typeof TABLES)[T][number]['name'];

/** The table that receives each `Dataset` field. */
export const DATASET_TABLES: { readonly [K in keyof Dataset]: TableName } = {
  communes: 'communes',
  population: 'population',
  professionals: 'professionals',
  establishments: 'establishments',
  stays: 'stays',
  pmsiZones: 'pmsi_zones',
  perimeters: 'perimeters',
};

/** DuckDB's default `max_line_size` of `read_csv` (bytes). */
export const DEFAULT_MAX_LINE_BYTES = 2_000_000;

/**
 * SQL that creates an empty table with the schema's columns and types.
 *
 * @param table - Table name.
 * @param mode - `'if-not-exists'` (keeps existing data) or `'replace'` (empties it).
 * @example
 * buildCreateTableSql('pmsi_zones');
 * // => 'CREATE TABLE IF NOT EXISTS pmsi_zones ("zone_code" VARCHAR, "postal_code" VARCHAR)'
 */
export function buildCreateTableSql(
  table: TableName,
  mode: 'if-not-exists' | 'replace' = 'if-not-exists',
): string {
  const columns = TABLES[table].map((c) => `${sqlIdentifier(c.name)} ${c.type}`).join(', ');
  const head = mode === 'replace' ? 'CREATE OR REPLACE TABLE' : 'CREATE TABLE IF NOT EXISTS';
  return `${head} ${table} (${columns})`;
}

/**
 * SQL that (re)creates `table` from registered CSV file(s) written by `toCsvChunks`: header row,
 * `,` separator, `"` quote and escape, empty unquoted field = NULL, `""` = empty string, and every
 * column type declared explicitly (codes stay VARCHAR, `01001` keeps its zero).
 *
 * @param table - Table name.
 * @param fileNames - Registered file name(s); several files are read as one table.
 * @param options - `maxLineBytes`: longest line in bytes, to raise DuckDB's 2 MB line limit
 *   (commune geometries can be long).
 * @example
 * buildLoadCsvSql('perimeters', 'perimeters.csv');
 * // => "CREATE OR REPLACE TABLE perimeters AS SELECT * FROM read_csv(['perimeters.csv'], header = true, ...)"
 */
export function buildLoadCsvSql(
  table: TableName,
  fileNames: string | readonly string[],
  options: { maxLineBytes?: number } = {},
): string {
  return `CREATE OR REPLACE TABLE ${table} AS SELECT * FROM ${buildReadCsvSql(fileNames, TABLES[table], options.maxLineBytes)}`;
}

/**
 * The `read_csv(…)` of CSV text written by `toCsvChunks` (see `buildLoadCsvSql`), with the column
 * names and types given.
 *
 * @param maxLineBytes - Longest line in bytes, to raise DuckDB's 2 MB line limit when needed.
 * @example buildReadCsvSql('d.csv', [{ name: 'k0', type: 'VARCHAR' }]); // => "read_csv(['d.csv'], header = true, …)"
 */
export function buildReadCsvSql(
  fileNames: string | readonly string[],
  columnTypes: readonly { name: string; type: string }[],
  maxLineBytes = 0,
): string {
  const files = (typeof fileNames === 'string' ? [fileNames] : fileNames).map(sqlString);
  const columns = columnTypes.map((c) => `${sqlString(c.name)}: ${sqlString(c.type)}`);
  const settings = [
    'header = true',
    "delim = ','",
    `quote = '"'`,
    `escape = '"'`,
    `columns = {${columns.join(', ')}}`,
    "nullstr = ''",
    'allow_quoted_nulls = false',
    'auto_detect = false',
  ];
  if (maxLineBytes >= DEFAULT_MAX_LINE_BYTES) {
    // DuckDB's buffer defaults to 16 x max_line_size, which exhausts WASM memory for big lines.
    const maxLine = Math.ceil(maxLineBytes * 1.1) + 1024;
    settings.push(`max_line_size = ${maxLine}`, `buffer_size = ${Math.max(32 << 20, 2 * maxLine)}`);
  }
  return `read_csv([${files.join(', ')}], ${settings.join(', ')})`;
}
