/**
 * SQL of the inputs of the access analysis (DOMAIN.md section 4.4): commune centroids with their
 * latest population and age bands, the activities of one profession, and the professions present.
 */
import {
  buildLatestPopulationSql,
  VINTAGE_ORDER_SQL,
  type PopulationSourceValue,
} from './latest-population';
import { sqlString } from './sql-literals';

/** One row of {@link buildAccessCommunesSql}. */
export interface AccessCommuneRow {
  code: string;
  lon: number | null;
  lat: number | null;
  /** Latest population municipale (INSEE, else the contour's); null when the commune has none. */
  population: number | null;
  /** Where the population comes from; null without population. */
  population_source: PopulationSourceValue | null;
  age_0014: number | null;
  age_1529: number | null;
  age_3044: number | null;
  age_4559: number | null;
  age_6074: number | null;
  age_75p: number | null;
}

/**
 * SQL of every commune with its centroid (`centroid_lon`, `centroid_lat`), its population from
 * `buildLatestPopulationSql` (the latest INSEE vintage, else the population carried by the contour
 * file, with `population_source`), and the six age bands of the latest vintage that has all of
 * them (NULL without ages; a contour population has none), by code.
 *
 * @example
 * const rows = await conn.query<AccessCommuneRow>(buildAccessCommunesSql());
 * // => [{ code: '96001', lon: -3.9, lat: 45.8, population: 412, population_source: 'insee', age_0014: 61, … }, …]
 */
export function buildAccessCommunesSql(): string {
  const hasAges =
    'age_0014 IS NOT NULL AND age_1529 IS NOT NULL AND age_3044 IS NOT NULL AND ' +
    'age_4559 IS NOT NULL AND age_6074 IS NOT NULL AND age_75p IS NOT NULL';
  return `WITH lp AS (${buildLatestPopulationSql()}),
ages AS (
  SELECT
    code,
    arg_max({'a0014': age_0014, 'a1529': age_1529, 'a3044': age_3044, 'a4559': age_4559,
             'a6074': age_6074, 'a75p': age_75p}, ${VINTAGE_ORDER_SQL}) FILTER (WHERE ${hasAges}) AS ages
  FROM population
  WHERE code IS NOT NULL
  GROUP BY code
)
SELECT c.code, c.centroid_lon AS lon, c.centroid_lat AS lat, lp.population, lp.population_source,
  a.ages.a0014 AS age_0014, a.ages.a1529 AS age_1529, a.ages.a3044 AS age_3044,
  a.ages.a4559 AS age_4559, a.ages.a6074 AS age_6074, a.ages.a75p AS age_75p
FROM communes c
LEFT JOIN lp ON lp.code = c.code
LEFT JOIN ages a ON a.code = c.code
ORDER BY c.code`;
}

/** `gp` (general practitioners, `is_gp`) or an Annuaire Santé `Code profession` (`60`…). */
export type AccessProfession = string;

/**
 * SQL condition selecting a profession in `professionals`.
 *
 * @example professionConditionSql('gp'); // 'is_gp'
 * professionConditionSql('60'); // "profession_code = '60'"
 */
export function professionConditionSql(profession: AccessProfession): string {
  return profession === 'gp' ? 'is_gp' : `profession_code = ${sqlString(profession)}`;
}

/** One row of {@link buildAccessActivitiesSql}: one (person, commune) activity. */
export interface AccessActivityRow {
  person_id: string;
  commune_code: string;
}

/**
 * SQL of the distinct (person, commune) activities of a profession (people counted by
 * `person_id`, never rows), ordered for reproducibility.
 *
 * @example buildAccessActivitiesSql('gp'); // SELECT DISTINCT person_id, commune_code … WHERE is_gp …
 */
export function buildAccessActivitiesSql(profession: AccessProfession): string {
  return `SELECT DISTINCT person_id, commune_code
FROM professionals
WHERE ${professionConditionSql(profession)} AND person_id IS NOT NULL AND commune_code IS NOT NULL
ORDER BY person_id, commune_code`;
}

/** One row of {@link buildAccessProfessionsSql}. */
export interface AccessProfessionRow {
  /** `gp` or the profession code. */
  key: string;
  label: string;
  people: number;
}

/**
 * SQL of the professions present: general practitioners first (`gp`), then every `Code profession`
 * with its most frequent label and its number of distinct people.
 *
 * @example
 * await conn.query<AccessProfessionRow>(buildAccessProfessionsSql());
 * // => [{ key: 'gp', label: 'Médecins généralistes', people: 288 }, { key: '10', label: 'Médecin', people: 321 }, …]
 */
export function buildAccessProfessionsSql(): string {
  return `SELECT 'gp' AS key, 'Médecins généralistes' AS label, count(DISTINCT person_id) AS people
FROM professionals WHERE is_gp
HAVING count(*) > 0
UNION ALL
SELECT * FROM (
  SELECT profession_code AS key, mode(profession_label) AS label, count(DISTINCT person_id) AS people
  FROM professionals
  WHERE profession_code IS NOT NULL AND profession_code <> ''
  GROUP BY profession_code
  ORDER BY people DESC, key
)`;
}
