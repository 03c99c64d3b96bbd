import { buildLatestPopulationSql } from './latest-population';
import {
  buildPeopleCountItemsSql,
  buildPeopleDensityItemsSql,
  type ProfessionKey,
} from './professions';
import { sqlString } from './sql-literals';

/** One row of `buildAreaTotalsSql` (and of `buildDepartmentTotalsSql`, plus `dep`). */
export type AreaTotalsRow = {
  /** Communes of the area (distinct codes given, or all loaded communes). */
  communes: number;
  /** How many of them have a population: fewer than `communes` means a partial total. */
  communes_with_population: number;
  population: number | null;
  area_km2: number | null;
  density_km2: number | null;
  establishments: number;
} & { [K in ProfessionKey]: number } & { [K in `${ProfessionKey}_per10k`]: number | null };

/**
 * SQL of the totals of a set of communes: population, area and DISTINCT people by profession (a
 * person practising in two communes of the area counts once), with densities per 10,000
 * inhabitants. Used for a territory and for reference values (all loaded communes = the loaded
 * département or region).
 *
 * Columns: `communes, communes_with_population, population, area_km2, density_km2` (per km²),
 * `gp, nurses, physios, pharmacists, midwives, dentists, doctors`, the same `_per10k` (NULL when the
 * population is NULL or 0), `establishments` (distinct FINESS ET). Always exactly one row.
 *
 * @param communeCodes - INSEE codes of the area; omitted: every commune of `communes`.
 * @example
 * const [totals] = await conn.query<AreaTotalsRow>(buildAreaTotalsSql(['01001', '01002']));
 * // => { communes: 2, population: 1600, gp: 3, gp_per10k: 18.75, … }
 */
export function buildAreaTotalsSql(communeCodes?: readonly string[]): string {
  const area =
    communeCodes === undefined
      ? "SELECT DISTINCT code, 'all' AS area_key FROM communes"
      : communeCodes.length === 0
        ? "SELECT NULL::VARCHAR AS code, 'all' AS area_key WHERE false"
        : `SELECT DISTINCT code, 'all' AS area_key FROM (VALUES ${communeCodes
            .map((c) => `(${sqlString(c)})`)
            .join(', ')}) AS t(code)`;
  return buildGroupedTotalsSql(area, "SELECT 'all' AS area_key", null);
}

/**
 * SQL of the totals per département of the loaded communes (`communes.dep`), same columns as
 * `buildAreaTotalsSql` preceded by `dep`, ordered by `dep`. These are reference values for a
 * territory only if the whole département was loaded.
 *
 * @example
 * await conn.query<AreaTotalsRow & { dep: string }>(buildDepartmentTotalsSql());
 * // => [{ dep: '01', communes: 393, population: 671937, gp_per10k: 7.1, … }]
 */
export function buildDepartmentTotalsSql(): string {
  return buildGroupedTotalsSql(
    'SELECT DISTINCT code, dep AS area_key FROM communes',
    'SELECT DISTINCT area_key FROM area_communes',
    'dep',
  );
}

/** Totals per `area_key` of `areaSql` (code, area_key); `keysSql` lists the keys to return. */
function buildGroupedTotalsSql(areaSql: string, keysSql: string, keyColumn: string | null): string {
  const key = keyColumn ? `k.area_key AS ${keyColumn},\n  ` : '';
  return `WITH
  area_communes AS (${areaSql}),
  latest_population AS (${buildLatestPopulationSql()}),
  area_keys AS (${keysSql}),
  commune_totals AS (
    SELECT
      a.area_key,
      count(*) AS communes,
      count(p.population) AS communes_with_population,
      sum(p.population) AS population,
      sum(c.area_km2) AS area_km2
    FROM area_communes a
    LEFT JOIN latest_population p ON p.code = a.code
    LEFT JOIN communes c ON c.code = a.code
    GROUP BY a.area_key
  ),
  people AS (
    SELECT a.area_key, ${buildPeopleCountItemsSql('pr').join(',\n      ')}
    FROM professionals pr
    JOIN area_communes a ON a.code = pr.commune_code
    WHERE pr.person_id IS NOT NULL
    GROUP BY a.area_key
  ),
  sites AS (
    SELECT a.area_key, count(DISTINCT e.finess_et) AS establishments
    FROM establishments e
    JOIN area_communes a ON a.code = e.commune_code
    GROUP BY a.area_key
  )
SELECT
  ${key}coalesce(t.communes, 0) AS communes,
  coalesce(t.communes_with_population, 0) AS communes_with_population,
  t.population,
  t.area_km2,
  t.population / NULLIF(t.area_km2, 0) AS density_km2,
  ${buildPeopleDensityItemsSql('pe', 't.population').join(',\n  ')},
  coalesce(s.establishments, 0) AS establishments
FROM area_keys k
LEFT JOIN commune_totals t ON t.area_key = k.area_key
LEFT JOIN people pe ON pe.area_key = k.area_key
LEFT JOIN sites s ON s.area_key = k.area_key
ORDER BY k.area_key`;
}
