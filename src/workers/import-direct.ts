/**
 * Big Annuaire Santé and PMSI files read by DuckDB itself (issue « National scale », part 2): the
 * import API detects the file on its head with the io parsers (kind, encoding, separator, header
 * and column mapping, header issues), then DuckDB reads every line of the registered file
 * (`DirectDuckDb`), the JS rules decide each distinct raw value, DuckDB applies the decisions to
 * every row and appends the kept rows to the staging table. The report is the one the JS parsers
 * give for the whole file: same issues (messages, lines, columns, caps), same counts.
 */
import { detectKind, parseDataFile, type FileKind } from '../io';
import { decodeText, type DecodedText } from '../io/decode-text';
import { MAX_LINE_BYTES } from '../io/line-length';
import type { ImportFile, ImportOptions, ImportReport } from './import-api';
import { ANNUAIRE_LINES, ANNUAIRE_SLOTS, importAnnuaireDirect } from './import-direct-annuaire';
import { slotIndexes, type DirectHead } from './import-direct-shared';
import { importStaysDirect, STAYS_SLOTS } from './import-direct-stays';
import type { DirectDuckDb, DirectLineFormat } from '../core/direct-import-types';
import type { ReconcileContext } from './import-reconcile';
import type { ZoneContext } from './import-stays';

/** Bytes of the head read to detect the file (kind, encoding, separator). */
const HEAD_BYTES = 1 << 20;

/**
 * Imports one big file through DuckDB; null when the file is not for this path (another kind, a
 * PMSI file with a double quote on any line, UTF-16, a CR alone inside a line, a header DuckDB
 * cannot see on line 1, a missing column, an empty file, or a file DuckDB cannot decode), and the
 * caller then streams it through the JS parsers.
 *
 * @example const report = await importDirect(file, 0, {}, context, duckdb);
 */
export async function importDirect(
  file: ImportFile,
  fileIndex: number,
  options: ImportOptions,
  context: ReconcileContext & { zones: ZoneContext },
  db: DirectDuckDb,
): Promise<ImportReport | null> {
  const head = await readHead(file, fileIndex, options);
  if (!head) return null;
  const kind = head.parsed.kind;
  let handle: string | null = null;
  try {
    const opened = await db.openLines({ fileIndex, name: file.name }, head.format);
    handle = opened.handle;
    if (opened.rowCount === 0) return null;
    // DuckDB cuts the lines without quote handling, while the PMSI reader follows the quote rule
    // of `splitCsvRecords` (a quoted field may hold the separator or a line break; a broken quote
    // rejects its own line with its column and the fix): a PMSI file with a double quote on any
    // line, past the head checked by `readHead` too, is left to the streamed JS reader.
    if (kind === 'stays' && opened.quoted) return null;
    return kind === 'stays'
      ? await importStaysDirect(head, handle, context, db)
      : await importAnnuaireDirect(head, handle, context, db);
  } catch (error) {
    // A file DuckDB cannot read as detected (a stray byte that is not UTF-8…): the JS path reads
    // it and reports what it finds; nothing was appended yet (rows go in at the last step).
    if (isReadError(error)) return null;
    throw error;
  } finally {
    if (handle !== null) await db.close(handle);
  }
}

/** DuckDB's refusal to decode or cut the file (not a bug of ours). */
function isReadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /Invalid unicode|not utf-8|not latin-1|CSV Error/i.test(message);
}

const DIRECT_KINDS: ReadonlySet<FileKind> = new Set(['professionals', 'stays']);

async function readHead(
  file: ImportFile,
  fileIndex: number,
  options: ImportOptions,
): Promise<DirectHead | null> {
  const sample = new Uint8Array(await file.blob.slice(0, HEAD_BYTES).arrayBuffer());
  const newline = sample.indexOf(0x0a);
  if (newline <= 0) return null;
  const body = sample.subarray(0, sample.lastIndexOf(0x0a) + 1);
  // A CR alone ends a line for DuckDB, not for the JS readers (see `buildDirectLinesSql`).
  if (hasLoneCarriageReturn(body)) return null;
  const decoded = decodeText(body, file.name);
  if (decoded.encoding !== 'utf-8' && decoded.encoding !== 'windows-1252') return null;
  const kind = probeKind(file.name, body, decoded, options);
  if (kind === null || !DIRECT_KINDS.has(kind)) return null;
  if (kind === 'stays' && decoded.text.includes('"')) return null;
  const headerBytes = sample.subarray(0, newline + 1);
  const parsed = parseDataFile(file.name, headerBytes, options);
  if (parsed.kind !== kind || parsed.issues.some((i) => i.severity === 'error')) return null;
  const headers = parsed.columnNames ?? (parsed.kind === 'stays' ? parsed.headers : []);
  if (headers.length === 0 || (parsed.separator ?? '').length !== 1) return null;
  // The header alone was decoded on its own: its decoding issues are those of the sample.
  const ownDecode = decodeText(headerBytes, file.name).issues.length;
  const headIssues = [
    ...decoded.issues,
    ...parsed.issues.slice(ownDecode).filter((i) => i.code !== 'no-data-rows'),
  ];
  const slots =
    parsed.kind === 'stays'
      ? slotIndexes(headers, parsed.mapping, STAYS_SLOTS)
      : slotIndexes(headers, parsed.columnMapping ?? {}, ANNUAIRE_SLOTS);
  if (slots === null) return null;
  const format: DirectLineFormat = {
    separator: parsed.separator ?? ';',
    encoding: decoded.encoding,
    width: headers.length,
    blank: parsed.kind === 'professionals' ? 'line' : 'cells',
    slots,
    ...(parsed.kind === 'professionals' ? ANNUAIRE_LINES : {}),
  };
  return {
    file,
    fileIndex,
    options,
    parsed: { ...parsed, encoding: decoded.encoding },
    headIssues,
    format,
    headers,
  };
}

/**
 * The kind `parseDataFile` gives the decoded head, without parsing its rows (a 1 MiB head of a
 * PMSI file is ≈ 35,000 rows, 0.2–0.5 s of JS): a head of at most `MAX_LINE_BYTES` holding a
 * line feed is read whole by `parseDataFile`, decoded as here, and its kind is the imposed or
 * detected one (`detectKind` reads the first 64 KiB), or none for a binary or blank text.
 */
function probeKind(
  fileName: string,
  body: Uint8Array,
  decoded: DecodedText,
  options: ImportOptions,
): FileKind | null {
  if (body.length > MAX_LINE_BYTES) return parseDataFile(fileName, body, options).kind;
  if (decoded.binary || decoded.text.trim() === '') return null;
  return options.kind ?? detectKind(fileName, decoded.text).kind;
}

/** True when a CR (0x0D) is not followed by an LF in `bytes`. */
function hasLoneCarriageReturn(bytes: Uint8Array): boolean {
  for (let i = bytes.indexOf(0x0d); i >= 0; i = bytes.indexOf(0x0d, i + 1))
    if (bytes[i + 1] !== 0x0a) return true;
  return false;
}
