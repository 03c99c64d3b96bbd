import { buildLatestPopulationSql } from './latest-population';

/** The single row of `buildDatasetSummarySql`. */
export interface DatasetSummaryRow {
  communes: number;
  population_rows: number;
  professional_rows: number;
  establishments: number;
  stay_rows: number;
  pmsi_zone_rows: number;
  perimeter_rows: number;
  /** Distinct `person_id` among professionals. */
  people: number;
  /** Distinct GPs. */
  gp_people: number;
  /** Activity rows without a commune code (not counted in any commune). */
  professional_rows_without_commune: number;
  /** Stay cells masked by statistical secrecy. */
  masked_stay_cells: number;
  /** Sum of the known (unmasked) stays. */
  known_stays: number | null;
  /**
   * Sum of the latest population of every code of `population`, plus the contour population of
   * communes without INSEE population (see `buildLatestPopulationSql`).
   */
  total_population: number | null;
  /** Communes of `communes` without any population (neither INSEE nor contour). */
  communes_without_population: number;
  /** Communes whose population comes from the contour file (no INSEE population; vintage unknown). */
  communes_with_contour_population: number;
  perimeters: number;
}

/**
 * SQL of a one-row summary of what is loaded: row counts per table, distinct people, masked stay
 * cells, known stays and total population (latest vintage per commune), for the data panel.
 *
 * Columns: `communes, population_rows, professional_rows, establishments, stay_rows,
 * pmsi_zone_rows, perimeter_rows, people, gp_people, professional_rows_without_commune,
 * masked_stay_cells, known_stays, total_population, communes_without_population,
 * communes_with_contour_population, perimeters`.
 *
 * @example
 * const [summary] = await conn.query<DatasetSummaryRow>(buildDatasetSummarySql());
 * // => { communes: 393, people: 2104, masked_stay_cells: 12, total_population: 671937, … }
 */
export function buildDatasetSummarySql(): string {
  return `WITH latest_population AS (${buildLatestPopulationSql()})
SELECT
  (SELECT count(*) FROM communes) AS communes,
  (SELECT count(*) FROM population) AS population_rows,
  (SELECT count(*) FROM professionals) AS professional_rows,
  (SELECT count(*) FROM establishments) AS establishments,
  (SELECT count(*) FROM stays) AS stay_rows,
  (SELECT count(*) FROM pmsi_zones) AS pmsi_zone_rows,
  (SELECT count(*) FROM perimeters) AS perimeter_rows,
  (SELECT count(DISTINCT person_id) FROM professionals) AS people,
  (SELECT count(DISTINCT person_id) FILTER (WHERE is_gp) FROM professionals) AS gp_people,
  (SELECT count(*) FILTER (WHERE commune_code IS NULL) FROM professionals)
    AS professional_rows_without_commune,
  (SELECT count(*) FILTER (WHERE masked OR stays IS NULL) FROM stays) AS masked_stay_cells,
  (SELECT sum(stays) FILTER (WHERE NOT masked) FROM stays) AS known_stays,
  (SELECT sum(population) FROM latest_population) AS total_population,
  (SELECT count(*) FROM communes c
    WHERE NOT EXISTS (
      SELECT 1 FROM latest_population p WHERE p.code = c.code AND p.population IS NOT NULL
    )) AS communes_without_population,
  (SELECT count(*) FROM communes c
    WHERE EXISTS (
      SELECT 1 FROM latest_population p WHERE p.code = c.code AND p.population_source = 'contours'
    )) AS communes_with_contour_population,
  (SELECT count(DISTINCT perimeter_name) FROM perimeters) AS perimeters`;
}
