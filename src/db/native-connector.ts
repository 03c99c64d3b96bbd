import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { Row } from './connector';
import type { ColumnTable } from './column-table';
import { toNativeColumnTable } from './native-columns';
import { toNativePlainRows } from './native-rows';
import type { NodeConnector } from './node-connector';
import { QueryError } from './query-error';
import { RegisteredFiles } from './registered-files';

/**
 * Creates an in-memory native DuckDB (`@duckdb/node-api`, the same DuckDB 1.4 as DuckDB-WASM 1.32)
 * behind the `Connector` interface: the connector of the CLI, the tests and the benchmarks in Node.
 * Rows have the WASM connector's conversions (`toNativePlainRows`), failures are `QueryError`s with
 * DuckDB's message and the SQL as given.
 *
 * Files: native DuckDB reads the real file system and has no registry of in-memory files, so the
 * connector keeps a map from registered name to real path (`RegisteredFiles`): `registerText`
 * writes the text to a file of a private temporary directory (removed by `dropFile` and `close`,
 * or at process exit), `registerLocalFile` maps the name to the file itself, read in place. Before
 * a statement runs, every SQL string literal equal to a registered name (`read_csv('name')`,
 * `read_csv(['a', 'b'])`, `FROM 'name'`) is replaced by the path; nothing else in the SQL changes,
 * and paths in error messages are turned back into names. This keeps every SQL builder and the
 * import path (`StagedImport` → `appendRecords` → `registerText`) unchanged, which views could not
 * do (`read_csv('name')` is a table function call, not a table name). Known differences with
 * DuckDB-WASM: a string literal equal to a registered name is rewritten even where it is not a
 * file (`SELECT 'a.csv'`), and `read_csv(…, filename = true)` gives the real path. A name is
 * resolved by the connector before the current directory, as DuckDB-WASM's registry is.
 *
 * @returns A ready connector; call `close()` when done.
 * @example
 * const conn = await createNativeConnector();
 * await conn.registerText('codes.csv', 'code\n01001\n');
 * await conn.query("SELECT * FROM read_csv('codes.csv', all_varchar = true)"); // => [{ code: '01001' }]
 * await conn.close();
 */
export async function createNativeConnector(): Promise<NodeConnector> {
  try {
    const instance = await DuckDBInstance.create(':memory:');
    return new NativeConnector(instance, await instance.connect());
  } catch (error) {
    throw QueryError.wrap(error, '-- open native DuckDB');
  }
}

class NativeConnector implements NodeConnector {
  private readonly files = new RegisteredFiles();
  private queue: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
  ) {}

  query<T extends object = Row>(sql: string): Promise<T[]> {
    return this.run(sql, async () =>
      toNativePlainRows<T>(await this.connection.run(this.files.toRealPaths(sql))),
    );
  }

  queryColumns(sql: string): Promise<ColumnTable> {
    return this.run(sql, async () =>
      toNativeColumnTable(await this.connection.run(this.files.toRealPaths(sql))),
    );
  }

  exec(sql: string): Promise<void> {
    return this.run(sql, async () => {
      await this.connection.run(this.files.toRealPaths(sql));
    });
  }

  registerText(name: string, text: string): Promise<void> {
    return this.run(`-- register text file ${name}`, () => this.files.addText(name, text));
  }

  registerLocalFile(name: string, filePath: string): Promise<void> {
    return this.run(`-- register local file ${name} = ${filePath}`, () =>
      this.files.addLocal(name, filePath),
    );
  }

  dropFile(name: string): Promise<void> {
    return this.run(`-- drop file ${name}`, () => this.files.drop(name));
  }

  async close(): Promise<void> {
    await this.queue;
    if (this.closed) return;
    this.closed = true;
    try {
      this.connection.closeSync();
      this.instance.closeSync();
    } catch (error) {
      throw QueryError.wrap(error, '-- close');
    } finally {
      this.files.removeAll();
    }
  }

  /**
   * Runs one call after the previous ones (in call order, like DuckDB-WASM's worker, so a query
   * sees every file registered before it), wrapping failures in a `QueryError` whose message
   * names files, not paths.
   */
  private run<R>(sql: string, fn: () => Promise<R>): Promise<R> {
    const result = this.queue.then(async () => {
      if (this.closed) throw new QueryError('Connection Error: the connector is closed', sql);
      try {
        return await fn();
      } catch (error) {
        const message = this.files.toNames(error instanceof Error ? error.message : String(error));
        throw new QueryError(message, sql, { cause: error });
      }
    });
    this.queue = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}
