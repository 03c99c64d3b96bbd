/**
 * Issues of a file read in chunks (`streamFile`): each chunk goes through the same parser, so its
 * summary warnings (masked values, repaired codes, unknown communes…) come once per chunk — 82
 * near-identical lines for a 2 M-row Annuaire. They are merged here into one issue per kind, with
 * the file's total.
 */
import type { DataIssue } from '../core/types';

/** Row-level warnings and infos kept per code over the whole file (rejections are all kept). */
const MAX_ROW_ISSUES_PER_CODE = 20;

/**
 * Merges the issues of the chunks of one file: grouped issues (no row) of the same severity, code
 * and column become one, whose count is the sum of the chunks' counts (the number in the first
 * chunk's message is replaced by the total); without counts, the first message is kept and the
 * number of chunks that raised it is said. Row-level warnings are capped per code over the file
 * (the overflow is counted in one issue); row-level errors (rejected rows) are all kept.
 *
 * @example
 * aggregateChunkIssues([[masked(3)], [masked(5)]])[0].message; // '… 8 valeur(s) masquée(s) …'
 */
export function aggregateChunkIssues(chunks: readonly (readonly DataIssue[])[]): DataIssue[] {
  const out: DataIssue[] = [];
  const grouped = new Map<string, { first: DataIssue; total: number | null; chunks: number }>();
  const rowIssues = new Map<string, number>();
  const overflow = new Map<string, { first: DataIssue; count: number }>();
  for (const issues of chunks) {
    for (const issue of issues) {
      const key = `${issue.severity}|${issue.code}|${issue.column ?? ''}`;
      if (issue.row === undefined) {
        const g = grouped.get(key);
        if (!g) {
          const entry = { first: issue, total: issue.count ?? null, chunks: 1 };
          grouped.set(key, entry);
          out.push(issue);
          continue;
        }
        g.chunks += 1;
        g.total = g.total === null || issue.count === undefined ? null : g.total + issue.count;
        continue;
      }
      if (issue.severity === 'error') {
        out.push(issue);
        continue;
      }
      const n = (rowIssues.get(key) ?? 0) + 1;
      rowIssues.set(key, n);
      if (n <= MAX_ROW_ISSUES_PER_CODE) out.push(issue);
      else {
        const o = overflow.get(key) ?? { first: issue, count: 0 };
        o.count += 1;
        overflow.set(key, o);
      }
    }
  }
  const merged = out.map((issue) => {
    if (issue.row !== undefined) return issue;
    const g = grouped.get(`${issue.severity}|${issue.code}|${issue.column ?? ''}`);
    if (!g || g.chunks === 1) return issue;
    return mergeGrouped(issue, g.total, g.chunks);
  });
  for (const { first, count } of overflow.values()) {
    merged.push({
      severity: first.severity,
      code: first.code,
      message: `${first.file} : ${count} autre(s) signalement(s) du même type (${first.code}) non détaillé(s) ; seuls les ${MAX_ROW_ISSUES_PER_CODE} premiers sont listés.`,
      file: first.file,
      count,
      ...(first.column ? { column: first.column } : {}),
    });
  }
  return merged;
}

function mergeGrouped(first: DataIssue, total: number | null, chunks: number): DataIssue {
  if (total !== null && first.count !== undefined) {
    // The count as a whole number after the file name (which may hold digits itself).
    const start = first.message.startsWith(first.file) ? first.file.length : 0;
    const re = new RegExp(`(?<!\\d)${first.count}(?!\\d)`, 'g');
    re.lastIndex = start;
    const m = re.exec(first.message);
    if (m) {
      const message =
        first.message.slice(0, m.index) +
        String(total) +
        first.message.slice(m.index + m[0].length);
      return { ...first, message: `${message} (total du fichier entier)`, count: total };
    }
  }
  return {
    ...first,
    message: `${first.message} (signalé dans ${chunks} tranches du fichier ; exemples de la première)`,
  };
}
