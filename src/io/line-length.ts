/**
 * Sane line lengths for delimited text. A line of the files Périmètre reads holds a few hundred
 * bytes (the widest, the Annuaire Santé, about 600): a line of more than a megabyte is not data but
 * a file without line breaks (a binary export, a file cut badly, a JSON saved as .csv). It is
 * refused early, before decoding or parsing it, so that a 50 MB file without any line break is
 * refused in a blink instead of being parsed for minutes as one giant row.
 */
import type { DataIssue } from '../core/types';
import { decodeText } from './decode-text';

/** Longest line accepted in a delimited file: 1 MiB. */
export const MAX_LINE_BYTES = 1024 * 1024;

/** A line longer than the limit. */
export interface OverlongLine {
  /** 1-based line number (lines end with LF). */
  line: number;
  /** Byte offset where the line starts, and where it ends (its LF or the end of the bytes). */
  start: number;
  end: number;
}

/**
 * True when the bytes are JSON (first non-blank byte, after a BOM, is `{` or `[`): GeoJSON and
 * TopoJSON are often written on one line and have no line length limit.
 *
 * @example
 * isJsonBytes(new TextEncoder().encode(' {"type":"FeatureCollection"}')); // true
 */
export function isJsonBytes(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (bytes[0] === 0xff || bytes[0] === 0xfe) i = 2; // UTF-16: every other byte is 0
  for (; i < bytes.length && i < 4096; i++) {
    const b = bytes[i];
    if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0) continue;
    return b === 0x7b || b === 0x5b;
  }
  return false;
}

/**
 * Lines of `bytes` longer than `maxBytes` (at most `limit` of them). A line cut by carriage
 * returns only (an old Mac file) is not overlong when each of its CR-separated parts fits.
 *
 * @example
 * findOverlongLines(new TextEncoder().encode('a;b\n' + 'x'.repeat(10) + '\n'), 5);
 * // [{ line: 2, start: 4, end: 14 }]
 */
export function findOverlongLines(
  bytes: Uint8Array,
  maxBytes = MAX_LINE_BYTES,
  limit = Number.POSITIVE_INFINITY,
): OverlongLine[] {
  const out: OverlongLine[] = [];
  let start = 0;
  let counted = { at: 0, line: 1 }; // line number of byte `at`, counted on demand
  while (start < bytes.length && out.length < limit) {
    // Every line inside [start, last LF of the window] is short: jump over them all at once.
    const window = Math.min(bytes.length, start + maxBytes + 1);
    if (window === bytes.length && bytes.length - start <= maxBytes) break;
    const nl = bytes.lastIndexOf(0x0a, window - 1);
    if (nl >= start) {
      start = nl + 1;
      continue;
    }
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    if (!fitsWithCarriageReturns(bytes, start, end, maxBytes)) {
      counted = { at: start, line: counted.line + countLineFeeds(bytes, counted.at, start) };
      out.push({ line: counted.line, start, end });
    }
    start = end + 1;
  }
  return out;
}

/**
 * Lines over `MAX_LINE_BYTES` of a text file, found before decoding it: null when there is none
 * (or the bytes are JSON, or binary: the decoder reports those); `refusal` when the first line
 * (the header) is one, e.g. 50 MB without any line break: the whole file is refused unread; else
 * the data `lines` to reject alone (see {@link withoutLines}).
 *
 * @example
 * screenOverlongLines('f.csv', new Uint8Array(3e6).fill(0x61)); // { refusal: { code: 'line-too-long', … } }
 */
export function screenOverlongLines(
  file: string,
  bytes: Uint8Array,
): { refusal: DataIssue } | { lines: OverlongLine[] } | null {
  if (bytes.length <= MAX_LINE_BYTES || isJsonBytes(bytes)) return null;
  const found = findOverlongLines(bytes, MAX_LINE_BYTES);
  const [first] = found;
  if (!first || decodeText(bytes.subarray(0, 65536), file).binary) return null;
  return first.line > 1 ? { lines: found } : { refusal: overlongLineIssue(file, first, true) };
}

/**
 * `bytes` with the given lines emptied (their line feed kept, so the numbering of the other lines
 * does not move): an overlong line is rejected alone and the parser never sees its bytes.
 *
 * @example
 * const bytes = new TextEncoder().encode('a\nxxxxxx\nb');
 * new TextDecoder().decode(withoutLines(bytes, findOverlongLines(bytes, 4))); // 'a\n\nb'
 */
export function withoutLines(bytes: Uint8Array, lines: readonly OverlongLine[]): Uint8Array {
  if (lines.length === 0) return bytes;
  const out = new Uint8Array(bytes.length - lines.reduce((n, l) => n + l.end - l.start, 0));
  let from = 0;
  let at = 0;
  for (const l of lines) {
    out.set(bytes.subarray(from, l.start), at);
    at += l.start - from;
    from = l.end;
  }
  out.set(bytes.subarray(from), at);
  return out;
}

function countLineFeeds(bytes: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let i = bytes.indexOf(0x0a, from); i >= 0 && i < to; i = bytes.indexOf(0x0a, i + 1)) n++;
  return n;
}

function fitsWithCarriageReturns(
  bytes: Uint8Array,
  start: number,
  end: number,
  maxBytes: number,
): boolean {
  let from = start;
  while (from < end) {
    let cr = bytes.indexOf(0x0d, from);
    if (cr < 0 || cr > end) cr = end;
    if (cr - from > maxBytes) return false;
    from = cr + 1;
  }
  return true;
}

/**
 * The error of a line over the limit: the whole file when it has no line break at all (or the
 * header is concerned), else the line alone (`rejectsLine`, streamed files).
 *
 * @example
 * overlongLineIssue('f.csv', { line: 1, start: 0, end: 5e7 }, true).message;
 * // 'f.csv, ligne 1 (en-tête) : plus de 1 Mo sans saut de ligne (50 Mo lus sans en trouver) : …'
 */
export function overlongLineIssue(
  file: string,
  found: OverlongLine,
  wholeFile: boolean,
): DataIssue {
  const size = found.end - found.start;
  const mb = (size / 1e6).toLocaleString('fr-FR', { maximumFractionDigits: 1 });
  const limit = `${MAX_LINE_BYTES / 1024 / 1024} Mo`;
  const where = found.line === 1 ? `${file}, ligne 1 (en-tête)` : `${file}, ligne ${found.line}`;
  const message = wholeFile
    ? `${where} : plus de ${limit} sans saut de ligne (${mb} Mo lus sans en trouver) : ce n’est pas un fichier ` +
      'CSV ligne à ligne (fichier coupé, binaire, ou sauts de ligne perdus à l’export). Fichier ' +
      'refusé sans être lu ; réexportez-le en CSV (une ligne par enregistrement).'
    : `${where} : ligne de ${mb} Mo (limite ${limit}) : rejetée sans être lue, la lecture reprend ` +
      'à la ligne suivante. Vérifiez les sauts de ligne de cet enregistrement dans le fichier source.';
  const issue: DataIssue = { severity: 'error', code: 'line-too-long', message, file };
  // A refused file has no rows: only the header line is named as a row.
  if (!wholeFile || found.line === 1) issue.row = found.line;
  return issue;
}
