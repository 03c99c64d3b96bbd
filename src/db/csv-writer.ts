/** A value written to a CSV cell. */
export type CsvValue = string | number | boolean | null | undefined;

/** One CSV text chunk, with the length of its longest line (for DuckDB's `max_line_size`). */
export interface CsvChunk {
  text: string;
  rowCount: number;
  /**
   * Upper bound of the UTF-8 length in bytes of the longest line (header included): exact for
   * lines over 1,000 characters, 3 bytes per character below (far under DuckDB's 2 MB limit).
   */
  maxLineBytes: number;
}

/** Characters per chunk by default: far below V8's string limit, big enough to amortise overhead. */
export const DEFAULT_CHUNK_CHARS = 32_000_000;

/**
 * Serialises rows to RFC 4180 CSV text, split into chunks that each start with the header.
 *
 * Cells: `null`/`undefined` and non-finite numbers -> empty field (read as NULL with
 * `nullstr = ''`); empty string -> `""` (read as '' with `allow_quoted_nulls = false`); a field
 * holding `,`, `"`, CR or LF is quoted with inner quotes doubled; booleans -> `true`/`false`.
 * Lines end with `\n`. Reference: RFC 4180, "Common Format and MIME Type for CSV Files" (2005).
 *
 * @param header - Column names, in order.
 * @param rows - Rows whose values are in header order.
 * @param maxChunkChars - Start a new chunk once a chunk would exceed this many characters.
 * @returns At least one chunk (header only when there are no rows).
 * @example
 * toCsvChunks(['code', 'name'], [['01001', 'Ambérieux, "Dombes"'], ['01002', null]]);
 * // => [{ text: 'code,name\n01001,"Ambérieux, ""Dombes"""\n01002,\n', rowCount: 2, maxLineBytes: 87 }]
 */
export function toCsvChunks(
  header: readonly string[],
  rows: Iterable<readonly CsvValue[]>,
  maxChunkChars = DEFAULT_CHUNK_CHARS,
): CsvChunk[] {
  const headerLine = header.map(toCsvField).join(',');
  const chunks: CsvChunk[] = [];
  let lines: string[] = [headerLine];
  let chars = headerLine.length;
  let maxLineBytes = lineBytesBound(headerLine, 0);
  const flush = (): void => {
    chunks.push({ text: `${lines.join('\n')}\n`, rowCount: lines.length - 1, maxLineBytes });
    lines = [headerLine];
    chars = headerLine.length;
    maxLineBytes = lineBytesBound(headerLine, 0);
  };
  for (const row of rows) {
    const line = row.map(toCsvField).join(',');
    if (lines.length > 1 && chars + line.length + 1 > maxChunkChars) flush();
    lines.push(line);
    chars += line.length + 1;
    maxLineBytes = lineBytesBound(line, maxLineBytes);
  }
  flush();
  return chunks;
}

/**
 * One CSV field (RFC 4180 quoting).
 *
 * @example
 * toCsvField('a,b'); // => '"a,b"'
 * toCsvField(null); // => ''
 * toCsvField(''); // => '""'
 */
export function toCsvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value === '') return '""';
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** New running maximum of line byte lengths: exact for long lines, 3 bytes/char bound for short. */
function lineBytesBound(line: string, currentMax: number): number {
  const bound = line.length * 3;
  if (bound <= currentMax) return currentMax;
  return Math.max(currentMax, line.length > 1000 ? utf8Length(line) : bound);
}

/** UTF-8 byte length of a string (a surrogate pair counts 4 bytes). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}
