/**
 * Reads what the patient-flow analyses need from the DuckDB tables, as plain cloneable data
 * (`FlowInputs`), with the same SQL in the app (DuckDB-WASM) and the CLI (Node).
 */
import type { FlowInputs } from '../core/flows/flow-types';
import type { Connector } from './connector';
import {
  buildAllocationSummarySql,
  buildCommuneStaysSql,
  buildLatestPopulationSql,
  buildStayAllocationSql,
  buildUnallocatedStaysSql,
  sqlNumber,
  sqlString,
  type AllocationSummaryRow,
  type CommuneStaysRow,
  type StayAllocationRow,
  type StayFilter,
  type UnallocatedStaysRow,
} from './sql';

/**
 * SQL of the stays by PMSI zone × FINESS as in the file (summed over rows), masked cells counted
 * apart: columns `zone_code, finess, stays` (NULL when every cell is masked), `masked_cells`.
 *
 * @example await conn.query(buildZoneFlowsSql({ year: 2023 }));
 */
export function buildZoneFlowsSql(filter: StayFilter = {}): string {
  const conditions = ['zone_code IS NOT NULL', 'finess IS NOT NULL'];
  if (filter.year !== undefined) conditions.push(`year = ${sqlNumber(filter.year)}`);
  if (filter.field !== undefined) conditions.push(`field = ${sqlString(filter.field)}`);
  return `SELECT
  zone_code,
  finess,
  sum(stays) FILTER (WHERE NOT (masked OR stays IS NULL))::DOUBLE AS stays,
  count(*) FILTER (WHERE masked OR stays IS NULL) AS masked_cells
FROM stays
WHERE ${conditions.join(' AND ')}
GROUP BY zone_code, finess
ORDER BY zone_code, finess`;
}

/**
 * Loads the flow inputs: stays by commune (zone → commune allocation pro rata of population,
 * `buildCommuneStaysSql`), stays by zone, the allocation itself, unallocated zones, establishments,
 * communes with latest population and centroid, CPTS perimeters.
 *
 * @example const inputs = await loadFlowInputs(conn); inputs.communeFlows.length
 */
export async function loadFlowInputs(
  conn: Connector,
  filter: StayFilter = {},
): Promise<FlowInputs> {
  const communeRows = await conn.query<CommuneStaysRow>(buildCommuneStaysSql(filter));
  const zoneRows = await conn.query<{
    zone_code: string;
    finess: string;
    stays: number | null;
    masked_cells: number;
  }>(buildZoneFlowsSql(filter));
  const allocation = await conn.query<StayAllocationRow>(buildStayAllocationSql());
  const unallocated = await conn.query<UnallocatedStaysRow>(buildUnallocatedStaysSql(filter));
  const establishments = await conn.query<{
    finess_et: string;
    finess_ej: string;
    name: string;
    commune_code: string;
    category_code: string;
    category_label: string;
    lon: number | null;
    lat: number | null;
  }>(
    'SELECT finess_et, finess_ej, name, commune_code, category_code, category_label, lon, lat FROM establishments ORDER BY finess_et',
  );
  const communes = await conn.query<{
    code: string;
    name: string;
    population: number | null;
    lon: number | null;
    lat: number | null;
  }>(`WITH lp AS (${buildLatestPopulationSql()})
SELECT c.code, c.name, lp.population, c.centroid_lon AS lon, c.centroid_lat AS lat
FROM communes c LEFT JOIN lp ON lp.code = c.code ORDER BY c.code`);
  const methods = await conn.query<AllocationSummaryRow>(buildAllocationSummarySql(filter));
  const perimeters = await conn.query<{ perimeter_name: string; commune_code: string }>(
    'SELECT DISTINCT perimeter_name, commune_code FROM perimeters ORDER BY perimeter_name, commune_code',
  );
  return {
    communeFlows: communeRows.map((r) => ({
      commune: r.commune_code,
      finess: r.finess,
      stays: r.stays,
      maskedCells: r.masked_cells,
      maskedWeight: r.masked_weight,
    })),
    zoneFlows: zoneRows.map((r) => ({
      zone: r.zone_code,
      finess: r.finess,
      stays: r.stays,
      maskedCells: r.masked_cells,
    })),
    allocation: allocation.map((a) => ({
      zone: a.zone_code,
      commune: a.commune_code,
      weight: a.weight,
    })),
    unallocated: unallocated.map((u) => ({
      zone: u.zone_code,
      cells: u.cells,
      stays: u.stays,
      maskedCells: u.masked_cells,
    })),
    establishments: establishments.map((e) => ({
      finessEt: e.finess_et,
      finessEj: e.finess_ej,
      name: e.name,
      communeCode: e.commune_code,
      categoryCode: e.category_code,
      categoryLabel: e.category_label,
      lon: e.lon,
      lat: e.lat,
    })),
    communes: communes.map((c) => ({
      code: c.code,
      name: c.name,
      population: c.population,
      lon: c.lon,
      lat: c.lat,
    })),
    perimeters: perimeters.map((p) => ({
      perimeterName: p.perimeter_name,
      communeCode: p.commune_code,
    })),
    allocationMethods: methods.map((m) => ({
      method: m.method,
      zoneKind: m.zone_kind,
      zones: Number(m.zones),
      stays: m.stays,
      maskedCells: Number(m.masked_cells),
    })),
  };
}
