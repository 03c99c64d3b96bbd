/**
 * The page of the browser import benchmark (`browser-import-bench.ts`), built by Vite from the
 * app's own modules: the user's file (`#file`) imported as the app imports it (the import worker,
 * `ImportSink`, `DirectReader` reading the `File` handle with DuckDB-WASM, commit), and the same
 * file read by DuckDB-WASM `read_csv` alone, in the same page and the same DuckDB.
 */
import { proxy, wrap } from 'comlink';
import { ImportSink } from '../../../src/app/import-sink';
import type { Dataset } from '../../../src/core/types';
import { DirectReader } from '../../../src/db/direct-reader';
import { getWasmConnector } from '../../../src/db/wasm-connector';
import type * as importApi from '../../../src/workers/import-api';
import { timedConnector, type TimedCall } from './timed-connector';

/** Calls of the last run through the connector (the benchmark's profile), and when it started. */
let calls: TimedCall[] = [];
let runStart = 0;
let runEnd = 0;

function startProfile(): void {
  calls = [];
  runStart = performance.now();
}

function chosenFile(): File {
  const file = document.querySelector<HTMLInputElement>('#file')?.files?.[0];
  if (!file) throw new Error('Aucun fichier choisi dans #file');
  return file;
}

/** Our import of the chosen file, the big-file path whatever its size; rows accepted. */
async function benchImport(): Promise<number> {
  const file = chosenFile();
  startProfile();
  const worker = new Worker(new URL('../../../src/workers/import.worker.ts', import.meta.url), {
    type: 'module',
  });
  const api = wrap<typeof importApi>(worker);
  try {
    const conn = timedConnector(await getWasmConnector(), calls, () => runStart);
    const sink = new ImportSink(Promise.resolve(conn));
    const [tables, staged] = await Promise.all([sink.tables, sink.staged]);
    const reader = new DirectReader(tables, staged, async (_, name) => {
      await conn.registerFile?.(name, file);
    });
    const [report] = await api.importFiles(
      [{ name: file.name, blob: file }],
      [{}],
      [],
      proxy((chunk: importApi.ImportChunk) =>
        sink.append(chunk.kind, chunk.rows as Dataset[typeof chunk.kind]),
      ),
      0,
      undefined,
      proxy(reader),
    );
    await sink.flushed();
    await staged.commit();
    return report?.acceptedCount ?? 0;
  } finally {
    runEnd = performance.now();
    worker.terminate();
  }
}

/** DuckDB-WASM `read_csv` alone on the chosen file, every column VARCHAR; rows read. */
async function benchReadCsv(delim: string): Promise<number> {
  const file = chosenFile();
  startProfile();
  const conn = timedConnector(await getWasmConnector(), calls, () => runStart);
  await conn.registerFile?.('bench.csv', file);
  await conn.exec(
    `CREATE OR REPLACE TABLE t AS SELECT * FROM read_csv('bench.csv', delim = '${delim}', header = true, all_varchar = true, quote = '')`,
  );
  const [row] = await conn.query<{ n: number | bigint }>('SELECT count(*) AS n FROM t');
  await conn.exec('DROP TABLE t');
  await conn.dropFile('bench.csv');
  runEnd = performance.now();
  return Number(row?.n ?? 0);
}

/** The profile of the last run: every connector call, and the run's wall time (ms). */
function benchProfile(): { calls: TimedCall[]; totalMs: number } {
  return { calls, totalMs: runEnd - runStart };
}

Object.assign(window, {
  benchImport,
  benchProfile,
  benchReadCsv,
  benchReady: getWasmConnector().then(() => true),
});
