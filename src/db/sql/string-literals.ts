/**
 * Rewriting the string literals of a SQL text, leaving everything else as written.
 */

/**
 * Replaces the SQL string literals (`'…'`, with `''` for a quote) of `sql` for which `replace`
 * returns a string; the value given to `replace` is the literal's content with `''` undone, the
 * value returned is the new content (quoted again here). Comments (`-- …`, `/* … *\/`) and quoted
 * identifiers (`"…"`) are copied unchanged, so an apostrophe in a comment does not shift the
 * literals. Dollar-quoted strings and `E'…'` backslash escapes are not recognised (the SQL of this
 * project has none).
 *
 * @param sql - Any SQL text.
 * @param replace - New content of a literal, or `undefined` to keep it.
 * @returns The SQL with the chosen literals replaced.
 * @example
 * mapStringLiterals("SELECT * FROM read_csv('a.csv') -- l'exemple", (s) =>
 *   s === 'a.csv' ? '/tmp/a.csv' : undefined,
 * ); // => "SELECT * FROM read_csv('/tmp/a.csv') -- l'exemple"
 */
export function mapStringLiterals(
  sql: string,
  replace: (content: string) => string | undefined,
): string {
  let out = '';
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i];
    const next = sql[i + 1];
    let end: number;
    if (ch === '-' && next === '-') {
      end = indexAfter(sql, '\n', i + 2);
    } else if (ch === '/' && next === '*') {
      end = indexAfter(sql, '*/', i + 2);
    } else if (ch === '"' || ch === "'") {
      end = quotedEnd(sql, ch, i);
      if (ch === "'") {
        const content = sql.slice(i + 1, end - 1).replaceAll("''", "'");
        const replaced = end <= sql.length ? replace(content) : undefined;
        if (replaced !== undefined) {
          out += `'${replaced.replaceAll("'", "''")}'`;
          i = end;
          continue;
        }
      }
    } else {
      end = i + 1;
    }
    out += sql.slice(i, end);
    i = end;
  }
  return out;
}

/** Index just after the first `token` from `from`, or the end of `sql` when there is none. */
function indexAfter(sql: string, token: string, from: number): number {
  const at = sql.indexOf(token, from);
  return at < 0 ? sql.length : at + token.length;
}

/** Index just after the closing `quote` of the quoted text opened at `start` (doubled = escaped). */
function quotedEnd(sql: string, quote: string, start: number): number {
  let i = start + 1;
  while (i < sql.length) {
    if (sql[i] === quote) {
      if (sql[i + 1] !== quote) return i + 1;
      i += 2;
    } else {
      i += 1;
    }
  }
  // Unterminated: DuckDB will report the syntax error; never rewrite it.
  return sql.length + 1;
}
