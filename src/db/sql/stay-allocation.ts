import { buildLatestPopulationSql } from './latest-population';
import { sqlNumber, sqlString } from './sql-literals';

/** How a residence zone of the PMSI was tied to communes. */
export type AllocationMethod = 'pmsi-zone' | 'commune-code' | 'postal-code';

/** One row of `buildStayAllocationSql`. */
export interface StayAllocationRow {
  zone_code: string;
  commune_code: string;
  /** Share (0–1) of the zone's stays given to the commune; sums to 1 per zone. */
  weight: number;
  method: AllocationMethod;
  /** Population of the commune counted in the zone (its population × its postal codes in the zone / all its postal codes). */
  population: number | null;
  /** Population of the zone (sum of `population` over its communes). */
  zone_population: number | null;
}

/**
 * SQL of the allocation of PMSI residence zones to communes pro rata of population (DOMAIN.md
 * section 2), the usual ATIH/ARS practice for going from "codes géographiques PMSI" to communes.
 *
 * 1. A commune with k postal codes (`communes.postal_codes`) contributes population/k to each of
 *    them (latest vintage of `population`; a commune without population contributes 0).
 * 2. A PMSI zone covers postal codes (`pmsi_zones`); weight(zone, commune) = the commune's
 *    contribution to the zone / the zone's population (`method = 'pmsi-zone'`).
 * 3. A zone code of `stays` absent from `pmsi_zones` that is a commune code goes to that commune
 *    with weight 1 (`'commune-code'`); otherwise, if it is a postal code of loaded communes, it is
 *    allocated like a one-postal-code zone (`'postal-code'`).
 * 4. When a zone's communes have no population at all, the zone is split equally between them.
 * Zones matching nothing get no row (see `buildUnallocatedStaysSql`).
 *
 * Columns: `zone_code, commune_code, weight` (0–1, sums to 1 per zone), `method`, `population`,
 * `zone_population`; ordered by zone then commune.
 *
 * @example
 * await conn.query<StayAllocationRow>(buildStayAllocationSql());
 * // => [{ zone_code: '01C01', commune_code: '01001', weight: 0.588, method: 'pmsi-zone', … }, …]
 */
export function buildStayAllocationSql(): string {
  return `WITH
  latest_population AS (${buildLatestPopulationSql()}),
  commune_postal AS (
    SELECT DISTINCT c.code AS commune_code, trim(pc.postal_code) AS postal_code
    FROM communes c,
      unnest(string_split(coalesce(c.postal_codes, ''), ';')) AS pc(postal_code)
    WHERE trim(pc.postal_code) <> ''
  ),
  postal_share AS (
    SELECT
      cp.postal_code,
      cp.commune_code,
      coalesce(p.population, 0) / count(*) OVER (PARTITION BY cp.commune_code) AS population
    FROM commune_postal cp
    LEFT JOIN latest_population p ON p.code = cp.commune_code
  ),
  zone_postal AS (
    SELECT DISTINCT zone_code, trim(postal_code) AS postal_code
    FROM pmsi_zones
    WHERE zone_code IS NOT NULL AND postal_code IS NOT NULL
  ),
  other_zones AS (
    SELECT DISTINCT s.zone_code
    FROM stays s
    WHERE s.zone_code IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM zone_postal z WHERE z.zone_code = s.zone_code)
  ),
  parts AS (
    SELECT z.zone_code, ps.commune_code, 'pmsi-zone' AS method, sum(ps.population) AS population
    FROM zone_postal z
    JOIN postal_share ps ON ps.postal_code = z.postal_code
    GROUP BY z.zone_code, ps.commune_code
    UNION ALL
    SELECT o.zone_code, c.code, 'commune-code', p.population
    FROM other_zones o
    JOIN communes c ON c.code = o.zone_code
    LEFT JOIN latest_population p ON p.code = c.code
    UNION ALL
    SELECT o.zone_code, ps.commune_code, 'postal-code', ps.population
    FROM other_zones o
    JOIN postal_share ps ON ps.postal_code = o.zone_code
    WHERE NOT EXISTS (SELECT 1 FROM communes c WHERE c.code = o.zone_code)
  ),
  totals AS (
    SELECT
      *,
      sum(coalesce(population, 0)) OVER (PARTITION BY zone_code) AS zone_population,
      count(*) OVER (PARTITION BY zone_code) AS zone_communes
    FROM parts
  )
SELECT
  zone_code,
  commune_code,
  CASE
    WHEN method = 'commune-code' THEN 1.0
    WHEN zone_population > 0 THEN coalesce(population, 0) / zone_population
    ELSE 1.0 / zone_communes
  END::DOUBLE AS weight,
  method,
  population,
  zone_population
FROM totals
ORDER BY zone_code, commune_code`;
}

/** Optional restriction of the stays used (`stays.year`, `stays.field`). */
export interface StayFilter {
  year?: number;
  /** MCO, SSR, HAD, PSY. */
  field?: string;
}

/** One row of `buildCommuneStaysSql`. */
export interface CommuneStaysRow {
  commune_code: string;
  finess: string;
  /** Known stays allocated to the commune (fractional); null when every source cell was masked. */
  stays: number | null;
  /** Number of masked source cells (zone × establishment rows) allocated to the commune. */
  masked_cells: number;
  /** Sum of the allocation weights of those masked cells (masked cells "owned" by the commune). */
  masked_weight: number;
}

/**
 * SQL of hospital stays by residence commune × establishment: each stay row of `stays` is split
 * between the communes of its zone with `buildStayAllocationSql` weights. Masked cells (secret
 * statistique, `stays` NULL) are never counted as 0: they are counted apart (`masked_cells`,
 * `masked_weight`), and `stays` is NULL when a pair has only masked cells.
 *
 * Columns: `commune_code, finess, stays` (allocated, fractional), `masked_cells`, `masked_weight`;
 * ordered by commune then FINESS. Without a filter, all years and fields are summed.
 *
 * @param filter - Restrict to one `year` and/or one `field`.
 * @example
 * await conn.query<CommuneStaysRow>(buildCommuneStaysSql({ year: 2023, field: 'MCO' }));
 * // => [{ commune_code: '01001', finess: '010000024', stays: 58.8, masked_cells: 1, … }]
 */
export function buildCommuneStaysSql(filter: StayFilter = {}): string {
  return `WITH
  allocation AS (${buildStayAllocationSql()}),
  filtered_stays AS (${buildFilteredStaysSql(filter)})
SELECT
  a.commune_code,
  s.finess,
  sum(s.stays * a.weight) FILTER (WHERE NOT s.masked) AS stays,
  count(*) FILTER (WHERE s.masked) AS masked_cells,
  coalesce(sum(a.weight) FILTER (WHERE s.masked), 0) AS masked_weight
FROM filtered_stays s
JOIN allocation a ON a.zone_code = s.zone_code
GROUP BY a.commune_code, s.finess
ORDER BY a.commune_code, s.finess`;
}

/** One row of `buildUnallocatedStaysSql`. */
export interface UnallocatedStaysRow {
  zone_code: string;
  /** Stay rows (zone × establishment…) of this zone. */
  cells: number;
  /** Known stays; null when all cells are masked. */
  stays: number | null;
  masked_cells: number;
}

/**
 * SQL of the residence zones of `stays` that `buildStayAllocationSql` cannot tie to any loaded
 * commune (foreign `99…` codes, zones outside the loaded communes, missing correspondence table),
 * so that the UI reports them instead of dropping them silently.
 *
 * Columns: `zone_code, cells, stays, masked_cells`, ordered by stays descending.
 *
 * @param filter - Same filter as `buildCommuneStaysSql`.
 * @example
 * await conn.query<UnallocatedStaysRow>(buildUnallocatedStaysSql());
 * // => [{ zone_code: '99999', cells: 3, stays: 41, masked_cells: 1 }]
 */
export function buildUnallocatedStaysSql(filter: StayFilter = {}): string {
  return `WITH
  allocation AS (${buildStayAllocationSql()}),
  filtered_stays AS (${buildFilteredStaysSql(filter)})
SELECT
  s.zone_code,
  count(*) AS cells,
  sum(s.stays) FILTER (WHERE NOT s.masked) AS stays,
  count(*) FILTER (WHERE s.masked) AS masked_cells
FROM filtered_stays s
WHERE NOT EXISTS (SELECT 1 FROM allocation a WHERE a.zone_code = s.zone_code)
GROUP BY s.zone_code
ORDER BY stays DESC NULLS LAST, s.zone_code`;
}

/** Stays restricted by the filter; a NULL count is treated as masked whatever `masked` says. */
function buildFilteredStaysSql(filter: StayFilter): string {
  const conditions = ['zone_code IS NOT NULL'];
  if (filter.year !== undefined) conditions.push(`year = ${sqlNumber(filter.year)}`);
  if (filter.field !== undefined) conditions.push(`field = ${sqlString(filter.field)}`);
  return `SELECT zone_code, finess, stays, (masked OR stays IS NULL) AS masked
    FROM stays WHERE ${conditions.join(' AND ')}`;
}
