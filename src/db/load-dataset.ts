import { computeCommuneMetrics } from '../core/geo/commune-metrics';
import { isGeneralPractitioner } from '../core/territory/is-general-practitioner';
import type {
  Commune,
  Dataset,
  Establishment,
  PerimeterMember,
  PmsiZonePostalCode,
  PopulationRecord,
  ProfessionalActivity,
  StayFlow,
} from '../core/types';
import type { Connector } from './connector';
import { toCsvChunks, type CsvValue } from './csv-writer';
import {
  buildCreateTableSql,
  buildLoadCsvSql,
  DATASET_TABLES,
  TABLES,
  type TableName,
} from './schema';

/** Rows loaded per table by `loadDataset` (only the tables present in the dataset). */
export type LoadedCounts = Partial<Record<TableName, number>>;

/** Record type of each `Dataset` field, mapped to a row in the table's column order. */
type RowMappers = { readonly [K in keyof Dataset]: (record: Dataset[K][number]) => CsvValue[] };

let fileCounter = 0;

/**
 * Loads typed records into DuckDB: for each field present in `dataset`, the table is replaced by
 * the records (an empty array empties it); tables absent from `dataset` keep their content (and
 * are created empty if they do not exist yet, so every SQL builder can run).
 *
 * Records go through CSV text (`toCsvChunks`) read back with explicit column types
 * (`buildLoadCsvSql`), so codes stay VARCHAR with their leading zeros. Computed on the way:
 * `communes.area_km2` and the centroid (`computeCommuneMetrics`, Turf, unless the record carries
 * them: the import worker computes them off the main thread), `professionals.is_gp`
 * (`isGeneralPractitioner`), `stays.masked` (stays is null). Commune polygons themselves are not
 * stored: the caller keeps them (`CodedGeometry`) for the map and the analyses.
 *
 * @param conn - An open connector.
 * @param dataset - The records to load; absent fields are left as they are.
 * @returns The number of rows loaded per table (checked against DuckDB's count).
 * @example
 * const conn = await createNodeConnector();
 * await loadDataset(conn, { communes, population }); // => { communes: 393, population: 393 }
 */
export async function loadDataset(
  conn: Connector,
  dataset: Partial<Dataset>,
): Promise<LoadedCounts> {
  // One call for every table: in the browser each call is a round trip to DuckDB's worker.
  const tables = Object.keys(TABLES) as TableName[];
  await conn.exec(tables.map((t) => buildCreateTableSql(t, 'if-not-exists')).join(';\n'));
  const counts: LoadedCounts = {};
  for (const key of Object.keys(DATASET_TABLES) as (keyof Dataset)[]) {
    const records = dataset[key];
    if (!records) continue;
    const table = DATASET_TABLES[key];
    counts[table] = await loadTable(conn, table, records, ROW_MAPPERS[key] as RowMapper);
  }
  return counts;
}

type RowMapper = (record: unknown) => CsvValue[];

/**
 * Appends records of one kind to `target`, a table with the columns of the kind's table (an
 * import's staging table, see `StagedImport`): the same CSV round trip and column types as
 * {@link loadDataset}, but an `INSERT`, so a big import is not copied once per chunk.
 *
 * @returns The number of rows appended (DuckDB's count of the insert).
 * @example await appendRecords(conn, 'stays', chunkOfStays, 'import_stage_stays'); // => 60000
 */
export async function appendRecords<K extends keyof Dataset>(
  conn: Connector,
  kind: K,
  records: Dataset[K],
  target: string,
): Promise<number> {
  if (records.length === 0) return 0;
  const table = DATASET_TABLES[kind];
  const header = TABLES[table].map((c) => c.name);
  const chunks = toCsvChunks(header, mapRows(records, ROW_MAPPERS[kind] as RowMapper));
  fileCounter += 1;
  const fileNames = chunks.map((_, i) => `perimetre-append-${fileCounter}-${table}-${i}.csv`);
  const maxLineBytes = Math.max(...chunks.map((c) => c.maxLineBytes));
  const load = buildLoadCsvSql(table, fileNames, { maxLineBytes });
  const prefix = `CREATE OR REPLACE TABLE ${table} AS `;
  if (!load.startsWith(prefix)) throw new Error(`appendRecords: unexpected load SQL ${load}`);
  try {
    for (const [i, chunk] of chunks.entries()) {
      await conn.registerText(fileNames[i] ?? '', chunk.text);
    }
    const [row] = await conn.query<{ Count: number | bigint }>(
      `INSERT INTO ${target} ${load.slice(prefix.length)}`,
    );
    const appended = Number(row?.Count ?? -1);
    if (appended !== records.length) {
      throw new Error(
        `appendRecords: ${records.length} records sent to ${target}, ${appended} appended`,
      );
    }
    return appended;
  } finally {
    for (const name of fileNames) await conn.dropFile(name);
  }
}

async function loadTable(
  conn: Connector,
  table: TableName,
  records: readonly unknown[],
  toRow: RowMapper,
): Promise<number> {
  if (records.length === 0) {
    await conn.exec(buildCreateTableSql(table, 'replace'));
    return 0;
  }
  const header = TABLES[table].map((c) => c.name);
  const chunks = toCsvChunks(header, mapRows(records, toRow));
  fileCounter += 1;
  const fileNames = chunks.map((_, i) => `perimetre-load-${fileCounter}-${table}-${i}.csv`);
  try {
    for (const [i, chunk] of chunks.entries()) {
      await conn.registerText(fileNames[i] ?? '', chunk.text);
    }
    const maxLineBytes = Math.max(...chunks.map((c) => c.maxLineBytes));
    await conn.exec(buildLoadCsvSql(table, fileNames, { maxLineBytes }));
  } finally {
    for (const name of fileNames) await conn.dropFile(name);
  }
  const [row] = await conn.query<{ n: number }>(`SELECT count(*) AS n FROM ${table}`);
  const loaded = row?.n ?? 0;
  if (loaded !== records.length) {
    throw new Error(`loadDataset: ${records.length} records sent to ${table}, ${loaded} loaded`);
  }
  return loaded;
}

function* mapRows(records: readonly unknown[], toRow: RowMapper): Generator<CsvValue[]> {
  for (const record of records) yield toRow(record);
}

/** Rows in the column order of `TABLES` (checked by the integration tests). */
const ROW_MAPPERS: RowMappers = {
  communes: (c: Commune) => {
    // Computed by the import worker (`prepareContours`); here only for records given directly.
    const metrics = c.metrics ?? computeCommuneMetrics(c.geometry);
    return [
      c.code,
      c.name,
      c.dep,
      c.epci,
      c.epciName,
      c.postalCodes.join(';'),
      c.population,
      metrics.areaKm2,
      metrics.centroidLon,
      metrics.centroidLat,
    ];
  },
  population: (p: PopulationRecord) => [
    p.code,
    p.year, // null -> NULL (année inconnue), never 0
    p.population,
    p.ages?.['0014'],
    p.ages?.['1529'],
    p.ages?.['3044'],
    p.ages?.['4559'],
    p.ages?.['6074'],
    p.ages?.['75P'],
  ],
  professionals: (p: ProfessionalActivity) => [
    p.personId,
    p.professionCode,
    p.professionLabel,
    p.specialtyCode,
    p.specialtyLabel,
    p.modeCode,
    p.communeCode,
    p.postalCode,
    p.finessSite,
    p.sectorCode,
    isGeneralPractitioner(p),
  ],
  establishments: (e: Establishment) => [
    e.finessEt,
    e.finessEj,
    e.name,
    e.communeCode,
    e.categoryCode,
    e.categoryLabel,
    e.lon,
    e.lat,
  ],
  stays: (s: StayFlow) => [
    s.zoneCode,
    s.finess,
    s.stays,
    s.stays === null,
    s.year,
    s.field,
    s.zoneKind ?? null,
  ],
  pmsiZones: (z: PmsiZonePostalCode) => [z.zoneCode, z.postalCode],
  perimeters: (p: PerimeterMember) => [p.perimeterName, p.communeCode],
};
