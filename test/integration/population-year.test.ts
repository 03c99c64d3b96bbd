/**
 * Population of unknown census year (NULL `population.year`) and the contour-population fallback,
 * through the real SQL on a real DuckDB: `buildLatestPopulationSql`, the territory input and the
 * access inputs (`buildAccessCommunesSql`), on native DuckDB and DuckDB-WASM.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  analyseTerritory,
  buildTerritoryContext,
} from '../../src/core/territory/analyse-territory';
import { describePopulationVintage } from '../../src/core/territory/population-vintage';
import type { Dataset, PopulationRecord } from '../../src/core/types';
import { loadAccessInputs } from '../../src/db/load-access-inputs';
import { loadDataset } from '../../src/db/load-dataset';
import type { NodeConnector } from '../../src/db/node-connector';
import { buildAccessCommunesSql, type AccessCommuneRow } from '../../src/db/sql/access-inputs';
import { buildLatestPopulationSql } from '../../src/db/sql/latest-population';
import { queryTerritoryInput } from '../../src/db/territory-input';
import { NODE_CONNECTORS } from '../support/connectors';
import { tinyDataset } from './tiny-dataset';

const ages = { '0014': 10, '1529': 10, '3044': 20, '4559': 20, '6074': 20, '75P': 20 };
const pop = (
  code: string,
  year: number | null,
  population: number,
  withAges = false,
): PopulationRecord => ({ code, year, population, ages: withAges ? ages : null });

/**
 * 01001: a NULL-year row only (populations légales without year) -> taken, year NULL.
 * 01002: NULL (650) + 2015 (580) -> the dated 2015 row wins over NULL, though older.
 * 01003: NULL (410) + 2021 (400, with ages) -> 2021.
 * 01004: NULL with ages (200) only -> taken, ages too.
 * 01005: no INSEE row, contour population 250 -> contours.
 * 2A004: 2021 (100).
 */
const population: PopulationRecord[] = [
  pop('01001', null, 1000),
  pop('01002', null, 650),
  pop('01002', 2015, 580),
  pop('01003', 2021, 400, true),
  pop('01003', null, 410),
  pop('01004', null, 200, true),
  pop('2A004', 2021, 100),
];

type LatestRow = {
  code: string;
  population: number | null;
  population_year: number | null;
  population_source: string | null;
  age_year: number | null;
  share_75p: number | null;
};

describe.each(NODE_CONNECTORS)('$name', ({ create }) => {
  let conn: NodeConnector;

  beforeAll(async () => {
    conn = await create();
    const dataset: Partial<Dataset> = {
      ...tinyDataset(),
      population,
      communes: tinyDataset().communes.map((c) => ({
        ...c,
        population: c.code === '01005' ? 250 : c.code === '01001' ? 9999 : null,
      })),
    };
    await loadDataset(conn, dataset);
  });

  afterAll(async () => {
    await conn.close();
  });

  describe('population.year NULL (année inconnue) in DuckDB', () => {
    it('stores NULL, not 0, for an unknown year', async () => {
      const rows = await conn.query<{ n: number }>(
        "SELECT count(*) AS n FROM population WHERE year IS NULL AND code = '01001'",
      );
      expect(rows[0]?.n).toBe(1);
    });

    it('keeps an INSEE row of unknown year; a known year wins over NULL', async () => {
      const rows = await conn.query<LatestRow>(
        `WITH lp AS (${buildLatestPopulationSql()})
       SELECT code, population, population_year, population_source, age_year, share_75p
       FROM lp ORDER BY code`,
      );
      const byCode = new Map(rows.map((r) => [r.code, r]));
      expect(rows).toHaveLength(6);
      // The INSEE row wins over the contour's 9999, with its unknown year.
      expect(byCode.get('01001')).toMatchObject({
        population: 1000,
        population_year: null,
        population_source: 'insee',
      });
      expect(byCode.get('01002')).toMatchObject({ population: 580, population_year: 2015 });
      expect(byCode.get('01003')).toMatchObject({
        population: 400,
        population_year: 2021,
        age_year: 2021,
      });
      expect(byCode.get('01004')).toMatchObject({
        population: 200,
        population_year: null,
        population_source: 'insee',
        age_year: null,
      });
      expect(byCode.get('01004')?.share_75p).toBeCloseTo(0.2, 12);
      expect(byCode.get('01005')).toMatchObject({
        population: 250,
        population_year: null,
        population_source: 'contours',
      });
    });

    it('shows « année inconnue » for a territory whose INSEE file had no year', async () => {
      const { input, geometries } = await queryTerritoryInput(conn, tinyDataset().communes);
      const ctx = buildTerritoryContext(input, geometries);
      const { indicators } = analyseTerritory(ctx, ['01001', '01003', '01005']);
      expect(indicators).toMatchObject({
        population: 1000 + 400 + 250,
        populationYears: [2021, null],
        populationSources: ['contours', 'insee'],
      });
      expect(describePopulationVintage(indicators)).toBe(
        'INSEE 2021 et année inconnue ; population des contours, année inconnue',
      );
    });
  });

  describe('access inputs: the population of buildLatestPopulationSql', () => {
    it('uses the contour population of a commune without INSEE row, and NULL-year INSEE rows', async () => {
      const rows = await conn.query<AccessCommuneRow>(buildAccessCommunesSql());
      const byCode = new Map(rows.map((r) => [r.code, r]));
      expect(rows.map((r) => r.code)).toEqual([
        '01001',
        '01002',
        '01003',
        '01004',
        '01005',
        '2A004',
      ]);
      expect(byCode.get('01005')).toMatchObject({
        population: 250,
        population_source: 'contours',
        age_0014: null,
      });
      expect(byCode.get('01001')).toMatchObject({ population: 1000, population_source: 'insee' });
      expect(byCode.get('01002')?.population).toBe(580);
      // Ages of the latest vintage with ages, an unknown year being the oldest.
      expect(byCode.get('01003')).toMatchObject({ population: 400, age_75p: 20 });
      expect(byCode.get('01004')).toMatchObject({ population: 200, age_0014: 10, age_75p: 20 });
    });

    it('gives the access analysis the contour population instead of 0', async () => {
      const inputs = await loadAccessInputs(conn, 'gp');
      expect(inputs.withoutPopulation).toEqual([]);
      expect(inputs.communes.find((c) => c.code === '01005')?.population).toBe(250);
    });
  });

  describe('access inputs with contour populations only (no INSEE file)', () => {
    let contoursOnly: NodeConnector;
    beforeAll(async () => {
      contoursOnly = await create();
      await loadDataset(contoursOnly, {
        ...tinyDataset(),
        population: [],
        communes: tinyDataset().communes.map((c, i) => ({ ...c, population: 100 * (i + 1) })),
      });
    });
    afterAll(async () => {
      await contoursOnly.close();
    });

    it('reads every commune’s population from its contour, without ages', async () => {
      const inputs = await loadAccessInputs(contoursOnly, 'gp');
      expect(inputs.communes.map((c) => [c.code, c.population, c.ages])).toEqual([
        ['01001', 100, null],
        ['01002', 200, null],
        ['01003', 300, null],
        ['01004', 400, null],
        ['01005', 500, null],
        ['2A004', 600, null],
      ]);
      expect(inputs.withoutPopulation).toEqual([]);
    });
  });
});
