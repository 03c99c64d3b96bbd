import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNativeConnector } from './native-connector';
import type { NodeConnector } from './node-connector';
import { QueryError } from './query-error';

/** The real path DuckDB read for the registered `name` (`filename = true`). */
async function realPath(conn: NodeConnector, name: string): Promise<string> {
  const [row] = await conn.query<{ filename: string }>(
    `SELECT filename FROM read_csv('${name}', all_varchar = true, filename = true) LIMIT 1`,
  );
  return row?.filename ?? '';
}

describe('native connector: registered files', () => {
  let conn: NodeConnector;
  let userDir: string;
  beforeAll(async () => {
    conn = await createNativeConnector();
    userDir = fs.mkdtempSync(path.join(os.tmpdir(), 'perimetre-test-'));
  });
  afterAll(async () => {
    await conn.close();
    fs.rmSync(userDir, { recursive: true, force: true });
  });

  it('reads a registered text as UTF-8 and deletes its temporary file on dropFile', async () => {
    await conn.registerText('communes.csv', 'code,nom\n01001,Saint-Lô\n2A004,Ajaccio\n');
    const rows = await conn.query(
      "SELECT * FROM read_csv('communes.csv', header = true, all_varchar = true)",
    );
    expect(rows).toEqual([
      { code: '01001', nom: 'Saint-Lô' },
      { code: '2A004', nom: 'Ajaccio' },
    ]);
    const file = await realPath(conn, 'communes.csv');
    expect(fs.readFileSync(file, 'utf8')).toContain('Saint-Lô');
    await conn.dropFile('communes.csv');
    expect(fs.existsSync(file)).toBe(false);
    await conn.dropFile('communes.csv'); // unknown name: no error
  });

  it('replaces the content of a name registered twice, without leaving the old file', async () => {
    await conn.registerText('n.csv', 'n\n1\n');
    const first = await realPath(conn, 'n.csv');
    await conn.registerText('n.csv', 'n\n2\n');
    expect(
      await conn.query("SELECT * FROM read_csv('n.csv', header = true, all_varchar = true)"),
    ).toEqual([{ n: '2' }]);
    expect(fs.existsSync(first)).toBe(false);
    await conn.dropFile('n.csv');
  });

  it('reads a local file in place under another name, and never deletes it', async () => {
    const file = path.join(userDir, 'PS_LibreAcces_Personne_activite.txt');
    fs.writeFileSync(file, 'Code commune|Nom|\n01001|Ambérieu|\n');
    await conn.registerLocalFile('rpps.txt', file);
    const rows = await conn.query(
      "SELECT \"Code commune\" AS code FROM read_csv('rpps.txt', delim = '|', header = true, all_varchar = true)",
    );
    expect(rows).toEqual([{ code: '01001' }]);
    expect(await realPath(conn, 'rpps.txt')).toBe(file);
    await conn.dropFile('rpps.txt');
    expect(fs.existsSync(file)).toBe(true);
  });

  it('names the registered file, not its temporary path, in a QueryError', async () => {
    await conn.registerText('bad.csv', 'n\nx\n');
    const sql =
      "SELECT * FROM read_csv('bad.csv', columns = {'n': 'INTEGER'}, header = true, auto_detect = false)";
    const error = await conn.query(sql).catch((e: unknown) => e);
    await conn.dropFile('bad.csv');
    expect(error).toBeInstanceOf(QueryError);
    expect((error as QueryError).sql).toBe(sql);
    expect((error as QueryError).message).toContain('file = bad.csv');
    expect((error as QueryError).message).not.toContain(os.tmpdir());
  });

  it('leaves comments alone and runs several statements in one exec', async () => {
    await conn.registerText('a.csv', 'n\n5\n');
    await conn.exec(
      "-- l'import de a.csv\nCREATE TABLE t AS SELECT * FROM read_csv('a.csv'); INSERT INTO t VALUES (6)",
    );
    expect(await conn.query('SELECT sum(n) AS s FROM t')).toEqual([{ s: 11 }]);
    await conn.dropFile('a.csv');
  });
});

describe('native connector: order of calls', () => {
  it('runs calls in the order they were made, even when not awaited one by one', async () => {
    const conn = await createNativeConnector();
    const registered = conn.registerText('q.csv', 'n\n7\n');
    const rows = conn.query("SELECT n FROM read_csv('q.csv', header = true)");
    const dropped = conn.dropFile('q.csv');
    await registered;
    expect(await rows).toEqual([{ n: 7 }]);
    await dropped;
    await expect(conn.query("SELECT * FROM read_csv('q.csv')")).rejects.toBeInstanceOf(QueryError);
    await conn.close();
  });
});

describe('native connector: closing', () => {
  it('removes every temporary file and refuses queries afterwards', async () => {
    const conn = await createNativeConnector();
    await conn.registerText('kept.csv', 'n\n1\n');
    const dir = path.dirname(await realPath(conn, 'kept.csv'));
    expect(fs.existsSync(dir)).toBe(true);
    await conn.close();
    expect(fs.existsSync(dir)).toBe(false);
    await expect(conn.query('SELECT 1')).rejects.toBeInstanceOf(QueryError);
    await conn.close(); // twice: no error
  });
});
