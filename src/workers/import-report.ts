/**
 * The per-file report of an import: every line read is accounted for, as kept as read, kept with
 * a correction (repaired) or rejected (read = kept + repaired + rejected), and the issues.
 */
import type { DataIssue } from '../core/types';
import type { FileKind, ParsedDataFile } from '../io';

/**
 * What the import did with one file. Rows are the file's data records (lines after the header,
 * features of a GeoJSON): `rowCount` = `keptCount` + `repairedCount` + `rejectedCount`.
 */
export interface ImportReport {
  fileName: string;
  kind: FileKind | null;
  encoding: string;
  separator: string | null;
  /** Rows read (« lues »), including the rejected ones (a broken quote, a line too long…). */
  rowCount: number;
  /** Records handed over after reconciliation (rows merged onto one commune count once). */
  acceptedCount: number;
  /** Rows kept as read (« gardées »). */
  keptCount: number;
  /** Rows kept with a correction (« réparées »: padded code, old commune code…). */
  repairedCount: number;
  /** Rows rejected (« rejetées »), each named by an error issue on its line. */
  rejectedCount: number;
  issues: DataIssue[];
  /**
   * Population file without ages: the earlier age structure kept for its communes, with its census
   * years (empty = année inconnue) and the files it came from (set when the import is committed).
   */
  agesKept?: { years: number[]; files: string[]; communes: number };
  /** Population file whose rows carry an age structure (base-cc-evol-struct-pop). */
  withAges?: boolean;
}

/**
 * Builds the report of a parsed file. Repaired = codes changed by reconciliation plus codes the
 * parser repaired (issues `repaired-*`, counted from their rows or their leading count).
 *
 * @example toReport(parsed, 12, 1, reconcileIssues).rejectedCount
 */
export function toReport(
  parsed: ParsedDataFile,
  acceptedCount: number,
  reconciled: number,
  extraIssues: readonly DataIssue[],
): ImportReport {
  const issues = [...parsed.issues, ...extraIssues];
  let parserRepairs = 0;
  for (const issue of parsed.issues) {
    if (!issue.code.startsWith('repaired')) continue;
    const n = /: (\d+) /.exec(issue.message)?.[1];
    parserRepairs += issue.row !== undefined ? 1 : n !== undefined ? Number(n) : 1;
  }
  const rejectedRows = new Set(issues.filter(isRejection).map(rejectedEntry));
  // Rows the parser kept: features of CPTS polygons (their rows are member communes), else rows.
  const parserKept =
    parsed.kind === 'perimeters' && parsed.polygons.length > 0
      ? parsed.polygons.length
      : parsed.rows.length;
  // A row repaired twice (parser and reconciliation) is counted once at most overall.
  const repairedCount = Math.min(reconciled + parserRepairs, parserKept);
  return {
    fileName: parsed.fileName,
    kind: parsed.kind,
    encoding: parsed.encoding,
    separator: parsed.separator,
    rowCount: parsed.rowCount,
    acceptedCount,
    keptCount: parserKept - repairedCount,
    repairedCount,
    rejectedCount: Math.max(rejectedRows.size, parsed.rowCount - parserKept, 0),
    issues,
    ...(parsed.kind === 'population' && parsed.rows.some((r) => r.ages !== null)
      ? { withAges: true }
      : {}),
  };
}

/**
 * True for an issue that rejects one record: an error on a data line (after the header) of a text
 * file, or on one feature of a GeoJSON file.
 *
 * @example isRejection({ severity: 'error', code: 'invalid-code', message: '…', file: 'f.geojson', feature: 1 }); // true
 */
export function isRejection(issue: DataIssue): boolean {
  return issue.severity === 'error' && ((issue.row ?? 0) > 1 || issue.feature !== undefined);
}

/** The record an issue rejects, as a key (« ligne 4 », « entité 2 »). */
function rejectedEntry(issue: DataIssue): string {
  return issue.feature !== undefined ? `entité ${issue.feature}` : `ligne ${issue.row ?? 0}`;
}

/** Lines read, kept, repaired and rejected of one file. */
export type LineCounts = Pick<
  ImportReport,
  'rowCount' | 'keptCount' | 'repairedCount' | 'rejectedCount'
>;

/**
 * The line accounting of a file in French, as the CLI and the Import tab show it (repaired
 * rows are named only when there are some).
 *
 * @example
 * formatLineCounts({ rowCount: 267, keptCount: 266, repairedCount: 0, rejectedCount: 1 });
 * // '267 lues : 266 gardées, 1 rejetée'
 */
export function formatLineCounts(r: LineCounts): string {
  const n = (count: number, word: string): string =>
    `${count.toLocaleString('fr-FR')} ${word}${count > 1 ? 's' : ''}`;
  const repaired = r.repairedCount > 0 ? `, ${n(r.repairedCount, 'réparée')}` : '';
  return `${n(r.rowCount, 'lue')} : ${n(r.keptCount, 'gardée')}${repaired}, ${n(r.rejectedCount, 'rejetée')}`;
}

/** Column names and the detected mapping, for the panel's selectors. */
export function previewKeys(
  parsed: ParsedDataFile,
  bytes: Uint8Array,
): { columns: string[]; mapping: Record<string, string | null> | null } {
  if (parsed.kind === 'stays') return { columns: parsed.headers, mapping: parsed.mapping };
  if (parsed.columnMapping && parsed.columnNames)
    return { columns: parsed.columnNames, mapping: parsed.columnMapping };
  if (parsed.kind === 'communes') {
    const head = new TextDecoder().decode(bytes.subarray(0, 1 << 20));
    const keys = new Set<string>();
    const m = /"properties"\s*:\s*\{([^{}]*)\}/.exec(head);
    for (const k of (m?.[1] ?? '').matchAll(/"([^"\\]+)"\s*:/g)) if (k[1]) keys.add(k[1]);
    return { columns: [...keys], mapping: parsed.fields };
  }
  return { columns: [], mapping: null };
}
