import { buildLatestPopulationSql } from './latest-population';
import {
  buildPeopleCountItemsSql,
  buildPeopleDensityItemsSql,
  type ProfessionKey,
} from './professions';

/** One row of `buildCommuneIndicatorsSql`. */
export type CommuneIndicatorRow = {
  code: string;
  name: string;
  dep: string;
  epci: string | null;
  epci_name: string | null;
  /** Population municipale of the latest vintage; null when the commune has none. */
  population: number | null;
  population_year: number | null;
  area_km2: number;
  /** Inhabitants per km². */
  density_km2: number | null;
  share_0014: number | null;
  share_60p: number | null;
  share_75p: number | null;
  /** Distinct FINESS sites (ET) located in the commune. */
  establishments: number;
} & { [K in ProfessionKey]: number } & { [K in `${ProfessionKey}_per10k`]: number | null };

/**
 * SQL of the indicators of every commune of `communes` (DOMAIN.md section 4.1), ordered by code.
 *
 * Columns: `code, name, dep, epci, epci_name, population, population_year, area_km2,
 * density_km2` (inhabitants/km²), `share_0014, share_60p, share_75p` (0–1, NULL without ages),
 * the number of PEOPLE (distinct `person_id`) practising in the commune for `gp, nurses, physios,
 * pharmacists, midwives, dentists, doctors` (0 when none), the same per 10,000 inhabitants
 * (`gp_per10k`…; NULL when the population is NULL or 0), and `establishments` (distinct FINESS ET).
 * A person practising in two communes counts once in each commune; totals over an area must count
 * distinct people (`buildAreaTotalsSql`), not sum these columns.
 *
 * @returns A SELECT statement over `communes`, `population`, `professionals`, `establishments`.
 * @example
 * const rows = await conn.query<CommuneIndicatorRow>(buildCommuneIndicatorsSql());
 * // => [{ code: '01001', population: 1000, gp: 2, gp_per10k: 20, … }, …]
 */
export function buildCommuneIndicatorsSql(): string {
  return `WITH
  latest_population AS (${buildLatestPopulationSql()}),
  people AS (
    SELECT pr.commune_code AS code, ${buildPeopleCountItemsSql('pr').join(',\n      ')}
    FROM professionals pr
    WHERE pr.commune_code IS NOT NULL AND pr.person_id IS NOT NULL
    GROUP BY pr.commune_code
  ),
  sites AS (
    SELECT commune_code AS code, count(DISTINCT finess_et) AS establishments
    FROM establishments
    GROUP BY commune_code
  )
SELECT
  c.code, c.name, c.dep, c.epci, c.epci_name,
  p.population, p.population_year, c.area_km2,
  p.population / NULLIF(c.area_km2, 0) AS density_km2,
  p.share_0014, p.share_60p, p.share_75p,
  ${buildPeopleDensityItemsSql('pe', 'p.population').join(',\n  ')},
  coalesce(s.establishments, 0) AS establishments
FROM communes c
LEFT JOIN latest_population p ON p.code = c.code
LEFT JOIN people pe ON pe.code = c.code
LEFT JOIN sites s ON s.code = c.code
ORDER BY c.code`;
}

/** One row of `buildCommuneGeometriesSql`. */
export interface CommuneGeometryRow {
  code: string;
  name: string;
  /** GeoJSON geometry as text (`JSON.parse` it). */
  geometry: string;
}

/**
 * SQL of the commune contours: `code, name, geometry` (GeoJSON geometry text, WGS84), by code.
 *
 * @example
 * const rows = await conn.query<CommuneGeometryRow>(buildCommuneGeometriesSql());
 * JSON.parse(rows[0].geometry).type; // => 'Polygon'
 */
export function buildCommuneGeometriesSql(): string {
  return 'SELECT code, name, geometry FROM communes ORDER BY code';
}
