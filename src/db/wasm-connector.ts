import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { toColumnTable, toPlainRows } from './arrow-rows';
import type { Connector, Row } from './connector';
import { QueryError } from './query-error';
import { chooseWasmBundle } from './wasm-bundle';

interface Session {
  db: AsyncDuckDB;
  conn: AsyncDuckDBConnection;
  worker: Worker;
}

let shared: { connector: Connector; ready: Promise<Connector> } | null = null;

/**
 * The app-wide browser connector, resolved once DuckDB-WASM is instantiated (the first call starts
 * it: the WASM file is 34–39 MB, so nothing is downloaded before it is needed). A failed start is
 * retried on the next call.
 *
 * @returns The same connector on every call.
 * @example
 * const conn = await getWasmConnector();
 * await conn.query('SELECT 42 AS answer'); // => [{ answer: 42 }]
 */
export function getWasmConnector(): Promise<Connector> {
  if (!shared) {
    const connector = createWasmConnector();
    const ready = connector.exec('SELECT 1').then(() => connector);
    shared = { connector, ready };
    ready.catch(() => {
      if (shared?.connector === connector) shared = null;
    });
  }
  return shared.ready;
}

/**
 * Creates a browser connector to DuckDB-WASM running in its own Web Worker. The bundle (MVP or
 * exception-handling build) is chosen as `selectBundle` would (`chooseWasmBundle`); the WASM and
 * worker files are served from our own origin (Vite `?url` imports), never from a CDN.
 * Instantiation is lazy and happens once, on the first call of any method. Logging goes to a
 * `ConsoleLogger` at WARNING level, which prints with `console.log` only (never `console.error`).
 *
 * @returns A connector (not yet instantiated); prefer `getWasmConnector()` for the app-wide one.
 * @example
 * const conn = createWasmConnector();
 * await conn.registerFile?.('rpps.txt', file);
 * await conn.query("SELECT count(*) AS n FROM read_csv('rpps.txt', delim = '|')");
 */
export function createWasmConnector(): Connector {
  let session: Promise<Session> | null = null;
  const open = (): Promise<Session> => {
    session ??= instantiate();
    return session;
  };

  const run = async <R>(sql: string, fn: (s: Session) => Promise<R>): Promise<R> => {
    const s = await open().catch((error: unknown) => {
      session = null;
      throw QueryError.wrap(error, '-- instantiate DuckDB-WASM');
    });
    try {
      return await fn(s);
    } catch (error) {
      throw QueryError.wrap(error, sql);
    }
  };

  return {
    query: <T extends object = Row>(sql: string) =>
      run(sql, async ({ conn }) => toPlainRows<T>(await conn.query(sql))),
    queryColumns: (sql: string) =>
      run(sql, async ({ conn }) => toColumnTable(await conn.query(sql))),
    exec: (sql: string) =>
      run(sql, async ({ conn }) => {
        await conn.query(sql);
      }),
    registerText: (name: string, text: string) =>
      run(`-- register text file ${name}`, ({ db }) => db.registerFileText(name, text)),
    registerFile: (name: string, file: File) =>
      run(`-- register browser file ${name}`, async ({ db }) => {
        const { DuckDBDataProtocol } = await import('@duckdb/duckdb-wasm');
        await db.registerFileHandle(name, file, DuckDBDataProtocol.BROWSER_FILEREADER, true);
      }),
    dropFile: (name: string) =>
      run(`-- drop file ${name}`, async ({ db }) => {
        await db.dropFile(name);
      }),
    close: async () => {
      if (!session) return;
      const pending = session;
      session = null;
      const opened = await pending.catch(() => null);
      if (!opened) return;
      await opened.conn.close();
      await opened.db.terminate();
      opened.worker.terminate();
    },
  };
}

/**
 * Picks a bundle, starts the engine's worker and the wasm download at once (the worker script,
 * ≈ 0.8 MB, then evaluates in its own thread), then loads the DuckDB-WASM library (its own chunk)
 * meanwhile, instantiates and opens a DB. Called synchronously by the boot (`getWasmConnector`),
 * so all three downloads start before the app's own code is fetched.
 */
async function instantiate(): Promise<Session> {
  const bundle = chooseWasmBundle();
  warmHttpCache(bundle.mainModule);
  const worker = new Worker(bundle.mainWorker);
  try {
    const duckdb = await import('@duckdb/duckdb-wasm');
    const db = new duckdb.AsyncDuckDB(new duckdb.ConsoleLogger(duckdb.LogLevel.WARNING), worker);
    await db.instantiate(bundle.mainModule);
    await db.open({});
    return { db, conn: await db.connect(), worker };
  } catch (error) {
    worker.terminate();
    throw error;
  }
}

/**
 * Downloads the engine's wasm into the HTTP cache while DuckDB's worker script (≈ 0.8 MB) is still
 * being fetched and evaluated: the worker's own `instantiateStreaming(fetch(url))` then reads the
 * cached (or still arriving) response instead of starting the download only once it runs. The
 * body is drained, not kept. Assets are hashed and served `immutable` (`npm start`, `_headers`); a
 * host that forbids caching costs a second download, never a failure.
 */
function warmHttpCache(url: string): void {
  fetch(url)
    .then((response) => response.body?.pipeTo(new WritableStream()))
    .catch(() => undefined);
}
