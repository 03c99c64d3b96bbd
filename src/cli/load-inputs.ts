/**
 * How every analysis command takes its data, by the app's own import path (`importFiles`, records
 * appended to DuckDB with `StagedImport`): `--load FILE` (repeatable, each file's kind detected
 * from its content as by `perimetre inspect`), or the embedded demo when no `--load` is given.
 * Files are read as Blobs (`fs.openAsBlob`); big Annuaire Santé / PMSI files are read by DuckDB
 * itself from their path (`DirectReader`), so a national file is never held in JS memory.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CodedGeometry } from '../core/geo/dissolve-communes';
import type { Commune, ZoneKind } from '../core/types';
import { DirectReader } from '../db/direct-reader';
import { queryLoadedCodes } from '../db/known-data';
import { loadDataset } from '../db/load-dataset';
import { createNodeConnector, type NodeConnector } from '../db/node-connector';
import { StagedImport } from '../db/staged-import';
import {
  importFiles,
  type ImportFile,
  type ImportOptions,
  type ImportReport,
} from '../workers/import-api';
import { importHeadline } from '../workers/import-headline';
import { formatLineCounts } from '../workers/import-report';
import { CliError, option, type CliArgs } from './args';
import { checkInputFile } from './input-file';
import { markIncompleteInputs } from './exit-status';

export const DEMO_DIR = path.resolve(import.meta.dirname, '../../data/demo');

const ZONE_KINDS: readonly ZoneKind[] = ['postal', 'insee', 'pmsi'];

/** Options of the import common to every command. */
export interface InputOptions {
  /** `--zone-kind postal|insee|pmsi`: how the PMSI residence zones are read (else detected). */
  zoneKind?: ZoneKind;
  /** `--population-year 2021`: census year of population files whose data does not say it. */
  populationYear?: number;
}

/** The loaded inputs: the DuckDB holding them and one report per file. */
export interface LoadedInputs {
  conn: NodeConnector;
  reports: ImportReport[];
  /** True when the embedded (fictitious) demo was used. */
  demo: boolean;
  /** Commune contours of the import, by code (DuckDB holds no geometry). */
  contours: CodedGeometry[];
}

/**
 * The import options of a command's arguments (`--zone-kind`), checked.
 *
 * @example inputOptions(parseArgs(['--zone-kind', 'postal'], [])); // { zoneKind: 'postal' }
 */
export function inputOptions(args: CliArgs): InputOptions {
  const out: InputOptions = {};
  const zoneKind = option(args, 'zone-kind');
  if (zoneKind !== undefined) {
    if (!ZONE_KINDS.includes(zoneKind as ZoneKind))
      throw new CliError(
        `--zone-kind attend postal (codes postaux, règle ATIH), insee (codes commune) ou pmsi (codes géographiques ATIH), reçu « ${zoneKind} ».`,
      );
    out.zoneKind = zoneKind as ZoneKind;
  }
  const year = option(args, 'population-year');
  if (year !== undefined) {
    if (!/^(19|20)\d\d$/.test(year))
      throw new CliError(`--population-year attend une année (ex. 2021), reçu « ${year} ».`);
    out.populationYear = Number(year);
  }
  return out;
}

/** The files given with `--load` as Blobs read lazily from disk, or the demo files of its manifest. */
export async function readInputFiles(
  loads: readonly string[],
): Promise<{ files: ImportFile[]; paths: string[]; options: ImportOptions[]; demo: boolean }> {
  if (loads.length === 0) {
    const manifest = JSON.parse(fs.readFileSync(path.join(DEMO_DIR, 'manifest.json'), 'utf8')) as {
      files: { path: string; populationYear?: number }[];
    };
    const paths = manifest.files.map((f) => path.join(DEMO_DIR, f.path));
    const files = await Promise.all(paths.map(readInput));
    const options = manifest.files.map((f) =>
      f.populationYear === undefined ? {} : { year: f.populationYear },
    );
    return { files, paths, options, demo: true };
  }
  const files = await Promise.all(loads.map(readInput));
  return { files, paths: [...loads], options: files.map(() => ({})), demo: false };
}

async function readInput(file: string): Promise<ImportFile> {
  checkInputFile(file);
  return { name: path.basename(file), blob: await fs.openAsBlob(file) };
}

/**
 * Imports the inputs into a new DuckDB (native by default; the same SQL as the app's DuckDB-WASM)
 * by the app's import path, and returns the connection with one report per file.
 *
 * @param createConnector - Opens the database (tests pass `createWasmNodeConnector` to compare).
 * @example const { conn, reports } = await loadInputsIntoDuckDb(['communes.geojson', 'pop.csv']);
 */
export async function loadInputsIntoDuckDb(
  loads: readonly string[],
  options: InputOptions = {},
  createConnector: () => Promise<NodeConnector> = createNodeConnector,
): Promise<LoadedInputs> {
  const read = await readInputFiles(loads);
  const { files, demo } = read;
  const conn = await createConnector();
  await loadDataset(conn, {});
  const staged = new StagedImport(conn);
  const fileOptions: ImportOptions[] = read.options.map((o) => ({
    ...o,
    ...(options.zoneKind ? { zoneKind: options.zoneKind } : {}),
    ...(options.populationYear ? { year: options.populationYear } : {}),
  }));
  try {
    const known = await queryLoadedCodes(conn);
    const contours: CodedGeometry[] = [];
    // Big Annuaire Santé / PMSI files are read by DuckDB itself, by path (no copy).
    const direct = new DirectReader(conn, staged, (file, name) =>
      conn.registerLocalFile(name, read.paths[file.fileIndex] ?? ''),
    );
    const reports = await importFiles(
      files,
      fileOptions,
      { ...known, communes: [] },
      (chunk) => {
        if (chunk.kind === 'communes')
          for (const c of chunk.rows as Commune[])
            contours.push({ code: c.code, geometry: c.geometry });
        return staged.append(chunk.kind, chunk.rows as never);
      },
      undefined,
      undefined,
      direct,
    );
    await staged.commit();
    contours.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    return { conn, reports, demo, contours };
  } catch (error) {
    await staged.rollback();
    await conn.close();
    throw error;
  }
}

/**
 * What the import said of each file, on stderr so that a command's JSON on stdout stays clean:
 * its rows read = kept + repaired + rejected (« 267 lues : 266 gardées, 1 rejetée »), the first errors, every grouped warning (unknown codes, masked values, rows without commune…,
 * with the file's totals) and the number of row-level warnings. When a file brought nothing, the
 * headline says so and the command exits with 3 (`markIncompleteInputs`).
 */
export function reportInputErrors(reports: readonly ImportReport[]): void {
  const headline = importHeadline(reports);
  if (reports.length > 0 && headline.outcome !== 'loaded') {
    console.error(headline.text.replace(' ci-dessous', ''));
    markIncompleteInputs();
  }
  for (const r of reports) {
    if (r.kind === null) console.error(`${r.fileName} : type de fichier non reconnu (ignoré).`);
    else console.error(`${r.fileName} : ${formatLineCounts(r)}.`);
    const errors = r.issues.filter((i) => i.severity === 'error');
    for (const issue of errors.slice(0, 5))
      console.error(
        issue.message.startsWith(r.fileName) ? issue.message : `${r.fileName} : ${issue.message}`,
      );
    if (errors.length > 5)
      console.error(`${r.fileName} : … ${errors.length - 5} autre(s) erreur(s) (voir inspect).`);
    const warnings = r.issues.filter((i) => i.severity === 'warning');
    const onRecord = (i: (typeof warnings)[number]) =>
      i.row !== undefined || i.feature !== undefined;
    for (const issue of warnings.filter((i) => !onRecord(i)))
      console.error(`Attention : ${issue.message}`);
    const rowWarnings = warnings.filter(onRecord).length;
    if (rowWarnings > 0)
      console.error(
        `Attention : ${r.fileName} : ${rowWarnings} avertissement(s) sur des lignes (détail : perimetre inspect ${r.fileName}).`,
      );
  }
}
