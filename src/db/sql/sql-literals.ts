/**
 * SQL literal helpers: every value put into SQL text goes through one of these.
 */

/**
 * Quotes a string as a SQL string literal (single quotes doubled, NUL characters refused).
 *
 * @param value - Any string, e.g. a commune code or a file name.
 * @returns The literal, quotes included.
 * @example
 * sqlString("Saint-Lô d'Ourville"); // => "'Saint-Lô d''Ourville'"
 */
export function sqlString(value: string): string {
  if (value.includes('\u0000')) throw new Error('sqlString: NUL character in a SQL string literal');
  return `'${value.replaceAll("'", "''")}'`;
}

/**
 * Quotes a SQL identifier (double quotes doubled).
 *
 * @example
 * sqlIdentifier('commune code'); // => '"commune code"'
 */
export function sqlIdentifier(name: string): string {
  if (name.includes('\u0000')) throw new Error('sqlIdentifier: NUL character in an identifier');
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * A parenthesised list of string literals for `IN (...)`, or `(NULL)` (matches nothing) when empty.
 *
 * @example
 * sqlStringList(['01001', '01002']); // => "('01001', '01002')"
 */
export function sqlStringList(values: readonly string[]): string {
  if (values.length === 0) return '(NULL)';
  return `(${values.map(sqlString).join(', ')})`;
}

/**
 * A finite number as SQL text (refuses NaN and infinities, which SQL cannot represent).
 *
 * @example
 * sqlNumber(2023); // => '2023'
 */
export function sqlNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`sqlNumber: not a finite number: ${value}`);
  return String(value);
}
