/**
 * Quote-aware splitting of delimited text into records (RFC 4180 quoting), written here rather
 * than taken from PapaParse because PapaParse has no way to recover from a broken quote: one
 * stray `"` swallows the rest of the file into a single field (« Quoted field unterminated »),
 * so a 267-line PMSI file became 3 rows without a word. Here a broken quote rejects its own
 * line and reading resumes at the next line, with the line numbers of the file kept.
 *
 * The rule for quoted fields (documented in test/fixtures/broken/README.md):
 * - a field is quoted when its first character is `"`; `""` inside stands for one `"`; a `"`
 *   elsewhere in an unquoted field is an ordinary character;
 * - after the closing quote only spaces may come before the separator or the end of the line;
 * - a quoted field may hold line breaks, up to {@link MAX_QUOTED_FIELD_LINES} lines and
 *   {@link MAX_QUOTED_FIELD_CHARS} characters (an address or a comment typed with Alt+Entrée in
 *   a spreadsheet); it is then one record, reported with the lines it spans;
 * - a quote not closed by the end of the file or within those limits is « non fermé », and a
 *   closing quote followed by other text is « mal fermé »: the record is rejected at the line
 *   where it starts and reading resumes at the line after the one where the quote opened.
 */

/** A quoted field may span at most this many lines (beyond, its quote counts as unclosed). */
export const MAX_QUOTED_FIELD_LINES = 10;

/** A quoted field spanning several lines may hold at most this many characters (64 Ki). */
export const MAX_QUOTED_FIELD_CHARS = 65_536;

/** A record rejected because of a quote. */
export interface BrokenQuote {
  /** 1-based line where the record starts (the line rejected). */
  line: number;
  /** 0-based index of the field whose quote is broken. */
  field: number;
  /** `unclosed`: never closed (or beyond the limits); `malformed`: text after the closing quote. */
  kind: 'unclosed' | 'malformed';
}

/** A record whose quoted field spans several lines (kept, and reported). */
export interface MultilineRecord {
  line: number;
  endLine: number;
}

/** Records of a delimited text, their start lines, and what was rejected or spans lines. */
export interface CsvRecords {
  cells: string[][];
  /** 1-based line where each record starts. */
  lines: number[];
  broken: BrokenQuote[];
  multiline: MultilineRecord[];
}

/**
 * Splits delimited text into records of strings. CR and CRLF end lines like LF; records whose
 * cells are all blank (empty lines, `;;;`) are skipped; a broken quote rejects its record, which
 * is listed in `broken` and not in `cells`, and reading resumes at the next line.
 *
 * Quoting as in RFC 4180 « Common Format and MIME Type for CSV Files » (IETF, 2005), section 2,
 * with the limits and the recovery of the module's rule. Lines are 1-based.
 *
 * @example
 * const r = splitCsvRecords('a;b\n1;"x\n2;y\n', ';');
 * // r.cells = [['a', 'b'], ['2', 'y']], r.lines = [1, 3], r.broken = [{ line: 2, field: 1, kind: 'unclosed' }]
 */
export function splitCsvRecords(text: string, separator: string): CsvRecords {
  const src = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  const out: CsvRecords = { cells: [], lines: [], broken: [], multiline: [] };
  const n = src.length;
  let pos = 0;
  let line = 1;
  // Next separator and line end at or after `pos`, cached: searching again from every field
  // would rescan the rest of the file when a separator no longer occurs (quadratic).
  let sep = -1;
  let nl = -1;
  while (pos < n) {
    const startLine = line;
    const row: string[] = [];
    let fieldLine = line;
    let failure: { kind: BrokenQuote['kind']; quoteAt: number } | null = null;
    for (;;) {
      if (src.charCodeAt(pos) === 0x22) {
        const q = readQuoted(src, pos, separator);
        if (q.kind !== 'ok') {
          failure = { kind: q.kind, quoteAt: pos };
          break;
        }
        row.push(q.value);
        line += q.newlines;
        pos = q.next;
        if (q.endsRecord) break;
        fieldLine = line;
        continue;
      }
      if (nl < pos) nl = indexOrEnd(src, '\n', pos);
      if (sep < pos) sep = indexOrEnd(src, separator, pos);
      if (sep < nl) {
        row.push(src.slice(pos, sep));
        pos = sep + separator.length;
        continue;
      }
      row.push(src.slice(pos, nl));
      pos = nl + 1;
      break;
    }
    if (failure) {
      out.broken.push({ line: startLine, field: row.length, kind: failure.kind });
      pos = indexOrEnd(src, '\n', failure.quoteAt) + 1;
      line = fieldLine + 1;
      continue;
    }
    line += 1;
    if (row.every((c) => c.trim() === '')) continue;
    out.cells.push(row);
    out.lines.push(startLine);
    if (line - 1 > startLine) out.multiline.push({ line: startLine, endLine: line - 1 });
  }
  return out;
}

interface QuotedField {
  kind: 'ok' | 'unclosed' | 'malformed';
  value: string;
  /** Line breaks inside the field. */
  newlines: number;
  /** Position after the field and its separator or line end. */
  next: number;
  /** True when the field ends the record (line end or end of text). */
  endsRecord: boolean;
}

/** Reused result of {@link readQuoted} (one per split: no allocation per field). */
const quoted: QuotedField = { kind: 'ok', value: '', newlines: 0, next: 0, endsRecord: false };

/** Reads the quoted field opening at `start` (a `"`), applying the limits of the module's rule. */
function readQuoted(src: string, start: number, separator: string): QuotedField {
  let value = '';
  let newlines = 0;
  let i = start + 1;
  let nl = src.indexOf('\n', i);
  quoted.kind = 'unclosed';
  quoted.newlines = 0;
  for (;;) {
    const q = src.indexOf('"', i);
    const end = q < 0 ? src.length : q;
    while (nl >= 0 && nl < end) {
      newlines += 1;
      if (newlines >= MAX_QUOTED_FIELD_LINES) return quoted;
      nl = src.indexOf('\n', nl + 1);
    }
    if (q < 0 || (newlines > 0 && q - start > MAX_QUOTED_FIELD_CHARS)) return quoted;
    if (src.charCodeAt(q + 1) === 0x22) {
      value += src.slice(i, q + 1);
      i = q + 2;
      continue;
    }
    value += src.slice(i, q);
    let k = q + 1;
    while (k < src.length && (src[k] === ' ' || (src[k] === '\t' && separator !== '\t'))) k++;
    quoted.kind = 'ok';
    quoted.value = value;
    quoted.newlines = newlines;
    quoted.endsRecord = true;
    if (k >= src.length) quoted.next = k;
    else if (src[k] === '\n') quoted.next = k + 1;
    else if (src.startsWith(separator, k)) {
      quoted.next = k + separator.length;
      quoted.endsRecord = false;
    } else quoted.kind = 'malformed';
    return quoted;
  }
}

function indexOrEnd(src: string, needle: string, from: number): number {
  const i = src.indexOf(needle, from);
  return i < 0 ? src.length : i;
}
