/**
 * SQL of the direct read of a big delimited file by DuckDB itself (`read_csv` on the registered
 * file): every line is read as one VARCHAR (no quote, no type inference), numbered, split on the
 * separator, and only the cells the import needs are kept, raw, with the width of the line. The
 * JS parsers' rules are then applied per distinct value (dictionaries, `direct-reader.ts`).
 */
import type { DirectEntry } from '../../core/direct-import-types';
import { buildInlineIndexSql, inlineLookup } from './direct-inline-sql';
import { sqlIdentifier, sqlString } from './sql-literals';

/** How the lines of a file are cut (from the JS detection on the file's head). */
export interface LineFormat {
  /** Field separator (one character). */
  separator: string;
  /**
   * Text encoding of the file (from the JS detection). DuckDB reads Windows-1252 as Latin-1
   * (`encoding = 'latin-1'`), the same characters except bytes 0x80–0x9F (`€`, `’`, `œ`…), which
   * DuckDB 1.4 refuses (« File is not latin-1 encoded »): the caller then reads the file in JS.
   */
  encoding: 'utf-8' | 'windows-1252';
  /** Number of columns of the header (trailing empty header cells removed). */
  width: number;
  /**
   * Which lines are blank (skipped, their number kept): `line`, a line of white space only (the
   * Annuaire Santé reader); `cells`, a line whose cells are all white space (the CSV reader).
   */
  blank: 'line' | 'cells';
  /** Cell kept for each slot name: 0-based column index, or -1 for a column the file lacks (''). */
  slots: Readonly<Record<string, number>>;
  /** Slots kept trimmed as JavaScript's `trim()` trims them (`sqlJsTrim`) instead of raw. */
  trimmed?: readonly string[];
  /**
   * Trimmed slots a row cannot do without: the table gets a column `rejected`, true when one of
   * them is empty after trimming.
   */
  required?: readonly string[];
}

/**
 * White space as JavaScript's `String.prototype.trim` sees it (ECMAScript WhiteSpace and
 * LineTerminator), for DuckDB's `trim(s, characters)`.
 */
export const JS_TRIM_CHARACTERS =
  '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/** RE2 class of {@link JS_TRIM_CHARACTERS}, to test a blank value. */
const BLANK_CLASS =
  '\\s\\x{0B}\\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}';

/** A value that starts or ends with white space, for JavaScript (RE2). */
const EDGE_BLANK_RE = `^[${BLANK_CLASS}]|[${BLANK_CLASS}]$`;

/**
 * `expr` trimmed as JavaScript's `trim()` does. Only a value that starts or ends with white space
 * goes through DuckDB's `trim(s, characters)`, which reads its list of characters again on every
 * row (≈ 16 s for 10 cells of 1,000,000 rows on DuckDB-WASM); a regular expression on the value's
 * edges is cheaper than decoding its first and last characters (`unicode(s[-1:])`, which counts
 * every character of the value): measured on DuckDB-WASM, 10 cells of 1,000,000 Annuaire rows,
 * +0.7 s instead of +1.5 s over copying them.
 *
 * @example sqlJsTrim('v.person'); // "CASE WHEN regexp_matches(v.person, '^[\s…]|[\s…]$') THEN trim(v.person, '\t\n…') ELSE v.person END"
 */
export function sqlJsTrim(expr: string): string {
  return `CASE WHEN regexp_matches(${expr}, ${sqlString(EDGE_BLANK_RE)}) THEN trim(${expr}, ${sqlString(JS_TRIM_CHARACTERS)}) ELSE ${expr} END`;
}

/** RE2 escape of one character. */
function reEscape(ch: string): string {
  return /[\\^$.|?*+()[\]{}-]/.test(ch) ? `\\${ch}` : ch;
}

/**
 * Creates the lines table `table(line, width, extra, quoted, <slots>[, rejected])`: `line` is the
 * 1-based line of the file (blank lines are skipped but counted, the header is line 1 and is not
 * kept), `width` the number of fields, `extra` the fields past the header's width joined with the
 * separator when one of them is not blank (NULL otherwise), `quoted` true when the line holds a
 * double quote (the lines are cut without quote handling: a reader that follows the quote rule of
 * `splitCsvRecords` leaves such a file to the JS readers), each slot the raw cell ('' when absent),
 * trimmed for the `trimmed` slots, and `rejected` when the format names `required` slots.
 *
 * Reference: DuckDB `read_csv` (https://duckdb.org/docs/data/csv/overview), with `quote = ''`,
 * `escape = ''` and a delimiter that never occurs in text files (U+0001), so each line is one value.
 * Lines end with LF or CRLF, mixed or not: `new_line = '\r\n'` makes DuckDB take a CRLF as one line
 * end and an LF as one too (left to itself, DuckDB follows the first line's end: after an LF it
 * counts a CR as a second line end, one line more after each CRLF than the JS readers). A CR alone
 * is still a line end for DuckDB, not for the JS readers: such a file is left to them (`readHead`
 * in `src/workers/import-direct.ts` looks for one in the file's first MiB).
 *
 * `apart`: the lines are first stored as read (`<table>_raw`, dropped at the end), then cut. A
 * table created from `read_csv` keeps the file's order and, materialized, its `rowid` gives that
 * order as `row_number() OVER ()` does (https://duckdb.org/docs/stable/sql/dialect/order_preservation):
 * a line's number is its `rowid` + 1, with no window over the whole file (run on one thread, as
 * was the cut following it in the same statement); the lines are read and cut on all of DuckDB's
 * threads. Measured with native DuckDB (2 threads), 1,000,000 PMSI lines: 0.30 s instead of
 * 0.60 s (numbered by a window, then cut apart; by their `rowid`, 0.07 s less); the CLI import of
 * 2,000,000 Annuaire lines 13.9 s instead of 15.8 s, peak memory 1.38 GB instead of 1.60 GB. With
 * one thread (DuckDB-WASM), storing the raw lines only costs memory (the 615 MB Annuaire in
 * Chromium: 15.0 s instead of 13.8 s): not apart.
 *
 * @example buildDirectLinesSql('direct_lines_1', 'pmsi.csv', { separator: ';', encoding: 'utf-8', width: 3, blank: 'cells', slots: { zone: 0 } });
 */
export function buildDirectLinesSql(
  table: string,
  fileName: string,
  format: LineFormat,
  apart = false,
): string {
  const sep = sqlString(format.separator);
  const blankRe =
    format.blank === 'line'
      ? `[${BLANK_CLASS}]*`
      : `[${BLANK_CLASS}${reEscape(format.separator)}]*`;
  // Fast path: a line whose first character is printable ASCII (33–126) other than the separator
  // is not blank; the regular expression only sees the others.
  const notBlankFast = `(unicode(l) BETWEEN 33 AND 126${format.blank === 'cells' ? ` AND NOT starts_with(l, ${sep})` : ''})`;
  const w = format.width;
  const latin1 = format.encoding === 'windows-1252';
  const slots = Object.entries(format.slots).map(([name, index]) =>
    index < 0
      ? `''::VARCHAR AS ${sqlIdentifier(name)}`
      : `coalesce(c[${index + 1}], '') AS ${sqlIdentifier(name)}`,
  );
  const trimmed = new Set(format.trimmed ?? []);
  const kept = Object.keys(format.slots).map((name) => {
    const id = sqlIdentifier(name);
    return trimmed.has(name) ? `${sqlJsTrim(id)} AS ${id}` : id;
  });
  const required = (format.required ?? []).map((name) => `${sqlIdentifier(name)} = ''`);
  const rejected = required.length > 0 ? `, (${required.join(' OR ')}) AS rejected` : '';
  const read = `read_csv(${sqlString(fileName)}, columns = {'l': 'VARCHAR'}, header = false,
    delim = chr(1), quote = '', escape = '', auto_detect = false,
    strict_mode = false, new_line = '\\r\\n',
    encoding = ${sqlString(latin1 ? 'latin-1' : 'utf-8')}, max_line_size = 20000000)`;
  const raw = `${table}_raw`;
  const numbered = apart
    ? `SELECT (rowid + 1)::INTEGER AS line, l FROM ${raw}`
    : `SELECT (row_number() OVER ())::INTEGER AS line, coalesce(l, '') AS l FROM ${read}`;
  const cut = `CREATE OR REPLACE TEMP TABLE ${table} AS
WITH src AS (${numbered}), cut AS (
  SELECT line, contains(l, '"') AS quoted,
    string_split(CASE WHEN suffix(l, chr(13)) THEN l[:-2] ELSE l END, ${sep}) AS c
  FROM src
  WHERE line > 1 AND (${notBlankFast} OR NOT regexp_full_match(l, ${sqlString(blankRe)}))
), cells AS (
  SELECT line, len(c)::INTEGER AS width,
    CASE WHEN len(c) > ${w} AND NOT regexp_full_match(array_to_string(c[${w + 1}:], ${sep}), ${sqlString(`[${BLANK_CLASS}]*`)})
      THEN array_to_string(c[${w + 1}:], ${sep}) END AS extra,
    quoted,
    ${slots.join(',\n    ')}
  FROM cut
)
SELECT *${rejected} FROM (SELECT line, width, extra, quoted, ${kept.join(', ')} FROM cells)`;
  return apart
    ? `CREATE OR REPLACE TEMP TABLE ${raw} AS SELECT coalesce(l, '') AS l FROM ${read};\n${cut};\nDROP TABLE ${raw}`
    : cut;
}

/**
 * Distinct values of some slots (or expressions) of `table` among the rows matching `where`, with
 * their number of rows and first line, in the order of their first line; `having` filters the
 * distinct values (a test on `k0`… runs once per value, not once per row).
 *
 * @example buildDistinctSql('direct_lines_1', ['zone']); // SELECT "zone" AS k0, count(*) …
 */
export function buildDistinctSql(
  table: string,
  keys: readonly string[],
  where = 'TRUE',
  having = 'TRUE',
): string {
  const cols = keys.map((k, i) => `${k} AS k${i}`).join(', ');
  const group = keys.map((_, i) => i + 1).join(', ');
  return `SELECT ${cols}, count(*)::INTEGER AS n, min(line)::INTEGER AS first_line
FROM ${table} WHERE ${where} GROUP BY ${group} HAVING ${having} ORDER BY first_line`;
}

/** Column of a dictionary table: VARCHAR keys `k0…`, then `value`, `num`, `flag`. */
export function buildCreateDictionarySql(table: string, keyCount: number): string {
  const keys = Array.from({ length: keyCount }, (_, i) => `k${i} VARCHAR`).join(', ');
  return `CREATE OR REPLACE TEMP TABLE ${table} (${keys}, value VARCHAR, num DOUBLE, flag VARCHAR)`;
}

/**
 * Issue events of `eventsSql` (columns `line`, `phase`, `ord`, `code`, `severity`, `a`, `b`), at
 * most `warningCap + 1` per warning code and `errorCap + 1` per error code, in file order, each with
 * the total of its code (the JS `IssueLog` caps the listed issues the same way).
 *
 * @example buildCappedEventsSql('SELECT … FROM …', 20, 100000);
 */
export function buildCappedEventsSql(
  eventsSql: string,
  warningCap: number,
  errorCap: number,
): string {
  return `SELECT line, phase, ord, code, severity, a, b, total FROM (
  SELECT *, row_number() OVER (PARTITION BY code ORDER BY phase, line, ord) AS k,
    (count(*) OVER (PARTITION BY code))::INTEGER AS total
  FROM (${eventsSql}) AS events
) WHERE k <= CASE WHEN severity = 'error' THEN ${errorCap + 1} ELSE ${warningCap + 1} END
ORDER BY phase, line, ord`;
}

/**
 * Shape events of a lines table: `short-row` (a = width) and `long-row` (a = width, b = the extra
 * fields), phase 0.
 */
export function buildShapeEventsSql(table: string, width: number, phase = 0): string {
  return `SELECT line, ${phase} AS phase, 0 AS ord, 'short-row' AS code, 'warning' AS severity, width::VARCHAR AS a, NULL::VARCHAR AS b FROM ${table} WHERE width < ${width}
UNION ALL
SELECT line, ${phase}, 0, 'long-row', 'warning', width::VARCHAR, extra FROM ${table} WHERE extra IS NOT NULL`;
}

/**
 * How a dictionary reaches the typed SQL: `empty` (no entry, nothing to look up), `table` (joined)
 * or its entries, written inline (`direct-inline-sql.ts`: the lines keep their file order).
 */
export type DictionarySource = 'empty' | 'table' | readonly DirectEntry[];

/**
 * A raw cell read through a sparse dictionary (only the values that change are listed): the value,
 * number and flag expressions, the join and the index column; a raw value absent from the
 * dictionary is final: the value is the raw cell, the number and flag are `absent`'s (default: no
 * number, flag `ok`). An `empty` dictionary needs neither join nor index; a dictionary given by
 * its entries is searched inline, without a join: `index` is a select-list item
 * (`, <search> AS <alias>_i`) to add to a subquery over the lines that keeps the raw cell's name.
 *
 * @example sparseLookup('z', 'direct_lines_1_zone', 'l.zone', 'table').value; // CASE WHEN z.k0 IS NULL …
 */
export function sparseLookup(
  alias: string,
  table: string,
  raw: string,
  source: DictionarySource,
  absent: { num?: string; flag?: string } = {},
): { value: string; num: string; flag: string; join: string; index: string } {
  const num = absent.num ?? 'NULL::DOUBLE';
  const flag = absent.flag ?? "'ok'";
  if (source === 'empty') return { value: raw, num, flag, join: '', index: '' };
  if (source !== 'table') {
    const column = `${alias}_i`;
    const keys = source.map((e) => e.keys[0] ?? '');
    const lookup = inlineLookup(column, raw, source, { num, flag });
    return { ...lookup, join: '', index: `, ${buildInlineIndexSql(raw, keys)} AS ${column}` };
  }
  return {
    value: `CASE WHEN ${alias}.k0 IS NULL THEN ${raw} ELSE ${alias}.value END`,
    num: `CASE WHEN ${alias}.k0 IS NULL THEN ${num} ELSE ${alias}.num END`,
    flag: `coalesce(${alias}.flag, ${flag})`,
    join: `LEFT JOIN ${table} ${alias} ON ${alias}.k0 = ${raw}`,
    index: '',
  };
}
