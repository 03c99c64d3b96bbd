/**
 * `Connector.queryColumns` on both Node connectors (native DuckDB and DuckDB-WASM): every value of
 * the columnar result equals the row `query` gives for the same SQL (numbers in typed arrays, NULL
 * kept as null, codes as strings), on typed scalars and on the commune indicators the app keeps.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/db/load-dataset';
import type { NodeConnector } from '../../src/db/node-connector';
import { buildCommuneIndicatorsSql } from '../../src/db/sql';
import { NODE_CONNECTORS } from '../support/connectors';
import { tinyDataset } from './tiny-dataset';

const TYPED_SQL = `SELECT * FROM (VALUES
  ('01001', 1::INTEGER, 3::BIGINT, 1.25::DECIMAL(5, 2), 0.5::DOUBLE, true, [1, 2], {'a': 1::BIGINT}),
  ('2A004', NULL, NULL, NULL, 'NaN'::DOUBLE, NULL, NULL, NULL),
  (NULL, -7, 9007199254740993::HUGEINT, -0.01, -0.0, false, [], {'a': NULL})
) AS t(code, n, big, dec, dbl, flag, list, struct)`;

describe.each(NODE_CONNECTORS)('queryColumns ($name)', ({ create }) => {
  let conn: NodeConnector;

  beforeAll(async () => {
    conn = await create();
    await loadDataset(conn, tinyDataset());
  });

  afterAll(async () => {
    await conn.close();
  });

  it('gives the values of query for every type, NULL as null, codes as strings', async () => {
    const table = await conn.queryColumns(TYPED_SQL);
    expect(table.names).toEqual(['code', 'n', 'big', 'dec', 'dbl', 'flag', 'list', 'struct']);
    expect(table.toRows()).toStrictEqual(await conn.query(TYPED_SQL));
    expect(table.string('code', 0)).toBe('01001');
    expect(table.value('code', 2)).toBeNull();
    expect(table.number('n', 1)).toBeNull();
    expect(table.number('dec', 0)).toBe(1.25);
    expect(table.number('dbl', 1)).toBeNaN();
    expect(table.column('big')?.kind).toBe('number');
    expect(table.column('flag')?.kind).toBe('boolean');
  });

  it('keeps the commune indicators by column, equal to the rows the app used to keep', async () => {
    const sql = buildCommuneIndicatorsSql();
    const table = await conn.queryColumns(sql);
    const rows = await conn.query(sql);
    expect(table.numRows).toBe(rows.length);
    expect(table.toRows()).toStrictEqual(rows);
    expect(table.column('code')?.kind).toBe('string');
    expect(table.string('code', 0)).toBe('01001');
    expect(table.column('population')?.kind).toBe('number');
  });

  it('keeps a column that is NULL everywhere (a layer not loaded) as null, never 0', async () => {
    const table = await conn.queryColumns(
      "SELECT code, CASE WHEN false THEN 1 END AS gp FROM communes WHERE code = '01001'",
    );
    expect(table.column('gp')).toEqual({ kind: 'null' });
    expect(table.row(0)).toStrictEqual({ code: '01001', gp: null });
  });

  it('keeps the column names of an empty result', async () => {
    const table = await conn.queryColumns('SELECT code, population FROM communes WHERE false');
    expect(table.numRows).toBe(0);
    expect(table.names).toEqual(['code', 'population']);
    expect(table.toRows()).toEqual([]);
  });
});
