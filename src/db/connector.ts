/**
 * The one seam between the app and DuckDB (after Mosaic's `Connector.ts`): a browser
 * implementation (`wasm-connector.ts`, DuckDB-WASM in its own worker) and Node implementations
 * (`node-connector.ts`: native DuckDB for the CLI, tests and benchmarks, and DuckDB-WASM's blocking
 * bindings, which the tests compare with it) behind the same async interface.
 */

import type { ColumnTable } from './column-table';

/** A plain result row: column name -> JS value (numbers are JS numbers, never BigInt or Arrow). */
export type Row = Record<string, unknown>;

/** An open DuckDB database with one connection. Every failure is a `QueryError`. */
export interface Connector {
  /**
   * Runs one SQL statement and returns its rows as plain objects. Integers (BIGINT, HUGEINT) and
   * decimals come back as JS numbers, booleans as booleans, VARCHAR as strings, NULL as `null`.
   */
  query<T extends object = Row>(sql: string): Promise<T[]>;
  /**
   * Runs one SQL statement and returns its result by columns (`ColumnTable`: numbers in typed
   * arrays with a NULL mask, strings in one array per column), each value equal to what `query`
   * gives: for big results kept in memory (the indicators of every commune), where one object per
   * row would cost tens of MB.
   */
  queryColumns(sql: string): Promise<ColumnTable>;
  /** Runs SQL (one or several statements) without returning rows. */
  exec(sql: string): Promise<void>;
  /** Registers an in-memory text file under `name`, readable with `read_csv('name')`. */
  registerText(name: string, text: string): Promise<void>;
  /**
   * Registers a user's browser `File` under `name` without copying it into the WASM heap
   * (browser only: absent from the Node connectors).
   */
  registerFile?(name: string, file: File): Promise<void>;
  /** Forgets a registered file (frees its memory); no error when it does not exist. */
  dropFile(name: string): Promise<void>;
  /** Closes the connection and releases the database. */
  close(): Promise<void>;
}
