/**
 * What the two kinds of files read by DuckDB share (`importDirect`): the file detected on its head,
 * the caps of the listed issues, the replay of DuckDB's issue events through the parsers' own
 * `IssueLog` and `fitRow`, and the report.
 */
import type { DataIssue } from '../core/types';
import type { ParsedDataFile } from '../io';
import { fitRow } from '../io/csv-table';
import { IssueLog, MAX_LISTED_REJECTIONS } from '../io/issues';
import type { ImportFile, ImportOptions, ImportReport } from './import-api';
import type { DirectCaps, DirectEvent, DirectLineFormat } from '../core/direct-import-types';
import { toReport } from './import-report';

/** Issues listed per code, as the parsers' `IssueLog` (20 per warning code, rejections all). */
export const DIRECT_CAPS: DirectCaps = { warnings: 20, errors: MAX_LISTED_REJECTIONS };

/** What the kind-specific steps receive: the file detected on its head. */
export interface DirectHead {
  file: ImportFile;
  fileIndex: number;
  options: ImportOptions;
  /** The header line parsed alone (mapping, headers, header issues). */
  parsed: ParsedDataFile;
  /** Issues of the header and the detection, in the parsers' order (no « en-tête seul »). */
  headIssues: DataIssue[];
  format: DirectLineFormat;
  /** Columns of the header (the width of a well-formed line). */
  headers: string[];
}

/**
 * Index of each slot's column in the header (-1 for a field the file lacks); null when a mapped
 * column is not found as written (the JS path then reads the file).
 */
export function slotIndexes(
  headers: readonly string[],
  mapping: Readonly<Record<string, string | null | undefined>>,
  slots: Readonly<Record<string, string>>,
): Record<string, number> | null {
  const out: Record<string, number> = {};
  for (const [slot, field] of Object.entries(slots)) {
    const name = mapping[field];
    const index = name === null || name === undefined ? -1 : headers.indexOf(name);
    if (name !== null && name !== undefined && index < 0) return null;
    out[slot] = index;
  }
  return out;
}

/**
 * Replays DuckDB's issue events into `log` in file order, as the JS reader would have logged them:
 * line shapes through the reader's own `fitRow`, the others through `message`; the events past the
 * listed ones are counted (`addUnlisted`), so the caps and summaries are the parsers'.
 */
export function replayEvents(
  log: IssueLog,
  events: readonly DirectEvent[],
  format: DirectLineFormat,
  message: (event: DirectEvent) => { text: string; column?: string },
): void {
  const fed = new Map<string, { event: DirectEvent; n: number }>();
  for (const e of events) {
    const f = fed.get(e.code) ?? { event: e, n: 0 };
    f.n += 1;
    fed.set(e.code, f);
    if (e.code === 'short-row') {
      fitRow(new Array<string>(Number(e.a)).fill(''), format.width, sep(format), e.line, log);
    } else if (e.code === 'long-row') {
      const cells = [
        ...new Array<string>(format.width).fill(''),
        ...(e.b ?? '').split(sep(format)),
      ];
      fitRow(cells, format.width, sep(format), e.line, log);
    } else {
      const m = message(e);
      log.add(e.severity, e.code, m.text, e.line, m.column);
    }
  }
  for (const { event, n } of fed.values())
    log.addUnlisted(event.severity, event.code, event.total - n);
}

function sep(format: DirectLineFormat) {
  return format.separator as Parameters<typeof fitRow>[2];
}

/**
 * The report of a file read by DuckDB, built as `toReport` builds it for a parsed file: the parser's
 * issues (head + rows), the reconciliation's issues, the rows kept.
 */
export function directReport(
  head: DirectHead,
  rowCount: number,
  accepted: number,
  parserIssues: DataIssue[],
  reconciled: number,
  extraIssues: readonly DataIssue[],
): ImportReport {
  // `toReport` reads the number of rows only; a sparse array stands for the rows left in DuckDB.
  const parsed = { ...head.parsed, issues: parserIssues, rowCount, rows: new Array(accepted) };
  return toReport(parsed as ParsedDataFile, accepted, reconciled, extraIssues);
}
