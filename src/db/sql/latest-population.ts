/** Where `buildLatestPopulationSql` took a commune's population from. */
export type PopulationSourceValue = 'insee' | 'contours';

/**
 * Order of the vintages of `population` rows for `arg_max`: the year, an unknown year (NULL)
 * below every known one, so a row of unknown year is taken only when no dated row exists.
 */
export const VINTAGE_ORDER_SQL = 'coalesce(year, -1)';

/**
 * SQL of the latest population per commune, shared by the builders that need a population.
 *
 * One row per code of `population`, plus one per commune of `communes` that has no INSEE population
 * but whose contour file carried one (`communes.population`):
 * - `population`, `population_year` from the latest INSEE vintage with a population, and
 *   `population_source = 'insee'`; an INSEE row whose year is NULL (année inconnue: the file
 *   carried no year) is kept: it is taken, with `population_year` NULL, when the commune has no
 *   row of known year (a known year wins over NULL);
 * - else the contour's population with `population_year` NULL (vintage unknown) and
 *   `population_source = 'contours'`;
 * - `age_year`, `share_0014`, `share_60p`, `share_75p` from the latest INSEE vintage with a complete
 *   age structure, by the same rule (shares of the sum of the six INSEE age bands; NULL without
 *   ages; contours have none).
 * Territory indicators, the map, the allocation of PMSI flows and the access analysis then use the
 * contour population when no INSEE file covers a commune, and say so with `population_source`.
 *
 * @returns A SELECT statement (use it as a CTE).
 * @example
 * `WITH latest_population AS (${buildLatestPopulationSql()}) SELECT * FROM latest_population`;
 * // => [{ code: '01001', population: 1000, population_year: 2021, population_source: 'insee', … },
 * //     { code: '01002', population: 600, population_year: null, population_source: 'contours', … }]
 */
export function buildLatestPopulationSql(): string {
  const hasAges =
    'age_0014 IS NOT NULL AND age_1529 IS NOT NULL AND age_3044 IS NOT NULL AND ' +
    'age_4559 IS NOT NULL AND age_6074 IS NOT NULL AND age_75p IS NOT NULL';
  return `SELECT
    coalesce(i.code, k.code) AS code,
    coalesce(i.population, k.population) AS population,
    CASE WHEN i.population IS NOT NULL THEN i.population_year END AS population_year,
    CASE
      WHEN i.population IS NOT NULL THEN 'insee'
      WHEN k.population IS NOT NULL THEN 'contours'
    END AS population_source,
    i.age_year,
    i.ages.a0014 / NULLIF(i.ages.total, 0) AS share_0014,
    (i.ages.a6074 + i.ages.a75p) / NULLIF(i.ages.total, 0) AS share_60p,
    i.ages.a75p / NULLIF(i.ages.total, 0) AS share_75p
  FROM (
    SELECT
      code,
      arg_max(population, ${VINTAGE_ORDER_SQL}) FILTER (WHERE population IS NOT NULL) AS population,
      max(year) FILTER (WHERE population IS NOT NULL) AS population_year,
      max(year) FILTER (WHERE ${hasAges}) AS age_year,
      arg_max({
        'a0014': age_0014,
        'a6074': age_6074,
        'a75p': age_75p,
        'total': age_0014 + age_1529 + age_3044 + age_4559 + age_6074 + age_75p
      }, ${VINTAGE_ORDER_SQL}) FILTER (WHERE ${hasAges}) AS ages
    FROM population
    WHERE code IS NOT NULL
    GROUP BY code
  ) i
  FULL OUTER JOIN (
    SELECT code, max(population) AS population
    FROM communes
    WHERE code IS NOT NULL AND population IS NOT NULL
    GROUP BY code
  ) k ON k.code = i.code`;
}
