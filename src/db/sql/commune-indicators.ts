import { buildLatestPopulationSql, type PopulationSourceValue } from './latest-population';
import { buildLoadedLayersSql } from './loaded-layers';
import { buildPeopleCountItemsSql, PROFESSION_GROUPS, type ProfessionKey } from './professions';

/** One row of `buildCommuneIndicatorsSql`. */
export type CommuneIndicatorRow = {
  code: string;
  name: string;
  dep: string;
  epci: string | null;
  epci_name: string | null;
  /** Population municipale of the latest vintage (or of the contour file); null when none. */
  population: number | null;
  /** INSEE vintage; null for a contour population (vintage unknown). */
  population_year: number | null;
  /** `insee`, `contours` (population of the contour file), null without population. */
  population_source: PopulationSourceValue | null;
  area_km2: number;
  /** Inhabitants per km². */
  density_km2: number | null;
  share_0014: number | null;
  share_60p: number | null;
  share_75p: number | null;
  /** Whether an INSEE age structure is loaded (shares NULL because not loaded, or not given). */
  ages_loaded: boolean;
  /** Distinct FINESS sites (ET) located in the commune; null when no FINESS file is loaded. */
  establishments: number | null;
  /** CPTS the commune belongs to (0 = zone blanche); null when no CPTS perimeter is loaded. */
  cpts: number | null;
} & { [K in ProfessionKey]: number | null } & {
  [K in `${ProfessionKey}_per10k`]: number | null;
};

/**
 * SQL of the indicators of every commune of `communes` (DOMAIN.md section 4.1), ordered by code.
 *
 * Columns: `code, name, dep, epci, epci_name, population, population_year, population_source`
 * (`insee`, or `contours` when only the contour file gave one, vintage NULL), `area_km2,
 * density_km2` (inhabitants/km²), `share_0014, share_60p, share_75p` (0–1, NULL without ages),
 * `ages_loaded`, the number of PEOPLE (distinct `person_id`) practising in the commune for `gp,
 * nurses, physios, pharmacists, midwives, dentists, doctors` (0 when none), the same per 10,000
 * inhabitants (`gp_per10k`…; NULL when the population is NULL or 0), `establishments` (distinct
 * FINESS ET) and `cpts` (CPTS the commune belongs to). Missing is not zero: the professional
 * columns are NULL when no Annuaire Santé is loaded, `establishments` when no FINESS file is,
 * `cpts` when no CPTS perimeter is (`buildLoadedLayersSql`).
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
  ),
  memberships AS (
    SELECT commune_code AS code, count(DISTINCT perimeter_name) AS cpts
    FROM perimeters
    GROUP BY commune_code
  ),
  layers AS (${buildLoadedLayersSql()})
SELECT
  c.code, c.name, c.dep, c.epci, c.epci_name,
  p.population, p.population_year, p.population_source, c.area_km2,
  p.population / NULLIF(c.area_km2, 0) AS density_km2,
  p.share_0014, p.share_60p, p.share_75p,
  l.ages AS ages_loaded,
  ${peopleItemsSql('pe', 'p.population', 'l.professionals').join(',\n  ')},
  CASE WHEN l.establishments THEN coalesce(s.establishments, 0) END AS establishments,
  CASE WHEN l.perimeters THEN coalesce(m.cpts, 0) END AS cpts
FROM communes c
CROSS JOIN layers l
LEFT JOIN latest_population p ON p.code = c.code
LEFT JOIN people pe ON pe.code = c.code
LEFT JOIN sites s ON s.code = c.code
LEFT JOIN memberships m ON m.code = c.code
ORDER BY c.code`;
}

/** Counts (0 when none) and densities per 10,000, all NULL when `loadedSql` is false. */
function peopleItemsSql(countAlias: string, populationSql: string, loadedSql: string): string[] {
  const count = (key: string) => `coalesce(${countAlias}.${key}, 0)`;
  const counts = PROFESSION_GROUPS.map(
    (g) => `CASE WHEN ${loadedSql} THEN ${count(g.key)} END AS ${g.key}`,
  );
  const densities = PROFESSION_GROUPS.map(
    (g) =>
      `CASE WHEN ${loadedSql} THEN ${count(g.key)} * 10000.0 / NULLIF(${populationSql}, 0) END AS ${g.key}_per10k`,
  );
  return [...counts, ...densities];
}
