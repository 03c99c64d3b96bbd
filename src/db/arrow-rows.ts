import { ColumnTable, packColumn } from './column-table';
import type { Row } from './connector';

/** The part of an Arrow data type that the conversion reads (structural: no Arrow import). */
export interface ArrowTypeLike {
  readonly typeId: number;
  /** Decimal scale (digits after the point). */
  readonly scale?: number;
  readonly children?: readonly { readonly name: string; readonly type: ArrowTypeLike }[] | null;
}

/** The part of an Apache Arrow `Table` that `toPlainRows` reads. */
export interface ArrowTableLike {
  readonly numRows: number;
  readonly schema: {
    readonly fields: readonly { readonly name: string; readonly type: ArrowTypeLike }[];
  };
  getChildAt(index: number): Iterable<unknown> | null;
}

/** Arrow `Type` ids used below (apache-arrow `enum.ts`). */
const ARROW_DECIMAL = 7;
const ARROW_LIST = 12;
const ARROW_STRUCT = 13;
const ARROW_FIXED_SIZE_LIST = 16;

type Convert = (value: unknown) => unknown;

/**
 * Converts an Arrow result table of DuckDB-WASM into plain JS rows, column by column, using the
 * Arrow schema: BIGINT becomes a JS number (exact up to 2^53, which covers every count here),
 * HUGEINT and DECIMAL become numbers with their scale applied, lists become arrays, structs plain
 * objects, NULL `null`. (DuckDB-WASM's own `castBigIntToDouble` / `castDecimalToDouble` options
 * garble values nested in lists and structs in 1.32, hence this conversion.)
 *
 * @param table - The Arrow table returned by `conn.query(sql)`.
 * @returns One object per row, keys in column order.
 * @example
 * toPlainRows(conn.query("SELECT '01001' AS code, 3::BIGINT AS n")); // => [{ code: '01001', n: 3 }]
 */
export function toPlainRows<T extends object = Row>(table: ArrowTableLike): T[] {
  const rows: Row[] = Array.from({ length: table.numRows }, () => ({}));
  table.schema.fields.forEach((field, index) => {
    const column = table.getChildAt(index);
    if (!column) return;
    const convert = converterFor(field.type);
    let rowIndex = 0;
    for (const value of column) {
      const row = rows[rowIndex];
      if (row) row[field.name] = convert(value);
      rowIndex += 1;
    }
  });
  return rows as T[];
}

/**
 * Converts an Arrow result table of DuckDB-WASM into a `ColumnTable` (numbers in typed arrays,
 * strings in one array per column), with the values `toPlainRows` gives: the same converters,
 * column by column, then packed (`packColumn`). No object per row is built.
 *
 * @param table - The Arrow table returned by `conn.query(sql)`.
 * @returns The same result by columns.
 * @example
 * toColumnTable(conn.query("SELECT '01001' AS code, NULL::INTEGER AS n")).row(0); // => { code: '01001', n: null }
 */
export function toColumnTable(table: ArrowTableLike): ColumnTable {
  const columns = table.schema.fields.map((field, index) => {
    const convert = converterFor(field.type);
    const values = new Array<unknown>(table.numRows).fill(null);
    let rowIndex = 0;
    for (const value of table.getChildAt(index) ?? []) {
      if (rowIndex < values.length) values[rowIndex] = convert(value);
      rowIndex += 1;
    }
    return { name: field.name, column: packColumn(values) };
  });
  return new ColumnTable(table.numRows, columns);
}

/** The converter of one Arrow type (recursive for lists and structs). */
function converterFor(type: ArrowTypeLike): Convert {
  switch (type.typeId) {
    case ARROW_DECIMAL: {
      const scale = type.scale ?? 0;
      return (value) =>
        value === null || value === undefined ? null : decimalToNumber(value, scale);
    }
    case ARROW_LIST:
    case ARROW_FIXED_SIZE_LIST: {
      const child = type.children?.[0];
      const convertItem = child ? converterFor(child.type) : toPlainValue;
      return (value) =>
        value === null || value === undefined
          ? null
          : Array.from(value as Iterable<unknown>, (item) => convertItem(item));
    }
    case ARROW_STRUCT: {
      const fields = (type.children ?? []).map((c) => [c.name, converterFor(c.type)] as const);
      return (value) => {
        if (value === null || value === undefined) return null;
        const source = value as Record<string, unknown>;
        return Object.fromEntries(fields.map(([name, convert]) => [name, convert(source[name])]));
      };
    }
    default:
      return toPlainValue;
  }
}

/**
 * Converts one Arrow cell value of a scalar type into a plain JS value: BigInt -> number,
 * `Date` -> epoch milliseconds, other values unchanged, `undefined` -> `null`.
 *
 * @example
 * toPlainValue(3n); // => 3
 */
export function toPlainValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return (value as { toJSON: () => unknown }).toJSON();
  }
  return value;
}

/**
 * A decimal given as its unscaled signed integer (an Arrow big number, a BigInt or its string) and
 * its scale, as the nearest JS number (through the decimal text, so both connectors round alike).
 *
 * @example
 * decimalToNumber(-125n, 2); // => -1.25
 */
export function decimalToNumber(value: unknown, scale: number): number {
  const unscaled = String(value);
  if (scale <= 0) return Number(unscaled) * 10 ** -scale;
  const negative = unscaled.startsWith('-');
  const digits = (negative ? unscaled.slice(1) : unscaled).padStart(scale + 1, '0');
  const text = `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return Number(negative ? `-${text}` : text);
}
