/**
 * Reads from DuckDB what the territory workbench precomputes once (`TerritoryInput` of
 * core/territory): communes with their latest population (and its provenance) and age shares,
 * distinct (person, commune, profession) activities, establishments, CPTS memberships, which
 * layers are loaded; the contours, which DuckDB does not hold, come from the caller (the records
 * it imported). The app (DuckDB-WASM) and the CLI (Node DuckDB) call the same function.
 */
import type { CodedGeometry } from '../core/geo/dissolve-communes';
import type { PopulationSource, TerritoryInput } from '../core/territory/territory-base';
import type { Connector } from './connector';
import { buildLatestPopulationSql } from './sql/latest-population';
import { buildLoadedLayersSql, type LoadedLayersRow } from './sql/loaded-layers';

/**
 * SQL of the communes of the territory input: code, name, dep, EPCI, area, centroid, latest
 * population municipale, its vintage and its source (`insee`, or `contours` with a NULL vintage),
 * age shares (NULL without age structure) and their census year, by code.
 *
 * @example await conn.query(buildTerritoryCommunesSql());
 */
export function buildTerritoryCommunesSql(): string {
  return `WITH latest_population AS (${buildLatestPopulationSql()})
SELECT c.code, c.name, c.dep, c.epci, c.epci_name, c.area_km2, c.centroid_lon, c.centroid_lat,
  p.population, p.population_year, p.population_source, p.share_0014, p.share_60p, p.share_75p,
  p.age_year
FROM communes c LEFT JOIN latest_population p ON p.code = c.code
ORDER BY c.code`;
}

/**
 * SQL of the distinct (person, commune, profession, GP) activities with a person id and a commune:
 * RPPS rows are activities, the territory counts distinct people from them (DOMAIN.md 3.3).
 *
 * @example await conn.query(buildTerritoryActivitiesSql());
 */
export function buildTerritoryActivitiesSql(): string {
  return `SELECT DISTINCT person_id, commune_code, profession_code, coalesce(is_gp, false) AS is_gp
FROM professionals
WHERE person_id IS NOT NULL AND commune_code IS NOT NULL
ORDER BY person_id, commune_code, profession_code`;
}

/**
 * Queries the territory input (with `layers`, read from the tables' row counts) from a loaded
 * DuckDB, with the contours of its communes taken from `contours` (by code, in code order;
 * contours of communes absent from the tables are left out).
 *
 * @example const { input, geometries } = await queryTerritoryInput(conn, importedContours);
 */
export async function queryTerritoryInput(
  conn: Connector,
  contours: readonly CodedGeometry[],
): Promise<{ input: TerritoryInput; geometries: CodedGeometry[] }> {
  const communes = await conn.query<{
    code: string;
    name: string;
    dep: string;
    epci: string | null;
    epci_name: string | null;
    area_km2: number;
    centroid_lon: number | null;
    centroid_lat: number | null;
    population: number | null;
    population_year: number | null;
    population_source: PopulationSource | null;
    share_0014: number | null;
    share_60p: number | null;
    share_75p: number | null;
    age_year: number | null;
  }>(buildTerritoryCommunesSql());
  const activities = await conn.query<{
    person_id: string;
    commune_code: string;
    profession_code: string;
    is_gp: boolean;
  }>(buildTerritoryActivitiesSql());
  const establishments = await conn.query<{
    finess_et: string;
    commune_code: string;
    category_code: string;
    category_label: string;
  }>(
    'SELECT finess_et, commune_code, category_code, category_label FROM establishments WHERE commune_code IS NOT NULL ORDER BY finess_et',
  );
  const members = await conn.query<{ perimeter_name: string; commune_code: string }>(
    'SELECT DISTINCT perimeter_name, commune_code FROM perimeters ORDER BY perimeter_name, commune_code',
  );
  const [layers] = await conn.query<LoadedLayersRow>(buildLoadedLayersSql());
  const contourByCode = new Map(contours.map((c) => [c.code, c.geometry]));
  return {
    input: {
      communes: communes.map((c) => ({
        code: c.code,
        name: c.name,
        dep: c.dep,
        epci: c.epci,
        epciName: c.epci_name,
        population: c.population,
        populationYear: c.population_year,
        populationSource: c.population_source,
        areaKm2: c.area_km2,
        share0014: c.share_0014,
        share60p: c.share_60p,
        share75p: c.share_75p,
        ageYear: c.age_year === null ? null : Number(c.age_year),
        centroidLon: c.centroid_lon,
        centroidLat: c.centroid_lat,
      })),
      activities: activities.map((a) => ({
        personId: a.person_id,
        communeCode: a.commune_code,
        professionCode: a.profession_code,
        isGp: a.is_gp,
      })),
      establishments: establishments.map((e) => ({
        finessEt: e.finess_et,
        communeCode: e.commune_code,
        categoryCode: e.category_code,
        categoryLabel: e.category_label,
      })),
      perimeters: members.map((m) => ({
        perimeterName: m.perimeter_name,
        communeCode: m.commune_code,
      })),
      layers: {
        population: layers?.population ?? false,
        ages: layers?.ages ?? false,
        contourPopulation: layers?.contour_population ?? false,
        professionals: layers?.professionals ?? false,
        establishments: layers?.establishments ?? false,
        perimeters: layers?.perimeters ?? false,
      },
    },
    geometries: communes.flatMap((c) => {
      const geometry = contourByCode.get(c.code);
      return geometry ? [{ code: c.code, geometry }] : [];
    }),
  };
}
