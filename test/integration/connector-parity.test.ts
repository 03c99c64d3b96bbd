/**
 * Native DuckDB and DuckDB-WASM give the same answers: the embedded demo goes through the one
 * import path into each connector (plus stays of an unknown zone), then every read of the app and the CLI (flow inputs, territory
 * input, access inputs, loaded codes, map and summary SQL) must return strictly equal values, as
 * must typed scalar values and error messages.
 */
import type { CodedGeometry } from '../../src/core/geo/dissolve-communes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadInputsIntoDuckDb } from '../../src/cli/load-inputs';
import { loadFlowInputs } from '../../src/db/flow-inputs';
import { queryLoadedCodes } from '../../src/db/known-data';
import { loadAccessInputs } from '../../src/db/load-access-inputs';
import {
  createNodeConnector,
  createWasmNodeConnector,
  type NodeConnector,
} from '../../src/db/node-connector';
import {
  buildAllocationSummarySql,
  buildAreaTotalsSql,
  buildCommuneIndicatorsSql,
  buildCommuneStaysSql,
  buildDatasetSummarySql,
  buildDepartmentTotalsSql,
  buildLoadedLayersSql,
  buildStayAllocationSql,
  buildUnallocatedStaysSql,
} from '../../src/db/sql';
import { buildAccessProfessionsSql } from '../../src/db/sql/access-inputs';
import { queryTerritoryInput } from '../../src/db/territory-input';

let native: NodeConnector;
let wasm: NodeConnector;
let contours: CodedGeometry[];

/** Stays of a residence zone that no commune has, so that the unallocated SQL has rows. */
const UNKNOWN_ZONE_STAYS =
  "INSERT INTO stays VALUES ('99999', '960000001', 12, false, 2023, 'MCO', NULL), " +
  "('99999', '960000002', NULL, true, 2023, 'MCO', NULL)";

beforeAll(async () => {
  const loaded = await loadInputsIntoDuckDb([], {}, createNodeConnector);
  native = loaded.conn;
  contours = loaded.contours;
  wasm = (await loadInputsIntoDuckDb([], {}, createWasmNodeConnector)).conn;
  for (const conn of [native, wasm]) await conn.exec(UNKNOWN_ZONE_STAYS);
});

afterAll(async () => {
  await native?.close();
  await wasm?.close();
});

/**
 * Relative gap tolerated between two non-integer numbers: native DuckDB sums doubles on several
 * threads, in an order that changes from run to run (e.g. 5648.022448057178 then …182 km²), while
 * DuckDB-WASM sums on one; 1e-12 is far below any figure shown and far above that last-digit noise.
 */
const FLOAT_GAP = 1e-12;

/** `value` where each non-integer number within FLOAT_GAP of the same place in `like` is `like`'s. */
function alignFloats(value: unknown, like: unknown): unknown {
  if (typeof value === 'number' && typeof like === 'number') {
    const gap = Math.abs(value - like) / Math.max(Math.abs(value), Math.abs(like));
    return !Number.isInteger(value) && gap <= FLOAT_GAP ? like : value;
  }
  if (Array.isArray(value) && Array.isArray(like)) {
    return value.map((item, i) => alignFloats(item, like[i]));
  }
  if (value && like && typeof value === 'object' && typeof like === 'object') {
    if (Object.getPrototypeOf(value) !== Object.prototype) return value;
    const record = like as Record<string, unknown>;
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, alignFloats(item, record[key])]),
    );
  }
  return value;
}

/** Runs `read` on both connectors; the two results must be equal (strictly, but FLOAT_GAP). */
async function same<T>(read: (conn: NodeConnector) => Promise<T>): Promise<T> {
  const fromNative = await read(native);
  const fromWasm = await read(wasm);
  expect(alignFloats(fromNative, fromWasm)).toStrictEqual(fromWasm);
  return fromNative;
}

const LITERAL_SQL = {
  'indicateurs communaux': buildCommuneIndicatorsSql(),
  'synthèse des données': buildDatasetSummarySql(),
  'couches chargées': buildLoadedLayersSql(),
  'totaux par département': buildDepartmentTotalsSql(),
  'totaux d’une zone': buildAreaTotalsSql(['96001', '96002', '96003']),
  'répartition des zones PMSI': buildStayAllocationSql(),
  'séjours par commune': buildCommuneStaysSql(),
  'séjours MCO 2023 par commune': buildCommuneStaysSql({ year: 2023, field: 'MCO' }),
  'zones non réparties': buildUnallocatedStaysSql(),
  'méthodes de répartition': buildAllocationSummarySql(),
  'professions de l’accès': buildAccessProfessionsSql(),
};

describe('the same SQL on the demo gives the same rows', () => {
  it.each(Object.entries(LITERAL_SQL))('%s', async (_label, sql) => {
    const rows = await same((conn) => conn.query(sql));
    expect(rows.length).toBeGreaterThan(0);
  });

  it('flow inputs (all stays and MCO 2023)', async () => {
    const all = await same((conn) => loadFlowInputs(conn));
    expect(all.communeFlows.length).toBeGreaterThan(0);
    expect(all.zoneFlows.some((f) => f.stays === null)).toBe(true);
    await same((conn) => loadFlowInputs(conn, { year: 2023, field: 'MCO' }));
  });

  it('territory input and geometries', async () => {
    const { input, geometries } = await same((conn) => queryTerritoryInput(conn, contours));
    expect(geometries).toHaveLength(352);
    expect(input.communes).toHaveLength(352);
  });

  it('access inputs of GPs and nurses', async () => {
    const gp = await same((conn) => loadAccessInputs(conn, 'gp'));
    expect(gp.activities.length).toBeGreaterThan(0);
    await same((conn) => loadAccessInputs(conn, '60'));
  });

  it('codes already loaded', async () => {
    const known = await same((conn) => queryLoadedCodes(conn));
    expect(Object.values(known).some((codes) => codes.length > 0)).toBe(true);
  });
});

describe('the same values and errors', () => {
  it('converts numbers, dates, lists, structs and maps alike', async () => {
    const [row] = await same((conn) =>
      conn.query(
        "SELECT DATE '2024-03-05' AS d, TIMESTAMP '2024-03-05 10:11:12.345678' AS ts, " +
          "TIMESTAMPTZ '2024-03-05 10:11:12+02' AS tstz, TIME '10:11:12' AS t, " +
          "TIMESTAMP_S '2024-03-05 10:11:12' AS ts_s, TIMESTAMP_MS '2024-03-05 10:11:12.345' AS ts_ms, " +
          "DATE '1960-01-01' AS old, 0.1::FLOAT AS f, 2::UBIGINT AS ub, 9007199254740993::BIGINT AS big, " +
          '12345678901234567890.12::DECIMAL(38,2) AS d38, avg(3) AS mean, ' +
          "MAP {'a': 1} AS m, [NULL, 'x'] AS l, {'a': NULL, 'b': [1.5::DECIMAL(3,1)]} AS s, " +
          "[DATE '2024-01-01'] AS ld, 'a'::ENUM('a', 'b') AS e, 'x'::BLOB AS bytes, " +
          "uuid '00000000-0000-0000-0000-000000000001' AS id, 'nan'::DOUBLE AS nan, 1 AS dup, 2 AS dup",
      ),
    );
    expect(row).toMatchObject({ d: Date.UTC(2024, 2, 5), ts: 1709633472345.678, t: 36672e6 });
    expect(row).toMatchObject({ m: { a: 1 }, s: { a: null, b: [1.5] }, dup: 2 });
  });

  it.each([
    ['a missing table', 'SELECT * FROM no_such_table'],
    ['a syntax error', 'SELEC 1'],
    ['a missing file', "SELECT * FROM read_csv('absent.csv')"],
    [
      'a bad value in a registered file',
      "SELECT * FROM read_csv('bad.csv', columns = {'n': 'INTEGER'}, header = true, auto_detect = false)",
    ],
  ])('gives the same QueryError message for %s', async (_label, sql) => {
    const message = async (conn: NodeConnector) => {
      await conn.registerText('bad.csv', 'n\nx\n');
      const error = await conn.query(sql).catch((e: unknown) => e);
      await conn.dropFile('bad.csv');
      return { name: (error as Error).name, message: (error as Error).message };
    };
    const { name } = await same(message);
    expect(name).toBe('QueryError');
  });
});
