import { buildLatestPopulationSql } from './latest-population';
import { sqlNumber, sqlString } from './sql-literals';

/** How a residence zone of the PMSI was tied to communes. */
export type AllocationMethod = 'pmsi-zone' | 'commune-code' | 'postal-code';

/** One row of `buildStayAllocationSql`. */
export interface StayAllocationRow {
  zone_code: string;
  /** How the zone code is read (`stays.zone_kind`, NULL read as 'postal'). */
  zone_kind: 'pmsi' | 'postal' | 'insee';
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
 * Each zone is read as its file's `stays.zone_kind` says (decided at import by `detectZoneKind`
 * or by the user; NULL = postal code, the ATIH rule) — a zone is never read as an INSEE code by
 * default, since half the postal codes are also the INSEE code of another commune.
 *
 * 1. A commune with k postal codes (`communes.postal_codes`) contributes population/k to each of
 *    them (latest vintage of `population`; a commune without population contributes 0).
 * 2. `pmsi` zones found in the ATIH table (`pmsi_zones`) cover its postal codes:
 *    weight(zone, commune) = the commune's contribution to the zone / the zone's population
 *    (`method = 'pmsi-zone'`).
 * 3. `postal` zones, and `pmsi` zones absent from the table (an ATIH code that is not a merge is
 *    the postal code itself), are allocated like a one-postal-code zone (`'postal-code'`).
 * 4. `insee` zones go to the commune of that code with weight 1 (`'commune-code'`).
 * 5. When a zone's communes have no population at all, the zone is split equally between them.
 * Zones matching nothing get no row (see `buildUnallocatedStaysSql`).
 *
 * Columns: `zone_code, zone_kind, commune_code, weight` (0–1, sums to 1 per zone), `method`,
 * `population`, `zone_population`; ordered by zone then commune.
 *
 * @example
 * await conn.query<StayAllocationRow>(buildStayAllocationSql());
 * // => [{ zone_code: '01C01', zone_kind: 'pmsi', commune_code: '01001', weight: 0.588, method: 'pmsi-zone', … }, …]
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
  stay_zones AS (
    SELECT DISTINCT zone_code, coalesce(zone_kind, 'postal') AS zone_kind
    FROM stays
    WHERE zone_code IS NOT NULL
  ),
  parts AS (
    SELECT s.zone_code, s.zone_kind, ps.commune_code, 'pmsi-zone' AS method,
      sum(ps.population) AS population
    FROM stay_zones s
    JOIN zone_postal z ON z.zone_code = s.zone_code
    JOIN postal_share ps ON ps.postal_code = z.postal_code
    WHERE s.zone_kind = 'pmsi'
    GROUP BY s.zone_code, s.zone_kind, ps.commune_code
    UNION ALL
    SELECT s.zone_code, s.zone_kind, ps.commune_code, 'postal-code', ps.population
    FROM stay_zones s
    JOIN postal_share ps ON ps.postal_code = s.zone_code
    WHERE s.zone_kind = 'postal'
      OR (s.zone_kind = 'pmsi'
        AND NOT EXISTS (SELECT 1 FROM zone_postal z WHERE z.zone_code = s.zone_code))
    UNION ALL
    SELECT s.zone_code, s.zone_kind, c.code, 'commune-code', p.population
    FROM stay_zones s
    JOIN communes c ON c.code = s.zone_code
    LEFT JOIN latest_population p ON p.code = c.code
    WHERE s.zone_kind = 'insee'
  ),
  totals AS (
    SELECT
      *,
      sum(coalesce(population, 0)) OVER (PARTITION BY zone_code, zone_kind) AS zone_population,
      count(*) OVER (PARTITION BY zone_code, zone_kind) AS zone_communes
    FROM parts
  )
SELECT
  zone_code,
  zone_kind,
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
ORDER BY zone_code, zone_kind, commune_code`;
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
JOIN allocation a ON a.zone_code = s.zone_code AND a.zone_kind = s.zone_kind
GROUP BY a.commune_code, s.finess
ORDER BY a.commune_code, s.finess`;
}

/** One row of `buildUnallocatedStaysSql`. */
export interface UnallocatedStaysRow {
  zone_code: string;
  zone_kind: 'pmsi' | 'postal' | 'insee';
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
 * Columns: `zone_code, zone_kind, cells, stays, masked_cells`, ordered by stays descending.
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
  s.zone_kind,
  count(*) AS cells,
  sum(s.stays) FILTER (WHERE NOT s.masked) AS stays,
  count(*) FILTER (WHERE s.masked) AS masked_cells
FROM filtered_stays s
WHERE NOT EXISTS (
  SELECT 1 FROM allocation a WHERE a.zone_code = s.zone_code AND a.zone_kind = s.zone_kind
)
GROUP BY s.zone_code, s.zone_kind
ORDER BY stays DESC NULLS LAST, s.zone_code`;
}

/** Stays restricted by the filter; a NULL count is treated as masked whatever `masked` says. */
function buildFilteredStaysSql(filter: StayFilter): string {
  const conditions = ['zone_code IS NOT NULL'];
  if (filter.year !== undefined) conditions.push(`year = ${sqlNumber(filter.year)}`);
  if (filter.field !== undefined) conditions.push(`field = ${sqlString(filter.field)}`);
  return `SELECT zone_code, coalesce(zone_kind, 'postal') AS zone_kind, finess, stays,
      (masked OR stays IS NULL) AS masked
    FROM stays WHERE ${conditions.join(' AND ')}`;
}

/** One row of `buildAllocationSummarySql`. */
export interface AllocationSummaryRow {
  /** The allocation method, or 'unplaced' for zones tied to no loaded commune. */
  method: AllocationMethod | 'unplaced';
  zone_kind: 'pmsi' | 'postal' | 'insee';
  zones: number;
  /** Known stays of those zones (masked cells apart); null when all are masked. */
  stays: number | null;
  masked_cells: number;
}

/**
 * SQL of how the stays were tied to communes: zones and stays per allocation method and zone kind,
 * with the unplaced zones on their own row, so the Flux panel, the CLI and the exports say which
 * method was used (a zone allocated by the ATIH table counts under 'pmsi-zone', etc.).
 *
 * @example
 * await conn.query<AllocationSummaryRow>(buildAllocationSummarySql());
 * // => [{ method: 'pmsi-zone', zone_kind: 'pmsi', zones: 42, stays: 88012, masked_cells: 40 }, …]
 */
export function buildAllocationSummarySql(filter: StayFilter = {}): string {
  return `WITH
  allocation AS (${buildStayAllocationSql()}),
  zone_method AS (
    SELECT DISTINCT zone_code, zone_kind, method FROM allocation
  ),
  filtered_stays AS (${buildFilteredStaysSql(filter)})
SELECT
  coalesce(m.method, 'unplaced') AS method,
  s.zone_kind,
  count(DISTINCT s.zone_code) AS zones,
  sum(s.stays) FILTER (WHERE NOT s.masked)::DOUBLE AS stays,
  count(*) FILTER (WHERE s.masked) AS masked_cells
FROM filtered_stays s
LEFT JOIN zone_method m ON m.zone_code = s.zone_code AND m.zone_kind = s.zone_kind
GROUP BY ALL
ORDER BY method, s.zone_kind`;
}
