/**
 * The import API (run in the dedicated import worker, see import-client in app; called directly
 * by Node tests, the CLI and the benchmark): preview a user's file, then parse it with the io
 * parsers, reconcile its commune codes, and hand over its records. Big Annuaire Santé / PMSI files
 * are parsed chunk by chunk (`readLineChunks`) and their records handed over chunk by chunk, so the
 * whole file is never held as JS objects.
 */
import type { CommuneShape } from '../core/overlap/assign-communes-to-polygons';
import { mergePopulationRecords } from '../core/territory/merge-population';
import { reconcileRecords } from '../core/reconcile/reconcile-records';
import type { DataIssue, Dataset, PopulationRecord } from '../core/types';
import {
  applySavoirFaire,
  parseDataFile,
  type FileKind,
  type ParsedDataFile,
  type PmsiColumnMapping,
  type SavoirFaireIndex,
  type Separator,
} from '../io';
import { readLineChunks, LINE_CHUNK_BYTES } from '../io/blob-line-chunks';
import { loadCommuneReferential } from '../io/commune-referential';
import { emptyDataset } from './analysis-api';
import { previewKeys, toReport, type ImportReport } from './import-report';
import { readSkillFiles } from './import-skills';
import { membersFromPolygons } from './perimeter-polygons';
export type { ImportReport } from './import-report';

/** A user's file: its name and its content as a Blob (a browser `File`; no copy to the main heap). */
export interface ImportFile {
  name: string;
  blob: Blob;
}

/** Choices the user made in the import panel (each overrides a detection). */
export interface ImportOptions {
  kind?: FileKind;
  separator?: Separator;
  pmsiMapping?: PmsiColumnMapping;
  /** Header chosen for a field of a tabular file (keys of `ImportPreview.mapping`). */
  columns?: Record<string, string>;
  communeCodeField?: string;
}

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
}

/** Records of one chunk of a streamed file, or of a whole file. */
export interface ImportChunk {
  fileIndex: number;
  kind: keyof Dataset;
  rows: Dataset[keyof Dataset];
  rowsDone: number;
  bytesDone: number;
  bytesTotal: number;
}

/** Size above which Annuaire Santé and PMSI files are streamed in chunks (default 32 MB). */
export const STREAM_THRESHOLD_BYTES = 32 * 1024 * 1024;

/** Dataset field of each loadable kind (other kinds, e.g. access inputs, are reported, not loaded). */
const DATASET_KEY: Partial<Record<string, keyof Dataset>> = {
  communes: 'communes',
  population: 'population',
  professionals: 'professionals',
  establishments: 'establishments',
  stays: 'stays',
  'pmsi-zones': 'pmsiZones',
  perimeters: 'perimeters',
};

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
  if (partial) bytes = bytes.subarray(0, bytes.lastIndexOf(0x0a) + 1);
  const parsed = parseDataFile(file.name, bytes, options);
  const { columns, mapping } = previewKeys(parsed, bytes);
  return {
    report: toReport(parsed, parsed.rows.length, 0, []),
    columns,
    mapping,
    partial,
    sizeBytes: file.blob.size,
  };
}

/**
 * Parses the files, reconciles commune codes (old codes, arrondissements, lost leading zeros,
 * unknown codes: `reconcileRecords`) and hands the records to `onChunk`, kind by kind; big
 * Annuaire Santé / PMSI files chunk by chunk. Files that yield no record hand over nothing, so the
 * tables already loaded stay as they are.
 *
 * Savoir-faire files (`PS_LibreAcces_SavoirFaire_*`) are read first and joined on
 * `Identification nationale PP` to every activity, slice by slice when the activity file is
 * streamed (`readSkillFiles`, `applySavoirFaire`).
 *
 * CPTS polygons get their member communes from the contours of this import, else from the
 * already loaded communes when given with their geometry (`membersFromPolygons`).
 *
 * @param knownCommunes - Communes already loaded (codes valid even if not in the COG), as codes or
 *   with their geometry (needed to read CPTS polygons without a contour file in the import).
 * @returns One report per file (accepted / repaired / rejected counts, issues).
 * @example
 * const reports = await importFiles([{ name: 'pop.csv', blob }], [{}], [], (c) => load(c));
 */
export async function importFiles(
  files: readonly ImportFile[],
  options: readonly ImportOptions[],
  knownCommunes: readonly string[] | readonly CommuneShape[],
  onChunk: (chunk: ImportChunk) => Promise<void> | void,
  streamThresholdBytes = STREAM_THRESHOLD_BYTES,
  chunkBytes = LINE_CHUNK_BYTES,
): Promise<ImportReport[]> {
  const knownCommuneCodes = knownCommunes.map((c) => (typeof c === 'string' ? c : c.code));
  const ref = await loadCommuneReferential();
  const parsedFiles: { index: number; parsed: ParsedDataFile }[] = [];
  const reportByIndex = new Map<number, ImportReport>();
  const skills = await readSkillFiles(files, options);
  for (const [index, file] of files.entries()) {
    const opts = options[index] ?? {};
    const skillFile = skills.parsed.get(index);
    if (skillFile) {
      parsedFiles.push({ index, parsed: skillFile });
      continue;
    }
    const streamed =
      file.blob.size > streamThresholdBytes
        ? await streamFile(file, index, opts, chunkBytes, onChunk, {
            known: new Set(knownCommuneCodes),
            skills: skills.index,
          })
        : null;
    if (streamed?.report) {
      reportByIndex.set(index, streamed.report);
      continue;
    }
    const parsed =
      streamed?.parsed ??
      parseDataFile(file.name, new Uint8Array(await file.blob.arrayBuffer()), opts);
    parsedFiles.push({ index, parsed });
  }
  // Contours first: their codes are valid commune codes for the other files.
  const extra = new Set(knownCommuneCodes);
  for (const { parsed } of parsedFiles)
    if (parsed.kind === 'communes') for (const c of parsed.rows) extra.add(c.code);
  const importedShapes = parsedFiles.flatMap(({ parsed }) =>
    parsed.kind === 'communes' ? parsed.rows : [],
  );
  const shapes =
    importedShapes.length > 0
      ? importedShapes
      : knownCommunes.filter((c): c is CommuneShape => typeof c !== 'string');
  for (const { parsed } of parsedFiles) {
    if (parsed.kind !== 'perimeters' || parsed.polygons.length === 0) continue;
    const r = membersFromPolygons(parsed.fileName, parsed.polygons, shapes);
    parsed.rows.push(...r.members);
    parsed.issues.push(...r.issues);
  }
  const dataset = emptyDataset();
  const populationFiles: PopulationRecord[][] = [];
  for (const { index, parsed } of parsedFiles) {
    const { rows, repaired, issues } = reconcile(parsed, ref, extra);
    reportByIndex.set(index, toReport(parsed, rows.length, repaired, issues));
    if (parsed.kind === 'population') populationFiles.push(rows as PopulationRecord[]);
    else if (parsed.kind !== 'professional-skills') {
      const key = parsed.kind === null ? undefined : DATASET_KEY[parsed.kind];
      if (key) (dataset[key] as unknown[]).push(...rows);
    }
  }
  dataset.population = mergePopulationRecords(populationFiles);
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
  return files.map((_, index) => reportByIndex.get(index) as ImportReport);
}

type Ref = Awaited<ReturnType<typeof loadCommuneReferential>>;

function reconcile(
  parsed: ParsedDataFile,
  ref: Ref,
  extra: ReadonlySet<string>,
): { rows: unknown[]; repaired: number; issues: DataIssue[] } {
  switch (parsed.kind) {
    case 'population':
    case 'professionals':
    case 'establishments':
    case 'perimeters': {
      const r = reconcileRecords(
        parsed.fileName,
        { kind: parsed.kind, rows: parsed.rows } as never,
        ref,
        extra,
      );
      return { rows: r.rows, repaired: r.repairedCount, issues: r.issues };
    }
    case 'communes':
      return {
        rows: parsed.rows,
        repaired: 0,
        issues: contourCodeIssues(parsed.fileName, parsed.rows, ref),
      };
    case null:
      return { rows: [], repaired: 0, issues: [] };
    default:
      return { rows: parsed.rows, repaired: 0, issues: [] };
  }
}

/**
 * Contours keep their own codes (their polygons define the communes of the map), but codes that
 * are no longer current are reported, with the current commune they now belong to.
 */
function contourCodeIssues(file: string, rows: readonly { code: string }[], ref: Ref): DataIssue[] {
  const old = rows.filter((c) => !ref.current.has(c.code));
  if (old.length === 0) return [];
  const examples = old.slice(0, 8).map((c) => {
    const r = reconcileRecords(
      file,
      { kind: 'perimeters', rows: [{ perimeterName: '', communeCode: c.code }] },
      ref,
      new Set(),
    );
    const to = r.rows[0]?.communeCode;
    return r.unknownCount === 0 && to !== c.code ? `${c.code} → ${to}` : c.code;
  });
  return [
    {
      severity: 'warning',
      code: 'old-commune-code',
      file,
      message:
        `${file} : ${old.length} contour(s) avec un code qui n’est pas une commune actuelle (${ref.source}) : ` +
        `${examples.join(', ')}${old.length > examples.length ? ', …' : ''}. Les contours sont gardés tels quels ; ` +
        'les autres fichiers (au COG actuel) ne s’y rattacheront pas : utilisez des contours du millésime courant.',
    },
  ];
}

/** Streams a big line file (its report), or parses it whole when its kind is not streamable. */
async function streamFile(
  file: ImportFile,
  index: number,
  opts: ImportOptions,
  chunkBytes: number,
  onChunk: (chunk: ImportChunk) => Promise<void> | void,
  context: { known: ReadonlySet<string>; skills: SavoirFaireIndex | null },
): Promise<{ report: ImportReport | null; parsed: ParsedDataFile | null }> {
  const { known, skills } = context;
  const ref = await loadCommuneReferential();
  let head: { kind: FileKind | null; report: ImportReport } | null = null;
  let rowCount = 0;
  let parserAccepted = 0;
  let accepted = 0;
  let repaired = 0;
  const issues: DataIssue[] = [];
  for await (const chunk of readLineChunks(file.blob, chunkBytes)) {
    const first = head === null;
    const parsed = parseDataFile(file.name, chunk.bytes, {
      ...opts,
      kind: opts.kind ?? head?.kind ?? undefined,
      largeFileBytes: Number.MAX_SAFE_INTEGER,
    });
    if (first && parsed.kind !== 'professionals' && parsed.kind !== 'stays') {
      // Not a streamable kind: parse it whole like a small file.
      const whole = new Uint8Array(await file.blob.arrayBuffer());
      return { report: null, parsed: parseDataFile(file.name, whole, opts) };
    }
    const r = reconcile(parsed, ref, known);
    accepted += r.rows.length;
    repaired += toReport(parsed, 0, r.repaired, []).repairedCount;
    for (const issue of [...parsed.issues, ...r.issues]) {
      if (!first && (issue.code === 'detected-kind' || issue.severity === 'info')) continue;
      issues.push(shiftLines(issue, chunk.linesBefore));
    }
    head ??= { kind: parsed.kind, report: toReport(parsed, 0, 0, []) };
    rowCount += parsed.rowCount;
    parserAccepted += parsed.rows.length;
    const key = parsed.kind === null ? undefined : DATASET_KEY[parsed.kind];
    if (r.rows.length > 0 && key) {
      const rows =
        key === 'professionals' && skills
          ? applySavoirFaire(r.rows as Dataset['professionals'], skills)
          : r.rows;
      await onChunk({
        fileIndex: index,
        kind: key,
        rows: rows as Dataset[keyof Dataset],
        rowsDone: accepted,
        bytesDone: chunk.bytesDone,
        bytesTotal: file.blob.size,
      });
    }
  }
  if (!head) return { report: null, parsed: null };
  const rejectedRows = new Set(
    issues.filter((i) => i.severity === 'error' && (i.row ?? 0) > 1).map((i) => i.row),
  );
  const report: ImportReport = {
    ...head.report,
    rowCount,
    acceptedCount: accepted,
    repairedCount: repaired,
    rejectedCount: Math.max(rejectedRows.size, rowCount - parserAccepted),
    issues,
  };
  return { report, parsed: null };
}

/** Moves an issue of a chunk to its line in the whole file (row and « ligne N » in the message). */
function shiftLines(issue: DataIssue, linesBefore: number): DataIssue {
  if (linesBefore === 0) return issue;
  const shifted = { ...issue };
  if (issue.row !== undefined && issue.row > 1) shifted.row = issue.row + linesBefore;
  shifted.message = issue.message.replace(/ligne (\d+)(?! \(en-tête\))/g, (_, n: string) =>
    Number(n) > 1 ? `ligne ${Number(n) + linesBefore}` : `ligne ${n}`,
  );
  return shifted;
}

export { DATASET_KEY as IMPORT_DATASET_KEYS };
