/**
 * SQL of the latest population per commune, shared by the builders that need a population.
 *
 * One row per `code` of `population`: `population` and `population_year` from the latest vintage
 * with a population; `age_year`, `share_0014`, `share_60p`, `share_75p` from the latest vintage
 * with a complete age structure (shares of the sum of the six INSEE age bands; NULL without ages).
 *
 * @returns A SELECT statement (use it as a CTE).
 * @example
 * `WITH latest_population AS (${buildLatestPopulationSql()}) SELECT * FROM latest_population`;
 */
export function buildLatestPopulationSql(): string {
  const hasAges =
    'age_0014 IS NOT NULL AND age_1529 IS NOT NULL AND age_3044 IS NOT NULL AND ' +
    'age_4559 IS NOT NULL AND age_6074 IS NOT NULL AND age_75p IS NOT NULL';
  return `SELECT
    code,
    population,
    population_year,
    age_year,
    ages.a0014 / NULLIF(ages.total, 0) AS share_0014,
    (ages.a6074 + ages.a75p) / NULLIF(ages.total, 0) AS share_60p,
    ages.a75p / NULLIF(ages.total, 0) AS share_75p
  FROM (
    SELECT
      code,
      arg_max(population, year) FILTER (WHERE population IS NOT NULL) AS population,
      max(year) FILTER (WHERE population IS NOT NULL) AS population_year,
      max(year) FILTER (WHERE ${hasAges}) AS age_year,
      arg_max({
        'a0014': age_0014,
        'a6074': age_6074,
        'a75p': age_75p,
        'total': age_0014 + age_1529 + age_3044 + age_4559 + age_6074 + age_75p
      }, year) FILTER (WHERE ${hasAges}) AS ages
    FROM population
    WHERE code IS NOT NULL AND year IS NOT NULL
    GROUP BY code
  )`;
}
