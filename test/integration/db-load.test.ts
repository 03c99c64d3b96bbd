/**
 * Loading typed records into a real DuckDB, native and WASM: types, codes, CSV round trip.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeConnector } from '../../src/db/node-connector';
import { loadDataset, type LoadedCounts } from '../../src/db/load-dataset';
import { QueryError } from '../../src/db/query-error';
import { buildLoadCsvSql, TABLES, type TableName } from '../../src/db/schema';
import { toCsvChunks } from '../../src/db/csv-writer';
import { NODE_CONNECTORS } from '../support/connectors';
import { tinyDataset } from './tiny-dataset';

describe.each(NODE_CONNECTORS)('$name', ({ create }) => {
  let conn: NodeConnector;
  let counts: LoadedCounts;

  beforeAll(async () => {
    conn = await create();
    counts = await loadDataset(conn, tinyDataset());
  });

  afterAll(async () => {
    await conn.close();
  });

  describe('loadDataset', () => {
    it('loads every record of every table', () => {
      const dataset = tinyDataset();
      expect(counts).toEqual({
        communes: dataset.communes.length,
        population: dataset.population.length,
        professionals: dataset.professionals.length,
        establishments: dataset.establishments.length,
        stays: dataset.stays.length,
        pmsi_zones: dataset.pmsiZones.length,
        perimeters: dataset.perimeters.length,
      });
    });

    it('creates every table with the declared column names and types', async () => {
      for (const table of Object.keys(TABLES) as TableName[]) {
        const described = await conn.query<{ column_name: string; column_type: string }>(
          `DESCRIBE ${table}`,
        );
        expect(described.map((c) => [c.column_name, c.column_type])).toEqual(
          TABLES[table].map((c) => [c.name, c.type]),
        );
      }
    });

    it('keeps codes as strings with their leading zeros', async () => {
      const communes = await conn.query<{ code: string; dep: string }>(
        'SELECT code, dep FROM communes ORDER BY code',
      );
      expect(communes.map((c) => c.code)).toEqual([
        '01001',
        '01002',
        '01003',
        '01004',
        '01005',
        '2A004',
      ]);
      expect(communes.every((c) => typeof c.code === 'string' && typeof c.dep === 'string')).toBe(
        true,
      );
      const [e] = await conn.query<{ finess_et: string; finess_ej: string; category_code: string }>(
        "SELECT finess_et, finess_ej, category_code FROM establishments WHERE finess_et = '010000024'",
      );
      expect(e).toEqual({ finess_et: '010000024', finess_ej: '010780054', category_code: '355' });
      expect(typeof e?.finess_et).toBe('string');
      const people = await conn.query<{ person_id: string }>(
        'SELECT DISTINCT person_id FROM professionals ORDER BY 1 LIMIT 1',
      );
      expect(people[0]?.person_id).toBe('010001');
      const zones = await conn.query<{ postal_code: string }>(
        'SELECT postal_code FROM pmsi_zones ORDER BY 1 LIMIT 1',
      );
      expect(zones[0]?.postal_code).toBe('01400');
    });

    it('round-trips names with commas, quotes and newlines, and keeps "" distinct from NULL', async () => {
      const [c] = await conn.query<{ name: string; postal_codes: string | null }>(
        "SELECT name, postal_codes FROM communes WHERE code = '01003'",
      );
      expect(c?.name).toBe('Ambérieu, "en"\nBugey');
      const [noPostal] = await conn.query<{ postal_codes: string | null; epci: string | null }>(
        "SELECT postal_codes, epci FROM communes WHERE code = '01005'",
      );
      expect(noPostal?.postal_codes).toBe('');
      const [corsica] = await conn.query<{ epci: string | null }>(
        "SELECT epci FROM communes WHERE code = '2A004'",
      );
      expect(corsica?.epci).toBeNull();
      const [e] = await conn.query<{ name: string; category_label: string; lon: number | null }>(
        "SELECT name, category_label, lon FROM establishments WHERE finess_et = '010000032'",
      );
      expect(e).toEqual({ name: 'Clinique', category_label: '', lon: null });
    });

    it('computes is_gp from code or label, and stays.masked from a null count', async () => {
      const gps = await conn.query<{ person_id: string }>(
        'SELECT DISTINCT person_id FROM professionals WHERE is_gp ORDER BY 1',
      );
      expect(gps.map((g) => g.person_id)).toEqual(['010001', '010002', '010010']);
      const masked = await conn.query<{ stays: number | null; masked: boolean }>(
        'SELECT stays, masked FROM stays WHERE masked',
      );
      expect(masked).toEqual([{ stays: null, masked: true }]);
    });

    it('stores area and an inside point computed with Turf', async () => {
      const [c] = await conn.query<{
        area_km2: number;
        centroid_lon: number;
        centroid_lat: number;
      }>("SELECT area_km2, centroid_lon, centroid_lat FROM communes WHERE code = '01001'");
      expect(c?.area_km2).toBeGreaterThan(0.85);
      expect(c?.area_km2).toBeLessThan(0.87);
      expect(c?.centroid_lon).toBeCloseTo(5.005, 9);
      expect(c?.centroid_lat).toBeCloseTo(46.005, 9);
    });

    it('stores the population carried by a contour file, NULL when the contour has none', async () => {
      const own = await create();
      const communes = tinyDataset().communes.map((c, i) => ({
        ...c,
        population: i === 0 ? 1234 : null,
      }));
      await loadDataset(own, { communes });
      const rows = await own.query<{ code: string; population: number | null }>(
        "SELECT code, population FROM communes WHERE code IN ('01001', '01002') ORDER BY code",
      );
      await own.close();
      expect(rows).toEqual([
        { code: '01001', population: 1234 },
        { code: '01002', population: null },
      ]);
    });

    it('stores the area and point a record carries (computed by the import worker) as given', async () => {
      const own = await create();
      const communes = tinyDataset().communes.map((c, i) =>
        i === 0 ? { ...c, metrics: { areaKm2: 12.5, centroidLon: 5.001, centroidLat: 46.002 } } : c,
      );
      await loadDataset(own, { communes });
      const rows = await own.query<{ code: string; area_km2: number; centroid_lon: number }>(
        "SELECT code, area_km2, centroid_lon FROM communes WHERE code IN ('01001', '01002') ORDER BY code",
      );
      await own.close();
      expect(rows[0]).toEqual({ code: '01001', area_km2: 12.5, centroid_lon: 5.001 });
      // Without metrics the record's own geometry is measured (Turf), as before.
      expect(rows[1]?.area_km2).not.toBe(12.5);
      expect(rows[1]?.area_km2).toBeGreaterThan(0);
    });

    it('leaves absent tables untouched and empties a table given as []', async () => {
      await loadDataset(conn, { perimeters: [] });
      const [p] = await conn.query<{ n: number }>('SELECT count(*) AS n FROM perimeters');
      const [c] = await conn.query<{ n: number }>('SELECT count(*) AS n FROM communes');
      expect(p?.n).toBe(0);
      expect(c?.n).toBe(6);
      await loadDataset(conn, { perimeters: tinyDataset().perimeters });
    });
  });

  describe('buildLoadCsvSql', () => {
    it('reads codes-only CSV as VARCHAR even when they look like numbers', async () => {
      const [chunk] = toCsvChunks(
        ['zone_code', 'postal_code'],
        [
          ['01000', '01000'],
          ['2A004', '00123'],
        ],
      );
      await conn.registerText('codes.csv', chunk?.text ?? '');
      await conn.exec(
        buildLoadCsvSql('pmsi_zones', 'codes.csv').replace('TABLE pmsi_zones', 'TABLE codes_test'),
      );
      const described = await conn.query<{ column_name: string; column_type: string }>(
        'DESCRIBE codes_test',
      );
      expect(described.map((d) => d.column_type)).toEqual(['VARCHAR', 'VARCHAR']);
      const rows = await conn.query<{ zone_code: string; postal_code: string }>(
        'SELECT * FROM codes_test ORDER BY zone_code',
      );
      expect(rows).toEqual([
        { zone_code: '01000', postal_code: '01000' },
        { zone_code: '2A004', postal_code: '00123' },
      ]);
      await conn.exec('DROP TABLE codes_test');
      await conn.dropFile('codes.csv');
    });

    it('declares every type of a table in read_csv', () => {
      const sql = buildLoadCsvSql('stays', ['a.csv', "b'c.csv"]);
      expect(sql).toContain("read_csv(['a.csv', 'b''c.csv']");
      expect(sql).toContain(
        "columns = {'zone_code': 'VARCHAR', 'finess': 'VARCHAR', 'stays': 'INTEGER', " +
          "'masked': 'BOOLEAN', 'year': 'INTEGER', 'field': 'VARCHAR', 'zone_kind': 'VARCHAR'}",
      );
      expect(sql).not.toContain('max_line_size');
    });

    it('loads a commune whose line exceeds DuckDB’s 2 MB default', async () => {
      const postalCodes = Array.from({ length: 360_000 }, (_, i) => String(i).padStart(5, '0'));
      const [chunk] = toCsvChunks(
        TABLES.communes.map((c) => c.name),
        [['01999', 'Grande', '01', null, null, postalCodes.join(';'), null, 1, 5, 46]],
      );
      expect(chunk?.maxLineBytes).toBeGreaterThan(2_000_000);
      await conn.registerText('big.csv', chunk?.text ?? '');
      const sql = buildLoadCsvSql('communes', 'big.csv', { maxLineBytes: chunk?.maxLineBytes });
      await conn.exec(sql.replace('TABLE communes', 'TABLE big_test'));
      const [row] = await conn.query<{ code: string; n: number }>(
        'SELECT code, length(postal_codes) AS n FROM big_test',
      );
      expect(row).toEqual({ code: '01999', n: postalCodes.join(';').length });
      await conn.exec('DROP TABLE big_test');
      await conn.dropFile('big.csv');
    });
  });

  describe('rows and errors', () => {
    it('returns BIGINT, HUGEINT and DECIMAL as JS numbers, also inside lists and structs', async () => {
      const [row] = await conn.query<Record<string, unknown>>(
        'SELECT 3::BIGINT AS b, (-12)::HUGEINT AS h, -1.25::DECIMAL(5,2) AS d, ' +
          '0.005::DECIMAL(30,3) AS d30, sum(2) AS s2, [1::BIGINT, 2] AS l, ' +
          "[1.5::DECIMAL(4,1)] AS ld, {'a': 1::BIGINT, 'd': 2.5::DECIMAL(4,1)} AS s, NULL AS n",
      );
      expect(row).toEqual({
        b: 3,
        h: -12,
        d: -1.25,
        d30: 0.005,
        s2: 2,
        l: [1, 2],
        ld: [1.5],
        s: { a: 1, d: 2.5 },
        n: null,
      });
    });

    it('wraps failures in a QueryError that keeps the SQL', async () => {
      const sql = 'SELECT * FROM no_such_table';
      const error = await conn.query(sql).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(QueryError);
      expect((error as QueryError).sql).toBe(sql);
      expect((error as QueryError).message).toContain('no_such_table');
    });
  });
});
