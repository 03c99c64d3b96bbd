import { describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/db/connector';
import { ColumnTable } from '../../../src/db/column-table';
import { statementLabel, timedConnector, type TimedCall } from './timed-connector';

/** A connector that answers each statement with its text, and fails on `FAIL`. */
function fakeConnector(seen: string[]): Connector {
  return {
    query: <T extends object>(sql: string) => {
      seen.push(sql);
      if (sql === 'FAIL') return Promise.reject(new Error('refusé'));
      return Promise.resolve([{ sql }] as unknown as T[]);
    },
    queryColumns: (sql) => {
      seen.push(sql);
      return Promise.resolve(new ColumnTable(0, []));
    },
    exec: (sql) => {
      seen.push(sql);
      return Promise.resolve();
    },
    registerText: (name) => {
      seen.push(`text ${name}`);
      return Promise.resolve();
    },
    dropFile: (name) => {
      seen.push(`drop ${name}`);
      return Promise.resolve();
    },
    close: () => Promise.resolve(),
  };
}

describe('statementLabel', () => {
  it('keeps the first line, without handle numbers nor listed values', () => {
    expect(statementLabel('CREATE OR REPLACE TEMP TABLE direct_lines_12_typed AS\nSELECT 1')).toBe(
      'CREATE OR REPLACE TEMP TABLE lines_typed AS',
    );
    expect(statementLabel("INSERT INTO direct_lines_3_zone VALUES ('50100', NULL)")).toBe(
      'INSERT INTO lines_zone VALUES …',
    );
  });
});

describe('timedConnector', () => {
  it('passes every call on and records one timed call per call, failures included', async () => {
    const seen: string[] = [];
    const calls: TimedCall[] = [];
    const conn = timedConnector(fakeConnector(seen), calls, () => 0);
    expect(await conn.query('SELECT 1 AS n')).toEqual([{ sql: 'SELECT 1 AS n' }]);
    await conn.exec('CREATE TABLE t (a INTEGER)');
    await conn.dropFile('a.csv');
    await expect(conn.query('FAIL')).rejects.toThrow('refusé');
    expect(seen).toEqual(['SELECT 1 AS n', 'CREATE TABLE t (a INTEGER)', 'drop a.csv', 'FAIL']);
    expect(calls.map((c) => c.label)).toEqual([
      'SELECT 1 AS n',
      'CREATE TABLE t (a INTEGER)',
      'drop file',
      'FAIL',
    ]);
    for (const c of calls) expect(c.ms).toBeGreaterThanOrEqual(0);
  });

  it('refuses a file registration when the inner connector has none (Node connectors)', async () => {
    const calls: TimedCall[] = [];
    const conn = timedConnector(fakeConnector([]), calls, () => 0);
    await expect(conn.registerFile?.('a.csv', {} as File)).rejects.toThrow('registerFile absent');
    expect(calls.map((c) => c.label)).toEqual(['register file']);
  });
});
