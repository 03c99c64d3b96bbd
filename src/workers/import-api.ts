/**
 * The import API, the one path by which files enter Périmètre (run in the dedicated import worker
 * by the app, for the demo as for the user's files; called directly by the CLI, the tests and the
 * benchmark): preview a user's file, then parse it with the io parsers, reconcile its codes, and
 * hand over its records. Big Annuaire Santé / PMSI files are parsed chunk by chunk
 * (`readLineChunks`) and their records handed over chunk by chunk, so the whole file is never held
 * as JS objects.
 */
import { transfer } from 'comlink';
import { flatBuffers, fromFlatGeometries, type FlatGeometries } from '../core/geo/flat-geometries';
import { detectZoneKind, type ZoneKindDetection } from '../core/flows/zone-kind';
import type { CommuneShape } from '../core/overlap/assign-communes-to-polygons';
import { mergePopulationRecords } from '../core/territory/merge-population';
import type { Commune, DataIssue, Dataset, PopulationRecord } from '../core/types';
import { applySavoirFaire, parseDataFile, type ParsedDataFile } from '../io';
import { LINE_CHUNK_BYTES } from '../io/blob-line-chunks';
import type { AppImportChunk, ImportChunk, ImportFile, ImportOptions } from './import-types';
import { loadCommuneReferential, loadPostalReferential } from '../io/commune-referential';
import { DATASET_KEY_OF_KIND as DATASET_KEY, emptyDataset } from './dataset';
import { prepareContours, toContourChunk } from './import-contours';
import { reconcileParsed, type ReconcileContext } from './import-reconcile';
import { previewKeys, toReport, type ImportReport } from './import-report';
import { readSkillFiles } from './import-skills';
import { StayZoneStep, type ZoneContext } from './import-stays';
import { importDirect } from './import-direct';
import type { DirectDuckDb } from '../core/direct-import-types';
import { refuseWithoutLineBreak, streamFile } from './import-stream';
import { locateEstablishments } from './locate-establishments';
import { membersFromPolygons } from './perimeter-polygons';
export type { ImportReport } from './import-report';
export type { DirectDuckDb } from '../core/direct-import-types';
export type {
  AppImportChunk,
  CommuneAttributes,
  ContourChunk,
  ImportChunk,
  ImportFile,
  ImportOptions,
} from './import-types';

/** What the panel shows before loading. */
export interface ImportPreview {
  report: ImportReport;
  /** Header names (tabular files) or property names (GeoJSON), for the mapping selectors. */
  columns: string[];
  /**
   * Column used for each field (PMSI: zone/finess/stays/year/field; population: code/population…;
   * Annuaire Santé, FINESS with header, CPTS lists: their fields; contours: code/name…).
   */
  mapping: Record<string, string | null> | null;
  /** True when only the head of a big file was read (counts are then those of the head). */
  partial: boolean;
  sizeBytes: number;
  /** PMSI files: how the residence zones would be read (before knowing the loaded tables). */
  zoneKind: Pick<ZoneKindDetection, 'kind' | 'reason' | 'ambiguous'> | null;
}

/** Size above which Annuaire Santé and PMSI files are streamed in chunks (default 32 MB). */
export const STREAM_THRESHOLD_BYTES = 32 * 1024 * 1024;

/**
 * Reads a file far enough to show what it is: whole when small, its first 4 MB otherwise.
 *
 * @example const p = await previewImportFile({ name: 'pmsi.csv', blob }, {}); // p.report.kind === 'stays'
 */
export async function previewImportFile(
  file: ImportFile,
  options: ImportOptions = {},
): Promise<ImportPreview> {
  const partial = file.blob.size > STREAM_THRESHOLD_BYTES;
  let bytes = new Uint8Array(
    await file.blob.slice(0, partial ? 4 * 1024 * 1024 : undefined).arrayBuffer(),
  );
  // Cut on the last line end; a head without any keeps its bytes, refused as `line-too-long`.
  if (partial && bytes.includes(0x0a)) bytes = bytes.subarray(0, bytes.lastIndexOf(0x0a) + 1);
  const parsed = parseDataFile(file.name, bytes, options);
  const { columns, mapping } = previewKeys(parsed, bytes);
  let zoneKind: ImportPreview['zoneKind'] = null;
  if (parsed.kind === 'stays') {
    const [ref, postal] = await Promise.all([loadCommuneReferential(), loadPostalReferential()]);
    const d = detectZoneKind(
      parsed.rows.map((r) => r.zoneCode),
      {
        postalCodes: { has: (c) => postal.communesByPostal.has(c) },
        communeCodes: { has: (c) => ref.current.has(c) || ref.passages.has(c) },
        atihZones: new Set<string>(),
      },
    );
    zoneKind = { kind: d.kind, reason: d.reason, ambiguous: d.ambiguous };
  }
  return {
    report: toReport(parsed, parsed.rows.length, 0, []),
    columns,
    mapping,
    partial,
    sizeBytes: file.blob.size,
    zoneKind,
  };
}

/** What is already loaded in the app's DuckDB when the import starts. */
export interface KnownData {
  /** Loaded communes, as codes or with their geometry (needed to place CPTS polygons). */
  communes: readonly string[] | readonly CommuneShape[];
  /** Codes of the loaded ATIH correspondence table (`pmsi_zones`). */
  pmsiZoneCodes?: readonly string[];
  /** Postal codes of the loaded communes. */
  postalCodes?: readonly string[];
  /** True when an INSEE population is loaded (a contour population is then not used). */
  populationLoaded?: boolean;
}

/**
 * The single import path of Périmètre (the Import panel, the demo, the CLI `--load`, the tests):
 * parses the files, reconciles commune codes (old codes, arrondissements, lost leading zeros,
 * unknown codes: `reconcileRecords`), reads PMSI zones as their detected kind (`StayZoneStep`),
 * checks Annuaire addresses, places CPTS polygons, and hands the records to `onChunk` kind by
 * kind; big Annuaire Santé / PMSI files chunk by chunk (`streamFile`), after the small files, so
 * that their codes are checked against the contours and ATIH table of the same import. Files that
 * yield no record hand over nothing, so the tables already loaded stay as they are.
 *
 * With `duckdb` (the app's DuckDB-WASM, the CLI's native DuckDB), big Annuaire Santé and PMSI
 * files are read by DuckDB itself (`importDirect`: `read_csv` on the registered file, the parsers'
 * rules applied per distinct value, rows appended by SQL), with the same report; without it, or
 * for a file that path does not take, they are streamed through the JS parsers.
 *
 * Savoir-faire files (`PS_LibreAcces_SavoirFaire_*`) are read first and joined on
 * `Identification nationale PP` to every activity, slice by slice when the activity file is
 * streamed (`readSkillFiles`, `applySavoirFaire`).
 *
 * @param known - What is already loaded: commune codes, or communes with their geometry, or the
 *   full {@link KnownData}.
 * @returns One report per file (accepted / repaired / rejected counts, issues).
 * @example
 * const reports = await importFiles([{ name: 'pop.csv', blob }], [{}], [], (c) => load(c));
 */
export async function importFiles(
  files: readonly ImportFile[],
  options: readonly ImportOptions[],
  known: KnownData | readonly string[] | readonly CommuneShape[],
  onChunk: (chunk: ImportChunk) => Promise<void> | void,
  streamThresholdBytes = STREAM_THRESHOLD_BYTES,
  chunkBytes = LINE_CHUNK_BYTES,
  duckdb: DirectDuckDb | null = null,
): Promise<ImportReport[]> {
  const knownData: KnownData = isKnownData(known) ? known : { communes: known };
  const knownCommuneCodes = knownData.communes.map((c) => (typeof c === 'string' ? c : c.code));
  const [ref, postal] = await Promise.all([loadCommuneReferential(), loadPostalReferential()]);
  const reportByIndex = new Map<number, ImportReport>();
  const skills = await readSkillFiles(files, options);
  const parsedFiles: { index: number; parsed: ParsedDataFile }[] = [];
  const deferred: number[] = [];
  for (const [index, file] of files.entries()) {
    const skillFile = skills.parsed.get(index);
    if (skillFile) parsedFiles.push({ index, parsed: skillFile });
    else if (file.blob.size > streamThresholdBytes) deferred.push(index);
    else parsedFiles.push({ index, parsed: await parseWhole(file, options[index] ?? {}) });
  }
  // Contours first: their (reconciled) codes are valid commune codes for the other files.
  const extraCommunes = new Set(knownCommuneCodes);
  const postalCodes = new Set(knownData.postalCodes ?? []);
  const atihZones = new Set(knownData.pmsiZoneCodes ?? []);
  for (const { parsed } of parsedFiles)
    if (parsed.kind === 'pmsi-zones') for (const z of parsed.rows) atihZones.add(z.zoneCode);
  const context: ReconcileContext = { ref, postal, extraCommunes };
  const zones: ZoneContext = {
    ...context,
    postalCodes: { has: (c) => postalCodes.has(c) || postal.communesByPostal.has(c) },
    communeCodes: {
      has: (c) => extraCommunes.has(c) || ref.current.has(c) || ref.passages.has(c),
    },
    atihZones,
  };
  // Contours: old communes dissolved onto current ones, postal codes completed.
  let contourPopulation = 0;
  const contours = new Map<number, Commune[]>();
  for (const { index, parsed } of parsedFiles) {
    if (parsed.kind !== 'communes') continue;
    const prepared = prepareContours(parsed.fileName, parsed.rows, context);
    contours.set(index, prepared.rows);
    for (const c of prepared.rows) {
      extraCommunes.add(c.code);
      for (const pc of c.postalCodes) postalCodes.add(pc);
    }
    parsed.issues.push(...prepared.issues);
    contourPopulation += prepared.withPopulation;
  }
  const imported = [...contours.values()].flat();
  const shapes: readonly CommuneShape[] =
    imported.length > 0
      ? imported
      : knownData.communes.filter((c): c is CommuneShape => typeof c !== 'string');
  placeOnContours(parsedFiles, shapes);
  const dataset = emptyDataset();
  const populationFiles: PopulationRecord[][] = [];
  for (const { index, parsed } of parsedFiles) {
    let rows: unknown[];
    let repaired: number;
    let issues: DataIssue[] = [];
    if (parsed.kind === 'communes') {
      rows = contours.get(index) ?? [];
      const kept = new Set((rows as Commune[]).map((c) => c.code));
      repaired = parsed.rows.filter((c) => !kept.has(c.code)).length; // merged onto another
    } else {
      const zoneStep =
        parsed.kind === 'stays'
          ? new StayZoneStep(parsed.fileName, parsed.rows, zones, options[index]?.zoneKind)
          : null;
      ({ rows, repaired, issues } = reconcileParsed(parsed, context, zoneStep));
      if (zoneStep) issues.push(...zoneStep.issues());
    }
    reportByIndex.set(index, toReport(parsed, rows.length, repaired, issues));
    if (parsed.kind === 'population') populationFiles.push(rows as PopulationRecord[]);
    else if (parsed.kind !== null && parsed.kind !== 'professional-skills') {
      const key = DATASET_KEY[parsed.kind];
      if (key) appendAll(dataset[key] as unknown[], rows);
    }
  }
  if (contourPopulation > 0 && populationFiles.length === 0 && !knownData.populationLoaded) {
    const i = parsedFiles.find((p) => p.parsed.kind === 'communes')?.index;
    reportByIndex.get(i ?? -1)?.issues.push(contourPopulationIssue(files[i ?? 0]?.name ?? ''));
  }
  dataset.population = mergePopulationRecords(populationFiles);
  const withoutContour = communesWithoutContour(dataset.population, contours, ref);
  if (withoutContour) {
    const i = parsedFiles.find((p) => p.parsed.kind === 'population')?.index ?? -1;
    reportByIndex.get(i)?.issues.push({ ...withoutContour, file: files[i]?.name ?? '' });
  }
  if (skills.index) dataset.professionals = applySavoirFaire(dataset.professionals, skills.index);
  for (const key of Object.keys(dataset) as (keyof Dataset)[]) {
    const rows = dataset[key];
    if (rows.length === 0) continue;
    await onChunk({
      fileIndex: -1,
      kind: key,
      rows,
      rowsDone: rows.length,
      bytesDone: 0,
      bytesTotal: 0,
    });
  }
  for (const index of deferred) {
    const file = files[index] as ImportFile;
    const opts = options[index] ?? {};
    const refused = await refuseWithoutLineBreak(file);
    if (refused) {
      reportByIndex.set(index, refused);
      continue;
    }
    // Read by DuckDB itself when the caller gives its DuckDB (savoir-faire joins stay in JS).
    const direct =
      duckdb && !skills.index
        ? await importDirect(file, index, opts, { ...context, zones }, duckdb)
        : null;
    if (direct) {
      reportByIndex.set(index, direct);
      continue;
    }
    const streamContext = { ...context, skills: skills.index, zones };
    const report = await streamFile(file, index, opts, streamContext, onChunk, chunkBytes);
    if (report) {
      reportByIndex.set(index, report);
      continue;
    }
    // A big file of a kind that is not streamed (contours, population…): read whole, alone.
    const [whole] = await importFiles([file], [opts], knownData, onChunk, Infinity);
    if (whole) reportByIndex.set(index, whole);
  }
  return files.map((_, index) => reportByIndex.get(index) as ImportReport);
}

/**
 * `importFiles` as the app's import worker runs it: the loaded communes arrive flat (transferred,
 * read back as GeoJSON here, off the main thread), and each communes chunk leaves flat
 * (`toContourChunk`), its typed arrays transferred with the chunk (Comlink `transfer`: a call of
 * the app's proxied `onChunk`); every other chunk as `importFiles` hands it over.
 *
 * @example await api.importFilesFlat(files, options, transfer(known, flatBuffers(flat)), proxy(onChunk), proxy(direct));
 */
export async function importFilesFlat(
  files: readonly ImportFile[],
  options: readonly ImportOptions[],
  known: Omit<KnownData, 'communes'> & { communes: FlatGeometries },
  onChunk: (chunk: AppImportChunk) => Promise<void> | void,
  duckdb: DirectDuckDb | null = null,
): Promise<ImportReport[]> {
  const communes = fromFlatGeometries(known.communes);
  const handOver = (chunk: ImportChunk): Promise<void> | void => {
    if (chunk.kind !== 'communes') return onChunk(chunk);
    const flat = toContourChunk({ ...chunk, kind: 'communes' });
    const buffers = [...flatBuffers(flat.geometries), ...flatBuffers(flat.tilerGeometries)];
    return onChunk(transfer(flat, buffers));
  };
  return importFiles(
    files,
    options,
    { ...known, communes },
    handOver,
    undefined,
    undefined,
    duckdb,
  );
}

function isKnownData(known: unknown): known is KnownData {
  return typeof known === 'object' && known !== null && !Array.isArray(known);
}

async function parseWhole(file: ImportFile, opts: ImportOptions): Promise<ParsedDataFile> {
  return parseDataFile(file.name, new Uint8Array(await file.blob.arrayBuffer()), opts);
}

/** Appends without spreading (a spread of 2 M rows overflows the call stack). */
function appendAll(target: unknown[], rows: readonly unknown[]): void {
  for (const row of rows) target.push(row);
}

/**
 * What needs the contours: CPTS polygons get their member communes, establishments without a
 * commune code the commune containing their point (contours of this import, else the loaded ones).
 */
function placeOnContours(
  parsedFiles: readonly { parsed: ParsedDataFile }[],
  shapes: readonly CommuneShape[],
): void {
  for (const { parsed } of parsedFiles) {
    if (parsed.kind === 'perimeters' && parsed.polygons.length > 0) {
      const r = membersFromPolygons(parsed.fileName, parsed.polygons, shapes);
      appendAll(parsed.rows, r.members);
      parsed.issues.push(...r.issues);
    } else if (parsed.kind === 'establishments') {
      const r = locateEstablishments(parsed.fileName, parsed.rows, shapes);
      parsed.rows = r.rows;
      parsed.issues.push(...r.issues);
    }
  }
}

/**
 * Current communes of the contours' départements that have a population but no contour (a commune
 * re-created after the contours' vintage, e.g. 14666 Sannerville in 2018 contours): named, with
 * their population, since no territory drawn on the map can include them.
 */
function communesWithoutContour(
  population: readonly PopulationRecord[],
  contours: ReadonlyMap<number, readonly Commune[]>,
  ref: { current: ReadonlySet<string> },
): Omit<DataIssue, 'file'> | null {
  const codes = new Set([...contours.values()].flat().map((c) => c.code));
  if (codes.size === 0) return null;
  const deps = new Set([...codes].map((c) => c.slice(0, c.startsWith('97') ? 3 : 2)));
  const missing = new Map<string, number>();
  for (const p of population) {
    const dep = p.code.slice(0, p.code.startsWith('97') ? 3 : 2);
    if (codes.has(p.code) || !deps.has(dep) || !ref.current.has(p.code)) continue;
    if (!missing.has(p.code) || p.population > (missing.get(p.code) ?? 0))
      missing.set(p.code, p.population);
  }
  if (missing.size === 0) return null;
  const list = [...missing]
    .slice(0, 10)
    .map(([code, n]) => `${code} (${n.toLocaleString('fr-FR')} hab.)`)
    .join(', ');
  return {
    severity: 'warning',
    code: 'commune-without-contour',
    count: missing.size,
    message:
      `${missing.size} commune(s) actuelle(s) des départements chargés ont une population mais aucun contour : ${list}` +
      `${missing.size > 10 ? ', …' : ''}. Commune rétablie ou créée après le millésime des contours : son territoire est ` +
      'dessiné dans une commune voisine ; elle n’apparaît pas sur la carte et aucun territoire tracé ne la compte. ' +
      'Utilisez des contours du millésime de la population.',
  };
}

function contourPopulationIssue(file: string): DataIssue {
  return {
    severity: 'warning',
    code: 'population-from-contours',
    file,
    message:
      `${file} : aucune population INSEE chargée ; la population portée par les contours est utilisée ` +
      '(année inconnue, source : le fichier de contours). Pour la tranche ACI et les densités, chargez ' +
      'les populations légales de l’INSEE (onglet Importer).',
  };
}
