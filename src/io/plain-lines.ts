/**
 * Streaming reader for unquoted delimited text split in chunks (the Annuaire Santé: `|`, no quotes,
 * ~2 M lines, more than a JavaScript string can hold). Rows are handed to a callback and not kept,
 * so only the fields the parser needs stay in memory.
 */
import { fitRow, readHeader } from './csv-table';
import { detectSeparator, type Separator } from './detect-separator';
import type { IssueLog } from './issues';

/** What {@link scanPlainLines} saw. */
export interface PlainScan {
  separator: Separator;
  headers: string[];
  /** Data rows handed to the row handler. */
  rowCount: number;
}

/**
 * Reads chunks of unquoted delimited text line by line: the first non-empty line is the header,
 * given to `onHeader`, which returns the row handler (or null to stop, e.g. a required column is
 * missing). Rows are fitted to the header width (final `|` dropped) and numbered from the header
 * (line 1). A chunk may end in the middle of a line.
 *
 * @example
 * scanPlainLines(['a|b|\n1|', '2|\n'], log, () => (cells, line) => console.log(cells, line));
 * // logs ['1', '2'] 2
 */
export function scanPlainLines(
  chunks: Iterable<string>,
  log: IssueLog,
  onHeader: (headers: string[]) => ((cells: string[], line: number) => void) | null,
  options: { separator?: Separator } = {},
): PlainScan {
  let separator = options.separator;
  let headers: string[] | null = null;
  let handler: ((cells: string[], line: number) => void) | null = null;
  let lineNo = 0;
  let rowCount = 0;
  let stopped = false;
  let pending = '';
  const take = (raw: string): void => {
    lineNo++;
    let line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (lineNo === 1) line = line.replace(/^\uFEFF/, '');
    if (line.trim() === '') return;
    const sep = separator ?? detectSeparator(line);
    separator = sep;
    if (headers === null) {
      headers = readHeader(line.split(sep), lineNo, log).headers;
      handler = onHeader(headers);
      if (handler === null) stopped = true;
      return;
    }
    const cells = line.split(sep);
    fitRow(cells, headers.length, sep, lineNo, log);
    rowCount++;
    handler?.(cells, lineNo);
  };
  for (const chunk of chunks) {
    const text = pending + chunk;
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0 && !stopped; nl = text.indexOf('\n', start)) {
      take(text.slice(start, nl));
      start = nl + 1;
    }
    if (stopped) break;
    pending = text.slice(start);
  }
  if (!stopped && pending !== '') take(pending);
  return { separator: separator ?? '|', headers: headers ?? [], rowCount };
}
