import type { DuckDBResult } from '@duckdb/node-api';
import { ColumnTable, packColumn } from './column-table';
import { toNativePlainValue } from './native-rows';

/**
 * Reads a native DuckDB result (`@duckdb/node-api`) into a `ColumnTable` with the values of
 * `toNativePlainRows` (the conversions of the WASM connector), column by column: the native
 * counterpart of `toColumnTable` (arrow-rows.ts), so both connectors give equal tables.
 *
 * @param result - The result of `connection.run(sql)`.
 * @returns The same result by columns.
 * @example
 * (await toNativeColumnTable(await connection.run("SELECT '01001' AS code"))).value('code', 0);
 * // => '01001'
 */
export async function toNativeColumnTable(result: DuckDBResult): Promise<ColumnTable> {
  const names = result.columnNames();
  const chunks = await result.fetchAllChunks();
  const numRows = chunks.reduce((n, chunk) => n + chunk.rowCount, 0);
  const columns = names.map((name, columnIndex) => {
    const values = new Array<unknown>(numRows).fill(null);
    let offset = 0;
    for (const chunk of chunks) {
      chunk.visitColumnValues(columnIndex, (value, rowIndex, _column, type) => {
        values[offset + rowIndex] = toNativePlainValue(value, type, toNativePlainValue);
      });
      offset += chunk.rowCount;
    }
    return { name, column: packColumn(values) };
  });
  return new ColumnTable(numRows, columns);
}
