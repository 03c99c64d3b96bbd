/**
 * How every analysis command takes its data, as the app does: `--load FILE` (repeatable, each
 * file's kind detected from its content as by `perimetre inspect`), or the embedded demo when no
 * `--load` is given.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Dataset } from '../core/types';
import { createNodeConnector, type NodeConnector } from '../db/node-connector';
import { loadDataset } from '../db/load-dataset';
import { parseDataFiles, type FileReport, type InputFile } from '../workers/analysis-api';
import { CliError } from './args';

export const DEMO_DIR = path.resolve(import.meta.dirname, '../../data/demo');

export interface LoadedInputs {
  dataset: Dataset;
  reports: FileReport[];
  /** True when the embedded (fictitious) demo was used. */
  demo: boolean;
}

/** Reads the files given with `--load`, or the demo files listed in its manifest. */
export function readInputFiles(loads: readonly string[]): { files: InputFile[]; demo: boolean } {
  if (loads.length === 0) {
    const manifest = JSON.parse(fs.readFileSync(path.join(DEMO_DIR, 'manifest.json'), 'utf8')) as {
      files: { path: string }[];
    };
    return { files: manifest.files.map((f) => readInput(path.join(DEMO_DIR, f.path))), demo: true };
  }
  return { files: loads.map(readInput), demo: false };
}

function readInput(file: string): InputFile {
  if (!fs.existsSync(file)) throw new CliError(`Fichier introuvable : ${file}`);
  return { name: path.basename(file), bytes: new Uint8Array(fs.readFileSync(file)) };
}

/** Parses the inputs with the app's parsers. */
export async function loadInputs(loads: readonly string[]): Promise<LoadedInputs> {
  const { files, demo } = readInputFiles(loads);
  const { dataset, reports } = await parseDataFiles(files);
  return { dataset, reports, demo };
}

/** Parses the inputs and loads them into a DuckDB (the same SQL as the app's DuckDB-WASM). */
export async function loadInputsIntoDuckDb(
  loads: readonly string[],
): Promise<LoadedInputs & { conn: NodeConnector }> {
  const inputs = await loadInputs(loads);
  const conn = await createNodeConnector();
  await loadDataset(conn, inputs.dataset);
  return { ...inputs, conn };
}

/** Errors of the inputs, printed on stderr so that a command's JSON on stdout stays clean. */
export function reportInputErrors(reports: readonly FileReport[]): void {
  for (const r of reports) {
    if (r.kind === null) console.error(`${r.fileName} : type de fichier non reconnu (ignoré).`);
    for (const issue of r.issues.filter((i) => i.severity === 'error').slice(0, 5)) {
      console.error(`${r.fileName} : ${issue.message}`);
    }
  }
}
