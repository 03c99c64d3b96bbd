/**
 * Result rows of native DuckDB (`@duckdb/node-api`) as the same plain JS values as the WASM
 * connector's `toPlainRows` (arrow-rows.ts), so both connectors give equal rows for equal SQL.
 */
import {
  arrayFromArrayValue,
  arrayFromListValue,
  booleanFromValue,
  bytesFromBitValue,
  bytesFromBlobValue,
  createDuckDBValueConverter,
  DuckDBTypeId,
  nullConverter,
  numberFromValue,
  objectFromStructValue,
  objectFromUnionValue,
  stringFromValue,
  unsupportedConverter,
  type DuckDBMapType,
  type DuckDBMapValue,
  type DuckDBResult,
  type DuckDBValueConverter,
} from '@duckdb/node-api';
import { decimalToNumber } from './arrow-rows';
import type { Row } from './connector';

type Converter = DuckDBValueConverter<unknown>;

const MS_PER_DAY = 86_400_000;

/** BIGINT, HUGEINT and their unsigned kinds: a JS number (exact up to 2^53), as in arrow-rows. */
const fromBigInt: Converter = (value) => Number(value as bigint);

/** A field of a temporal value (`micros`, `days`…) as a JS number, `× times / per`. */
const field = (name: string, times = 1, per = 1): Converter => {
  return (value) =>
    (Number((value as unknown as Record<string, bigint | number>)[name]) * times) / per;
};

/**
 * The conversion of each DuckDB type. Temporal types follow what DuckDB-WASM's Arrow results give
 * in `toPlainRows`: DATE and TIMESTAMP as epoch milliseconds (fractional for microseconds), TIME as
 * microseconds since midnight. INTERVAL (garbled by DuckDB-WASM 1.32) is `{ months, days, micros }`.
 */
const CONVERTERS: Record<DuckDBTypeId, Converter | undefined> = {
  [DuckDBTypeId.INVALID]: unsupportedConverter,
  [DuckDBTypeId.BOOLEAN]: booleanFromValue,
  [DuckDBTypeId.TINYINT]: numberFromValue,
  [DuckDBTypeId.SMALLINT]: numberFromValue,
  [DuckDBTypeId.INTEGER]: numberFromValue,
  [DuckDBTypeId.BIGINT]: fromBigInt,
  [DuckDBTypeId.UTINYINT]: numberFromValue,
  [DuckDBTypeId.USMALLINT]: numberFromValue,
  [DuckDBTypeId.UINTEGER]: numberFromValue,
  [DuckDBTypeId.UBIGINT]: fromBigInt,
  [DuckDBTypeId.FLOAT]: numberFromValue,
  [DuckDBTypeId.DOUBLE]: numberFromValue,
  [DuckDBTypeId.TIMESTAMP]: field('micros', 1, 1000),
  [DuckDBTypeId.DATE]: field('days', MS_PER_DAY),
  [DuckDBTypeId.TIME]: field('micros'),
  [DuckDBTypeId.INTERVAL]: (value) => {
    const v = value as unknown as { months: number; days: number; micros: bigint };
    return { months: v.months, days: v.days, micros: Number(v.micros) };
  },
  [DuckDBTypeId.HUGEINT]: fromBigInt,
  [DuckDBTypeId.UHUGEINT]: fromBigInt,
  [DuckDBTypeId.VARCHAR]: stringFromValue,
  // A plain Uint8Array (not a Node Buffer), as Arrow gives.
  [DuckDBTypeId.BLOB]: (value) => Uint8Array.from(bytesFromBlobValue(value)),
  [DuckDBTypeId.DECIMAL]: (value) => {
    const v = value as unknown as { value: bigint; scale: number };
    return decimalToNumber(v.value, v.scale);
  },
  [DuckDBTypeId.TIMESTAMP_S]: field('seconds', 1000),
  [DuckDBTypeId.TIMESTAMP_MS]: field('millis'),
  [DuckDBTypeId.TIMESTAMP_NS]: field('nanos', 1, 1e6),
  [DuckDBTypeId.ENUM]: stringFromValue,
  [DuckDBTypeId.LIST]: arrayFromListValue,
  [DuckDBTypeId.STRUCT]: objectFromStructValue,
  // DuckDB-WASM gives a MAP as an object keyed by the map's keys.
  [DuckDBTypeId.MAP]: (value, type, convert) => {
    const map = value as DuckDBMapValue;
    const { keyType, valueType } = type as DuckDBMapType;
    return Object.fromEntries(
      map.entries.map((e) => [
        String(convert(e.key, keyType, convert)),
        convert(e.value, valueType, convert),
      ]),
    );
  },
  [DuckDBTypeId.ARRAY]: arrayFromArrayValue,
  [DuckDBTypeId.UUID]: stringFromValue,
  [DuckDBTypeId.UNION]: objectFromUnionValue,
  [DuckDBTypeId.BIT]: (value) => Uint8Array.from(bytesFromBitValue(value)),
  [DuckDBTypeId.TIME_TZ]: field('micros'),
  [DuckDBTypeId.TIMESTAMP_TZ]: field('micros', 1, 1000),
  [DuckDBTypeId.ANY]: unsupportedConverter,
  [DuckDBTypeId.BIGNUM]: fromBigInt,
  [DuckDBTypeId.SQLNULL]: nullConverter,
};

/** One native DuckDB value as the plain JS value of `toNativePlainRows` (also used by columns). */
export const toNativePlainValue = createDuckDBValueConverter(CONVERTERS);

/**
 * Reads a native DuckDB result into plain JS rows with the conversions of the WASM connector:
 * BIGINT/HUGEINT/DECIMAL → number (also inside lists and structs), VARCHAR → string, NULL → `null`,
 * DATE/TIMESTAMP → epoch milliseconds. A repeated column name keeps its last value, as with Arrow.
 *
 * @param result - The result of `connection.run(sql)`.
 * @returns One object per row, keys in column order.
 * @example
 * await toNativePlainRows(await connection.run("SELECT '01001' AS code, 3::BIGINT AS n"));
 * // => [{ code: '01001', n: 3 }]
 */
export async function toNativePlainRows<T extends object = Row>(
  result: DuckDBResult,
): Promise<T[]> {
  const names = result.columnNames();
  const rows: Row[] = [];
  for (const chunk of await result.fetchAllChunks()) {
    for (let rowIndex = 0; rowIndex < chunk.rowCount; rowIndex += 1) {
      const row: Row = {};
      chunk.visitRowValues(rowIndex, (value, _row, column, type) => {
        row[names[column] ?? ''] = toNativePlainValue(value, type, toNativePlainValue);
      });
      rows.push(row);
    }
  }
  return rows as T[];
}
