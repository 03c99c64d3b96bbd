/**
 * Big Annuaire Santé and PMSI files, read chunk by chunk (`readLineChunks`: 16 MB cut on line
 * ends, header repeated) through the same parser and reconciliation as small files; the records of
 * each chunk are handed over before the next is read, so the whole file is never held as objects,
 * in the browser as in the CLI. The chunks' issues are merged into one report per file.
 */
import type { DataIssue, Dataset, ProfessionalActivity, StayFlow } from '../core/types';
import { applySavoirFaire, parseDataFile, type FileKind, type SavoirFaireIndex } from '../io';
import { readLineChunks } from '../io/blob-line-chunks';
import { MAX_LINE_BYTES, overlongLineIssue } from '../io/line-length';
import { aggregateChunkIssues } from './chunk-issues';
import type { ImportChunk, ImportFile, ImportOptions, ImportReport } from './import-api';
import { reconcileParsed, type ReconcileContext } from './import-reconcile';
import { toReport } from './import-report';
import { StayZoneStep, type ZoneContext } from './import-stays';

/** Kinds read chunk by chunk when their file is big. */
const STREAMED_KINDS: ReadonlySet<FileKind> = new Set(['professionals', 'stays']);

/**
 * Streams one big line file and returns its report; null when its first chunk is not a streamable
 * kind (the caller then reads it whole).
 *
 * @example const report = await streamFile(file, 0, {}, context, onChunk);
 */
export async function streamFile(
  file: ImportFile,
  index: number,
  opts: ImportOptions,
  context: ReconcileContext & { skills: SavoirFaireIndex | null; zones: ZoneContext },
  onChunk: (chunk: ImportChunk) => Promise<void> | void,
  chunkBytes?: number,
): Promise<ImportReport | null> {
  let head: { kind: FileKind | null; report: ImportReport } | null = null;
  let zoneStep: StayZoneStep | null = null;
  let rowCount = 0;
  let parserAccepted = 0;
  let accepted = 0;
  let repaired = 0;
  const chunkIssues: DataIssue[][] = [];
  for await (const chunk of readLineChunks(file.blob, chunkBytes)) {
    const first = head === null;
    const parsed = parseDataFile(file.name, chunk.bytes, {
      ...opts,
      kind: opts.kind ?? head?.kind ?? undefined,
      largeFileBytes: Number.MAX_SAFE_INTEGER,
    });
    // A file refused on its head (no line break) is reported here, not read again whole.
    if (first && parsed.kind === null && parsed.issues.some((i) => i.code === 'line-too-long'))
      return toReport(parsed, 0, 0, []);
    if (first && (parsed.kind === null || !STREAMED_KINDS.has(parsed.kind))) return null;
    const overlong = chunk.overlongLines.map((o) =>
      overlongLineIssue(file.name, { line: o.line, start: 0, end: o.bytes }, false),
    );
    if (parsed.kind === 'stays' && zoneStep === null)
      zoneStep = new StayZoneStep(file.name, parsed.rows, context.zones, opts.zoneKind);
    const r = reconcileParsed(parsed, context, zoneStep);
    accepted += r.rows.length;
    repaired += toReport(parsed, 0, r.repaired, []).repairedCount;
    parserAccepted += parsed.rows.length;
    chunkIssues.push([
      ...[...parsed.issues, ...r.issues]
        .filter((i) => first || (i.code !== 'detected-kind' && i.severity !== 'info'))
        .map((i) => shiftLines(i, chunk.linesBefore)),
      ...overlong,
    ]);
    head ??= { kind: parsed.kind, report: toReport(parsed, 0, 0, []) };
    rowCount += parsed.rowCount + overlong.length;
    if (r.rows.length === 0) continue;
    const kind: keyof Dataset = parsed.kind === 'stays' ? 'stays' : 'professionals';
    const rows =
      kind === 'professionals' && context.skills
        ? applySavoirFaire(r.rows as ProfessionalActivity[], context.skills)
        : (r.rows as ProfessionalActivity[] | StayFlow[]);
    await onChunk({
      fileIndex: index,
      kind,
      rows,
      rowsDone: accepted,
      bytesDone: chunk.bytesDone,
      bytesTotal: file.blob.size,
    });
  }
  if (!head) return null;
  // A chunk left empty (its only line was too long) is not a file « en-tête seul ».
  const issues = aggregateChunkIssues(chunkIssues).filter(
    (i) => rowCount === 0 || i.code !== 'no-data-rows',
  );
  if (zoneStep) issues.push(...zoneStep.issues());
  const rejectedRows = new Set(
    issues.filter((i) => i.severity === 'error' && (i.row ?? 0) > 1).map((i) => i.row),
  );
  return {
    ...head.report,
    rowCount,
    acceptedCount: accepted,
    keptCount: parserAccepted - Math.min(repaired, parserAccepted),
    repairedCount: Math.min(repaired, parserAccepted),
    rejectedCount: Math.max(rejectedRows.size, rowCount - parserAccepted),
    issues,
  };
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

/**
 * The report of a big file refused on its head (no line break in its first `MAX_LINE_BYTES`),
 * read before any other path (DuckDB `read_csv`, streaming) so that a 50 MB single line is refused
 * at once; null when the head is fine.
 *
 * @example const refused = await refuseWithoutLineBreak({ name: 'une-ligne.csv', blob });
 */
export async function refuseWithoutLineBreak(file: ImportFile): Promise<ImportReport | null> {
  const head = new Uint8Array(await file.blob.slice(0, MAX_LINE_BYTES + 1).arrayBuffer());
  if (head.length <= MAX_LINE_BYTES || head.includes(0x0a)) return null;
  const parsed = parseDataFile(file.name, head);
  return parsed.issues.some((i) => i.code === 'line-too-long') ? toReport(parsed, 0, 0, []) : null;
}
