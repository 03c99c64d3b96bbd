/**
 * A query result kept by columns (`Connector.queryColumns`): numbers in one `Float64Array` per
 * column with a validity mask, strings in one array per column (equal strings shared), so a table
 * of 35,000 communes × 30 columns costs a few typed arrays instead of 35,000 objects. Every read
 * gives the value `Connector.query` gives for the same cell (`null` for NULL, never 0).
 */
import type { Row } from './connector';

/** One column of a `ColumnTable`, by the kind of its non-null values. */
export type Column =
  /** Every value is NULL (a layer not loaded): nothing stored. */
  | { readonly kind: 'null' }
  /** Numbers; `valid[i] === 0` means NULL (`valid` is null when no value is NULL). */
  | { readonly kind: 'number'; readonly values: Float64Array; readonly valid: Uint8Array | null }
  /** Booleans as 1 (true), 0 (false), -1 (NULL). */
  | { readonly kind: 'boolean'; readonly values: Int8Array }
  /** Strings or NULL. */
  | { readonly kind: 'string'; readonly values: readonly (string | null)[] }
  /** Anything else (lists, structs, mixed kinds): the plain values of `query`. */
  | { readonly kind: 'value'; readonly values: readonly unknown[] };

/**
 * Packs the plain values of one column (as `Connector.query` converts them) into the most compact
 * `Column` that gives them back unchanged.
 *
 * @param values - The column's plain values, one per row (`null` for NULL).
 * @returns A `Column` whose reads equal `values`.
 * @example
 * packColumn([1.5, null, 3]); // => { kind: 'number', values: Float64Array [1.5, 0, 3], valid: Uint8Array [1, 0, 1] }
 */
export function packColumn(values: readonly unknown[]): Column {
  let numbers = 0;
  let strings = 0;
  let booleans = 0;
  let nulls = 0;
  for (const value of values) {
    if (value === null || value === undefined) nulls += 1;
    else if (typeof value === 'number') numbers += 1;
    else if (typeof value === 'string') strings += 1;
    else if (typeof value === 'boolean') booleans += 1;
  }
  const n = values.length;
  if (nulls === n) return { kind: 'null' };
  if (numbers + nulls === n) return packNumbers(values, nulls > 0);
  if (booleans + nulls === n) {
    return {
      kind: 'boolean',
      values: Int8Array.from(values, (v) => (v === null ? -1 : v ? 1 : 0)),
    };
  }
  if (strings + nulls === n) return { kind: 'string', values: internStrings(values) };
  return { kind: 'value', values: values.map((v) => v ?? null) };
}

function packNumbers(values: readonly unknown[], hasNulls: boolean): Column {
  const packed = new Float64Array(values.length);
  const valid = hasNulls ? new Uint8Array(values.length) : null;
  values.forEach((value, i) => {
    if (typeof value !== 'number') return;
    packed[i] = value;
    if (valid) valid[i] = 1;
  });
  return { kind: 'number', values: packed, valid };
}

/** The same strings, equal ones sharing one JS string (dep, EPCI names repeat thousands of times). */
function internStrings(values: readonly unknown[]): (string | null)[] {
  const seen = new Map<string, string>();
  return values.map((value) => {
    if (typeof value !== 'string') return null;
    const kept = seen.get(value);
    if (kept !== undefined) return kept;
    seen.set(value, value);
    return value;
  });
}

/**
 * The value of row `index` of `column` as `Connector.query` gives it (`null` for NULL or out of
 * range).
 *
 * @example
 * columnValue(packColumn(['01001', null]), 0); // => '01001'
 */
export function columnValue(column: Column, index: number): unknown {
  switch (column.kind) {
    case 'null':
      return null;
    case 'number':
      return column.valid?.[index] === 0 || index >= column.values.length
        ? null
        : (column.values[index] ?? null);
    case 'boolean': {
      const v = column.values[index];
      return v === undefined || v < 0 ? null : v === 1;
    }
    default:
      return column.values[index] ?? null;
  }
}

/** A query result by columns: `numRows` rows, columns in the order of the SELECT. */
export class ColumnTable {
  private readonly byName: ReadonlyMap<string, Column>;

  constructor(
    readonly numRows: number,
    readonly columns: readonly { readonly name: string; readonly column: Column }[],
  ) {
    // A repeated column name keeps its last column, as `query` keeps its last value.
    this.byName = new Map(columns.map((c) => [c.name, c.column]));
  }

  /** Column names, in SELECT order (a repeated name once). */
  get names(): string[] {
    return [...this.byName.keys()];
  }

  /** The column `name`, or undefined when the result has none. */
  column(name: string): Column | undefined {
    return this.byName.get(name);
  }

  /** The value of `name` at row `index`, as `query` gives it (`null` for NULL or no such column). */
  value(name: string, index: number): unknown {
    const column = this.byName.get(name);
    return column ? columnValue(column, index) : null;
  }

  /** The number at row `index` of `name`; null when NULL, not a number, or no such column. */
  number(name: string, index: number): number | null {
    const value = this.value(name, index);
    return typeof value === 'number' ? value : null;
  }

  /** The string at row `index` of `name`; null when NULL, not a string, or no such column. */
  string(name: string, index: number): string | null {
    const value = this.value(name, index);
    return typeof value === 'string' ? value : null;
  }

  /** Row `index` as the plain object `query` gives (built on each call: keep it only briefly). */
  row<T extends object = Row>(index: number): T {
    const row: Row = {};
    for (const [name, column] of this.byName) row[name] = columnValue(column, index);
    return row as T;
  }

  /** Every row as plain objects (for small results and tests). */
  toRows<T extends object = Row>(): T[] {
    return Array.from({ length: this.numRows }, (_, i) => this.row<T>(i));
  }

  /**
   * Builds a table from plain rows (keys of the first row, in order; a missing key is NULL).
   *
   * @example
   * ColumnTable.fromRows([{ code: '01001', n: 3 }]).value('code', 0); // => '01001'
   */
  static fromRows(rows: readonly Row[]): ColumnTable {
    const names = rows[0] ? Object.keys(rows[0]) : [];
    return new ColumnTable(
      rows.length,
      names.map((name) => ({ name, column: packColumn(rows.map((r) => r[name] ?? null)) })),
    );
  }
}
