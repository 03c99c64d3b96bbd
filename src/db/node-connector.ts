import { createRequire } from 'node:module';
import {
  createDuckDB,
  DuckDBDataProtocol,
  NODE_RUNTIME,
  VoidLogger,
  type DuckDBBindings,
  type DuckDBConnection,
} from '@duckdb/duckdb-wasm/blocking';
import { toColumnTable, toPlainRows } from './arrow-rows';
import type { ColumnTable } from './column-table';
import type { Connector, Row } from './connector';
import { createNativeConnector } from './native-connector';
import { QueryError } from './query-error';

/** The Node connector: the common `Connector` plus local files. */
export interface NodeConnector extends Connector {
  /** Registers a file of the local file system under `name` (read in place, not copied). */
  registerLocalFile(name: string, filePath: string): Promise<void>;
}

/**
 * Creates the Node connector (CLI, tests, benchmarks): native DuckDB through `@duckdb/node-api`
 * (`createNativeConnector`), with the rows, errors and files of the browser's DuckDB-WASM
 * connector. Opening it takes milliseconds.
 *
 * @returns A ready connector; call `close()` when done.
 * @example
 * const conn = await createNodeConnector();
 * await conn.query<{ code: string }>("SELECT '01001' AS code"); // => [{ code: '01001' }]
 * await conn.close();
 */
export function createNodeConnector(): Promise<NodeConnector> {
  return createNativeConnector();
}

/**
 * Creates a DuckDB-WASM database in Node with the synchronous `@duckdb/duckdb-wasm/blocking`
 * bindings (the engine of the browser app), exposed through the async `Connector` interface: the
 * tests run their SQL on it and on the native connector, so a difference between the two fails.
 * The WASM files are read from `node_modules/@duckdb/duckdb-wasm/dist/`. Instantiation takes
 * ≈ 1–1.5 s: share one connector per test file.
 *
 * @returns A ready connector; call `close()` when done.
 * @example
 * const conn = await createWasmNodeConnector();
 * await conn.query<{ code: string }>("SELECT '01001' AS code"); // => [{ code: '01001' }]
 * await conn.close();
 */
export async function createWasmNodeConnector(): Promise<NodeConnector> {
  const require = createRequire(import.meta.url);
  const resolve = (file: string): string => require.resolve(`@duckdb/duckdb-wasm/dist/${file}`);
  const db = await createDuckDB(
    {
      mvp: {
        mainModule: resolve('duckdb-mvp.wasm'),
        mainWorker: resolve('duckdb-node-mvp.worker.cjs'),
      },
      eh: {
        mainModule: resolve('duckdb-eh.wasm'),
        mainWorker: resolve('duckdb-node-eh.worker.cjs'),
      },
    },
    new VoidLogger(),
    NODE_RUNTIME,
  );
  await db.instantiate(() => {});
  db.open({});
  return new BlockingConnector(db, db.connect());
}

class BlockingConnector implements NodeConnector {
  constructor(
    private readonly db: DuckDBBindings,
    private readonly conn: DuckDBConnection,
  ) {}

  query<T extends object = Row>(sql: string): Promise<T[]> {
    return this.run(sql, () => toPlainRows<T>(this.conn.query(sql)));
  }

  queryColumns(sql: string): Promise<ColumnTable> {
    return this.run(sql, () => toColumnTable(this.conn.query(sql)));
  }

  exec(sql: string): Promise<void> {
    return this.run(sql, () => {
      this.conn.query(sql);
    });
  }

  registerText(name: string, text: string): Promise<void> {
    return this.run(`-- register text file ${name}`, () => this.db.registerFileText(name, text));
  }

  registerLocalFile(name: string, filePath: string): Promise<void> {
    return this.run(`-- register local file ${name} = ${filePath}`, () =>
      this.db.registerFileURL(name, filePath, DuckDBDataProtocol.NODE_FS, false),
    );
  }

  dropFile(name: string): Promise<void> {
    return this.run(`-- drop file ${name}`, () => this.db.dropFile(name));
  }

  close(): Promise<void> {
    return this.run('-- close', () => {
      this.conn.close();
      this.db.reset();
    });
  }

  /** Runs a synchronous DuckDB call as a promise, wrapping failures in a `QueryError`. */
  private run<R>(sql: string, fn: () => R): Promise<R> {
    try {
      return Promise.resolve(fn());
    } catch (error) {
      return Promise.reject(QueryError.wrap(error, sql));
    }
  }
}
