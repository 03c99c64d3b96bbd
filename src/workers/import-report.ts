/** The per-file report of an import: counts of accepted / repaired / rejected rows, and issues. */
import type { DataIssue } from '../core/types';
import type { FileKind, ParsedDataFile } from '../io';

/** What the import did with one file: lines read, accepted, repaired, rejected, and issues. */
export interface ImportReport {
  fileName: string;
  kind: FileKind | null;
  encoding: string;
  separator: string | null;
  rowCount: number;
  acceptedCount: number;
  repairedCount: number;
  rejectedCount: number;
  issues: DataIssue[];
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
  const rejectedRows = new Set(
    issues.filter((i) => i.severity === 'error' && (i.row ?? 0) > 1).map((i) => i.row),
  );
  return {
    fileName: parsed.fileName,
    kind: parsed.kind,
    encoding: parsed.encoding,
    separator: parsed.separator,
    rowCount: parsed.rowCount,
    acceptedCount,
    repairedCount: reconciled + parserRepairs,
    rejectedCount: Math.max(rejectedRows.size, parsed.rowCount - parsed.rows.length, 0),
    issues,
  };
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
