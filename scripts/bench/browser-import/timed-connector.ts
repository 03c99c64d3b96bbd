/**
 * The profile of the browser import benchmark: a `Connector` that times every call it passes on
 * (SQL statement, file registration) with `performance.now()` and `performance.measure`, so the
 * benchmark prints where an import spends its time: in DuckDB-WASM (per statement), or between
 * statements (the import worker's own work and the round trips between the workers).
 */
import type { ColumnTable } from '../../../src/db/column-table';
import type { Connector, Row } from '../../../src/db/connector';

/** One call through the connector: its label, start (ms since the run started) and duration. */
export interface TimedCall {
  label: string;
  startMs: number;
  ms: number;
}

/** A short, stable label of a statement: its first line, handle numbers and literals removed. */
export function statementLabel(sql: string): string {
  const first = sql.trim().split('\n')[0] ?? '';
  return first
    .replace(/direct_lines_\d+/g, 'lines')
    .replace(/perimetre-direct-\d+-[^']*/g, 'file')
    .replace(/staged_\w+/g, 'staged')
    .replace(/VALUES .*/, 'VALUES …')
    .slice(0, 90);
}

/** A connector that records each call of `inner` into `calls` (times relative to `origin()`). */
export function timedConnector(
  inner: Connector,
  calls: TimedCall[],
  origin: () => number,
): Connector {
  const time = async <R>(label: string, run: () => Promise<R>): Promise<R> => {
    const start = performance.now();
    try {
      return await run();
    } finally {
      const end = performance.now();
      calls.push({ label, startMs: start - origin(), ms: end - start });
      performance.measure(label, { start, end });
    }
  };
  return {
    query: <T extends object = Row>(sql: string) =>
      time(statementLabel(sql), () => inner.query<T>(sql)),
    queryColumns: (sql: string): Promise<ColumnTable> =>
      time(statementLabel(sql), () => inner.queryColumns(sql)),
    exec: (sql: string) => time(statementLabel(sql), () => inner.exec(sql)),
    registerText: (name: string, text: string) =>
      time(`register text ${name}`, () => inner.registerText(name, text)),
    registerFile: (name: string, file: File) =>
      time('register file', () => {
        if (!inner.registerFile) throw new Error('registerFile absent de ce connecteur');
        return inner.registerFile(name, file);
      }),
    dropFile: (name: string) => time('drop file', () => inner.dropFile(name)),
    close: () => inner.close(),
  };
}
