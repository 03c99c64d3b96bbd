/**
 * The SQL builders on a real DuckDB, native and WASM, checked against values computed by hand
 * (tiny-dataset.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  analyseTerritory,
  buildTerritoryContext,
} from '../../src/core/territory/analyse-territory';
import type { Dataset } from '../../src/core/types';
import { loadDataset } from '../../src/db/load-dataset';
import type { NodeConnector } from '../../src/db/node-connector';
import { buildLatestPopulationSql } from '../../src/db/sql/latest-population';
import { buildLoadedLayersSql, type LoadedLayersRow } from '../../src/db/sql/loaded-layers';
import { queryTerritoryInput } from '../../src/db/territory-input';
import {
  buildAreaTotalsSql,
  buildCommuneIndicatorsSql,
  buildCommuneStaysSql,
  buildDatasetSummarySql,
  buildDepartmentTotalsSql,
  buildStayAllocationSql,
  buildUnallocatedStaysSql,
  type AreaTotalsRow,
  type CommuneIndicatorRow,
  type CommuneStaysRow,
  type DatasetSummaryRow,
  type StayAllocationRow,
  type UnallocatedStaysRow,
} from '../../src/db/sql';
import { NODE_CONNECTORS } from '../support/connectors';
import { sphericalRectangleKm2, tinyDataset } from './tiny-dataset';

describe.each(NODE_CONNECTORS)('$name', ({ create }) => {
  let conn: NodeConnector;

  beforeAll(async () => {
    conn = await create();
    await loadDataset(conn, tinyDataset());
  });

  afterAll(async () => {
    await conn.close();
  });

  async function communeIndicators(): Promise<Map<string, CommuneIndicatorRow>> {
    const rows = await conn.query<CommuneIndicatorRow>(buildCommuneIndicatorsSql());
    return new Map(rows.map((r) => [r.code, r]));
  }

  describe('buildCommuneIndicatorsSql', () => {
    it('returns one row per commune, codes as strings with leading zeros', async () => {
      const rows = await conn.query<CommuneIndicatorRow>(buildCommuneIndicatorsSql());
      expect(rows.map((r) => r.code)).toEqual([
        '01001',
        '01002',
        '01003',
        '01004',
        '01005',
        '2A004',
      ]);
      for (const r of rows) {
        expect(typeof r.code).toBe('string');
        expect(typeof r.dep).toBe('string');
      }
      expect(rows[0]?.epci).toBe('200069193');
    });

    it('takes the latest population and the age shares of the latest vintage with ages', async () => {
      const c = (await communeIndicators()).get('01001');
      expect(c?.population).toBe(1000);
      expect(c?.population_year).toBe(2021);
      expect(c?.share_0014).toBeCloseTo(0.15, 12);
      expect(c?.share_60p).toBeCloseTo(0.3, 12);
      expect(c?.share_75p).toBeCloseTo(0.1, 12);
      const without = (await communeIndicators()).get('01002');
      expect(without?.share_0014).toBeNull();
    });

    it('computes area within 1 % of the exact spherical area, and density', async () => {
      const c = (await communeIndicators()).get('01001');
      const exact = sphericalRectangleKm2(46.0);
      expect(Math.abs((c?.area_km2 ?? 0) / exact - 1)).toBeLessThan(0.01);
      expect(c?.density_km2).toBeCloseTo(1000 / (c?.area_km2 ?? 1), 9);
    });

    it('counts people, not activity rows, once in each commune where they practise', async () => {
      const byCode = await communeIndicators();
      // 01001: P1 (SM54) + P2 (label, two rows) = 2 GPs; + P3 psychiatrist = 3 doctors.
      expect(byCode.get('01001')).toMatchObject({ gp: 2, doctors: 3, physios: 1, nurses: 0 });
      // 01002: P1 again (second place of practice), a nurse, a midwife.
      expect(byCode.get('01002')).toMatchObject({ gp: 1, doctors: 1, nurses: 1, midwives: 1 });
      expect(byCode.get('01003')).toMatchObject({ nurses: 1, dentists: 1, gp: 0 });
      expect(byCode.get('01004')).toMatchObject({ pharmacists: 1 });
      expect(byCode.get('01001')?.establishments).toBe(1);
      expect(byCode.get('01003')?.establishments).toBe(1);
      expect(byCode.get('01002')?.establishments).toBe(0);
    });

    it('computes densities per 10,000 inhabitants, NULL without population', async () => {
      const byCode = await communeIndicators();
      expect(byCode.get('01001')?.gp_per10k).toBeCloseTo(20, 12); // 2 / 1000
      expect(byCode.get('01001')?.doctors_per10k).toBeCloseTo(30, 12); // 3 / 1000
      expect(byCode.get('01002')?.gp_per10k).toBeCloseTo(10000 / 600, 12);
      expect(byCode.get('01003')?.nurses_per10k).toBeCloseTo(25, 12); // 1 / 400
      expect(byCode.get('01004')?.pharmacists_per10k).toBeCloseTo(50, 12); // 1 / 200
      expect(byCode.get('01003')?.gp_per10k).toBe(0);
      const noPopulation = byCode.get('01005');
      expect(noPopulation).toMatchObject({
        population: null,
        population_year: null,
        density_km2: null,
        gp: 1,
        gp_per10k: null,
      });
    });
  });

  describe('commune contours', () => {
    it('are not stored in DuckDB: the table keeps area and centroid only', async () => {
      const columns = await conn.query<{ column_name: string }>(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'communes'",
      );
      expect(columns.map((c) => c.column_name)).not.toContain('geometry');
      const [row] = await conn.query<{ area_km2: number; centroid_lon: number }>(
        "SELECT area_km2, centroid_lon FROM communes WHERE code = '01001'",
      );
      expect(row?.area_km2).toBeGreaterThan(0);
      expect(row?.centroid_lon).not.toBeNull();
    });

    it('reach the territory input from the caller, by code, in code order', async () => {
      const communes = tinyDataset().communes;
      const stray = {
        code: '99999',
        geometry: communes[0]?.geometry ?? { type: 'Polygon', coordinates: [] },
      };
      const { geometries } = await queryTerritoryInput(conn, [stray, ...[...communes].reverse()]);
      expect(geometries.map((g) => g.code)).toEqual(communes.map((c) => c.code).sort());
      expect(geometries[0]?.geometry).toEqual(
        communes.find((c) => c.code === geometries[0]?.code)?.geometry,
      );
    });
  });

  describe('buildAreaTotalsSql', () => {
    it('counts distinct people over the area (a person in two of its communes counts once)', async () => {
      const [t] = await conn.query<AreaTotalsRow>(buildAreaTotalsSql(['01001', '01002']));
      // Sum of the commune GP counts would be 3; P1 practises in both communes.
      expect(t).toMatchObject({
        communes: 2,
        communes_with_population: 2,
        population: 1600,
        gp: 2,
        doctors: 3,
        nurses: 1,
        establishments: 1,
      });
      expect(t?.gp_per10k).toBeCloseTo(12.5, 12); // 2 / 1600
      expect(t?.area_km2).toBeCloseTo(2 * sphericalRectangleKm2(46.0), 2);
    });

    it('returns one row with zero counts and NULL population for an empty area', async () => {
      const rows = await conn.query<AreaTotalsRow>(buildAreaTotalsSql([]));
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ communes: 0, population: null, gp: 0, gp_per10k: null });
    });

    it('covers all loaded communes when no code is given', async () => {
      const [t] = await conn.query<AreaTotalsRow>(buildAreaTotalsSql());
      expect(t).toMatchObject({
        communes: 6,
        communes_with_population: 5,
        population: 2300,
        gp: 3,
      });
    });

    it('escapes codes (no SQL injection through a code)', async () => {
      const [t] = await conn.query<AreaTotalsRow>(buildAreaTotalsSql(["01001') OR (1=1"]));
      expect(t?.population).toBeNull();
    });

    it('gives département reference values', async () => {
      const rows = await conn.query<AreaTotalsRow & { dep: string }>(buildDepartmentTotalsSql());
      expect(rows.map((r) => [r.dep, r.communes, r.population, r.gp])).toEqual([
        ['01', 5, 2200, 3],
        ['2A', 1, 100, 0],
      ]);
      expect(rows[0]?.gp_per10k).toBeCloseTo(30000 / 2200, 12);
    });
  });

  describe('buildStayAllocationSql', () => {
    it('allocates zones to communes pro rata of population through postal codes', async () => {
      const rows = await conn.query<StayAllocationRow>(buildStayAllocationSql());
      const weights = rows.map((r) => [r.zone_code, r.commune_code, r.method, r.weight]);
      expect(weights).toEqual([
        ['01003', '01003', 'commune-code', 1],
        ['01500', '01002', 'pmsi-zone', expect.closeTo(3 / 7, 12)],
        ['01500', '01003', 'pmsi-zone', expect.closeTo(4 / 7, 12)],
        ['01C01', '01001', 'pmsi-zone', expect.closeTo(1000 / 1500, 12)],
        ['01C01', '01002', 'pmsi-zone', expect.closeTo(300 / 1500, 12)],
        ['01C01', '01004', 'pmsi-zone', expect.closeTo(200 / 1500, 12)],
      ]);
      expect(rows.find((r) => r.zone_code === '01C01')?.zone_population).toBe(1500);
    });

    it('gives weights summing to 1 for every zone', async () => {
      const sums = await conn.query<{ zone_code: string; total: number }>(
        `SELECT zone_code, sum(weight) AS total FROM (${buildStayAllocationSql()}) GROUP BY 1`,
      );
      expect(sums).toHaveLength(3);
      for (const s of sums) expect(s.total).toBeCloseTo(1, 12);
    });
  });

  describe('buildCommuneStaysSql', () => {
    async function staysFor(year?: number): Promise<Map<string, CommuneStaysRow>> {
      const rows = await conn.query<CommuneStaysRow>(
        buildCommuneStaysSql(year === undefined ? {} : { year, field: 'MCO' }),
      );
      return new Map(rows.map((r) => [`${r.commune_code}|${r.finess}`, r]));
    }

    it('splits stays by the allocation weights', async () => {
      const byPair = await staysFor(2023);
      expect(byPair.get('01001|010780054')?.stays).toBeCloseTo(100, 9); // 150 × 2/3
      expect(byPair.get('01002|010780054')?.stays).toBeCloseTo(60, 9); // 150 × 0.2 + 70 × 3/7
      expect(byPair.get('01003|010780054')?.stays).toBeCloseTo(40, 9); // 70 × 4/7
      expect(byPair.get('01004|010780054')?.stays).toBeCloseTo(20, 9); // 150 × 2/15
      expect(byPair.get('01003|010000032')?.stays).toBe(30); // zone = commune code
    });

    it('counts masked cells apart and never as 0', async () => {
      const byPair = await staysFor(2023);
      const masked = byPair.get('01001|010000032');
      expect(masked?.stays).toBeNull();
      expect(masked?.masked_cells).toBe(1);
      expect(masked?.masked_weight).toBeCloseTo(2 / 3, 12);
      expect(byPair.get('01004|010000032')?.masked_weight).toBeCloseTo(2 / 15, 12);
      // 01003's stays in 010000032 are known (30): its masked_cells stays 0.
      expect(byPair.get('01003|010000032')).toMatchObject({ masked_cells: 0, masked_weight: 0 });
    });

    it('sums all years without a filter', async () => {
      const byPair = await staysFor();
      expect(byPair.get('01002|010780054')?.stays).toBeCloseTo(75, 9); // 60 + 35 × 3/7
    });

    it('reports zones that match no commune', async () => {
      const rows = await conn.query<UnallocatedStaysRow>(buildUnallocatedStaysSql());
      expect(rows).toEqual([
        { zone_code: '99999', zone_kind: 'pmsi', cells: 1, stays: 12, masked_cells: 0 },
      ]);
    });

    it('keeps total known stays: allocated + unallocated = loaded', async () => {
      const [allocated] = await conn.query<{ total: number }>(
        `SELECT sum(stays) AS total FROM (${buildCommuneStaysSql()})`,
      );
      expect(allocated?.total).toBeCloseTo(150 + 70 + 35 + 30, 9);
    });
  });

  describe('buildDatasetSummarySql', () => {
    it('summarises the loaded tables', async () => {
      const [s] = await conn.query<DatasetSummaryRow>(buildDatasetSummarySql());
      expect(s).toEqual({
        communes: 6,
        population_rows: 6,
        professional_rows: 13,
        establishments: 2,
        stay_rows: 6,
        pmsi_zone_rows: 3,
        perimeter_rows: 3,
        people: 11,
        gp_people: 3,
        professional_rows_without_commune: 1,
        masked_stay_cells: 1,
        known_stays: 150 + 70 + 35 + 30 + 12,
        total_population: 2300,
        communes_without_population: 1,
        communes_with_contour_population: 0,
        perimeters: 2,
      });
    });
  });

  /** A DuckDB loaded with `dataset`, for the blocks that need other tables than the tiny dataset. */
  async function connectorWith(dataset: Partial<Dataset>): Promise<NodeConnector> {
    const c = await create();
    await loadDataset(c, dataset);
    return c;
  }

  /** The tiny communes with a population property on their contours (etalab / geo.api style). */
  function withContourPopulation(populations: Record<string, number>): Dataset['communes'] {
    return tinyDataset().communes.map((c) => ({ ...c, population: populations[c.code] ?? null }));
  }

  type LatestRow = {
    code: string;
    population: number;
    population_year: number | null;
    population_source: string;
  };

  describe('buildLatestPopulationSql: contour population fallback', () => {
    let mixed: NodeConnector;
    beforeAll(async () => {
      // INSEE for every commune but 01005; contours carry 01005 = 250 and a different 01001.
      mixed = await connectorWith({
        ...tinyDataset(),
        communes: withContourPopulation({ '01001': 9999, '01005': 250 }),
      });
    });
    afterAll(async () => {
      await mixed.close();
    });
    const latest = async () =>
      new Map(
        (
          await mixed.query<LatestRow>(
            `WITH lp AS (${buildLatestPopulationSql()}) SELECT * FROM lp ORDER BY code`,
          )
        ).map((r) => [r.code, r]),
      );

    it('uses the contour population of a commune without INSEE population, vintage NULL', async () => {
      expect((await latest()).get('01005')).toMatchObject({
        population: 250,
        population_year: null,
        population_source: 'contours',
      });
    });

    it('keeps the INSEE population when the contour also has one', async () => {
      expect((await latest()).get('01001')).toMatchObject({
        population: 1000,
        population_year: 2021,
        population_source: 'insee',
      });
    });

    it('gives one row per code', async () => {
      const rows = await mixed.query<{ n: number; codes: number }>(
        `WITH lp AS (${buildLatestPopulationSql()}) SELECT count(*) AS n, count(DISTINCT code) AS codes FROM lp`,
      );
      expect(rows[0]).toEqual({ n: 6, codes: 6 });
    });

    it('shows the contour population on the map rows, with its source', async () => {
      const rows = await mixed.query<CommuneIndicatorRow>(buildCommuneIndicatorsSql());
      expect(rows.find((r) => r.code === '01005')).toMatchObject({
        population: 250,
        population_year: null,
        population_source: 'contours',
        gp_per10k: 40, // P10 / 250 inhabitants
      });
    });

    it('counts contour populations in the data summary', async () => {
      const [summary] = await mixed.query<DatasetSummaryRow>(buildDatasetSummarySql());
      expect(summary).toMatchObject({
        total_population: 2550,
        communes_without_population: 0,
        communes_with_contour_population: 1,
      });
    });
  });

  describe('contour population only (no INSEE file)', () => {
    let contoursOnly: NodeConnector;
    beforeAll(async () => {
      contoursOnly = await connectorWith({
        ...tinyDataset(),
        population: [],
        communes: withContourPopulation({
          '01001': 1000,
          '01002': 600,
          '01003': 400,
          '01004': 200,
          '2A004': 100,
        }),
      });
    });
    afterAll(async () => {
      await contoursOnly.close();
    });

    it('allocates PMSI zones pro rata of the contour populations', async () => {
      const rows = await contoursOnly.query<StayAllocationRow>(buildStayAllocationSql());
      const zone = rows
        .filter((r) => r.zone_code === '01C01')
        .map((r) => [r.commune_code, r.weight]);
      expect(zone).toEqual([
        ['01001', expect.closeTo(1000 / 1500, 12)],
        ['01002', expect.closeTo(300 / 1500, 12)],
        ['01004', expect.closeTo(200 / 1500, 12)],
      ]);
    });

    it('gives the territory its population, from the contours, with no vintage', async () => {
      const { input, geometries } = await queryTerritoryInput(contoursOnly, tinyDataset().communes);
      expect(input.layers).toMatchObject({ population: false, contourPopulation: true });
      const ctx = buildTerritoryContext(input, geometries);
      const { indicators } = analyseTerritory(ctx, ['01001', '01002']);
      expect(indicators).toMatchObject({
        population: 1600,
        populationYears: [],
        populationSources: ['contours'],
        communesWithContourPopulation: ['01001', '01002'],
      });
      expect(indicators.tranche?.tranche.size).toBe(1);
    });
  });

  describe('layers not loaded (contours only, without population)', () => {
    let bare: NodeConnector;
    beforeAll(async () => {
      bare = await connectorWith({ communes: tinyDataset().communes });
    });
    afterAll(async () => {
      await bare.close();
    });

    it('reads which layers are loaded from the tables', async () => {
      const [layers] = await bare.query<LoadedLayersRow>(buildLoadedLayersSql());
      expect(layers).toEqual({
        population: false,
        ages: false,
        contour_population: false,
        professionals: false,
        establishments: false,
        perimeters: false,
      });
      const [loaded] = await conn.query<LoadedLayersRow>(buildLoadedLayersSql());
      expect(loaded).toEqual({
        population: true,
        ages: true,
        contour_population: false,
        professionals: true,
        establishments: true,
        perimeters: true,
      });
    });

    it('gives NULL professional counts and densities on the map, not 0', async () => {
      const [row] = await bare.query<CommuneIndicatorRow>(buildCommuneIndicatorsSql());
      expect(row).toMatchObject({ gp: null, gp_per10k: null, nurses: null, doctors_per10k: null });
    });

    it('gives NULL establishments and CPTS memberships, and says ages are not loaded', async () => {
      const [row] = await bare.query<CommuneIndicatorRow>(buildCommuneIndicatorsSql());
      expect(row).toMatchObject({ establishments: null, cpts: null, ages_loaded: false });
    });

    it('counts CPTS memberships (0 = zone blanche) when perimeters are loaded', async () => {
      const byCode = await communeIndicators();
      expect(byCode.get('01002')?.cpts).toBe(2);
      expect(byCode.get('01003')?.cpts).toBe(0);
    });

    it('gives a null population, professions, establishments and white zones to a territory', async () => {
      const { input, geometries } = await queryTerritoryInput(bare, tinyDataset().communes);
      const analysis = analyseTerritory(buildTerritoryContext(input, geometries), ['01001']);
      expect(analysis.indicators).toMatchObject({
        population: null,
        tranche: null,
        professions: null,
        noGp: null,
        establishments: null,
      });
      expect(analysis.whiteZones).toBeNull();
      expect(analysis.overlaps).toBeNull();
    });
  });
});
