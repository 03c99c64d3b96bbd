/**
 * Territory workbench analyses, run in the analysis worker (and called directly by the CLI and
 * Node tests). The context (per-commune aggregates, topology, adjacency) is built once by
 * `prepareTerritories` and kept in the worker; each edit then costs `analyseTerritoryCodes`.
 */
import { withoutStartingPerimeter } from '../core/territory/starting-perimeter';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { CodedGeometry } from '../core/geo/dissolve-communes';
import { fromFlatGeometries, type FlatGeometries } from '../core/geo/flat-geometries';
import { computePointOnSurface } from '../core/geo/point-on-surface';
import type { CoverageCounts } from '../core/overlap/compute-coverage';
import {
  analyseTerritory,
  buildTerritoryContext,
  computeLoadedCoverage,
  type TerritoryAnalysis,
  type TerritoryContext,
} from '../core/territory/analyse-territory';
import { compareTerritories, type ComparisonRow } from '../core/territory/compare-territories';
import type { TerritoryInput } from '../core/territory/territory-base';
import {
  toCommunesCsv,
  toTerritoryGeoJson,
  type ExportMeta,
} from '../core/territory/to-territory-exports';

let context: TerritoryContext | null = null;
let geometryByCode = new Map<string, Polygon | MultiPolygon>();
let surfacePoints: { code: string; point: [number, number] }[] | null = null;

/**
 * Builds (once per loaded dataset) the territory context in this worker; returns the coverage by
 * the loaded CPTS (null when no CPTS perimeter is loaded). The app sends the contours as flat
 * typed arrays (transferred: structured-cloning GeoJSON of all France costs ~1 s on the main thread).
 */
export async function prepareTerritories(
  input: TerritoryInput,
  contours: readonly CodedGeometry[] | FlatGeometries,
): Promise<{ communeCount: number; coverage: CoverageCounts | null }> {
  const geometries = 'coords' in contours ? fromFlatGeometries(contours) : contours;
  context = buildTerritoryContext(input, geometries);
  geometryByCode = new Map(geometries.map((g) => [g.code, g.geometry]));
  surfacePoints = null;
  return { communeCount: input.communes.length, coverage: computeLoadedCoverage(context) };
}

function ready(): TerritoryContext {
  if (!context)
    throw new Error('prepareTerritories() doit être appelé avant les analyses de territoire.');
  return context;
}

/** The prepared context and the geometries of the loaded communes (dossier, exports). */
export function preparedTerritories(): {
  context: TerritoryContext;
  geometryOf: (code: string) => Polygon | MultiPolygon | null;
} {
  return { context: ready(), geometryOf: (code) => geometryByCode.get(code) ?? null };
}

/** Full analysis of a territory (indicators, tranche, contiguity, overlaps, white zones, outline). */
export async function analyseTerritoryCodes(codes: readonly string[]): Promise<TerritoryAnalysis> {
  return analyseTerritory(ready(), codes);
}

/**
 * Communes whose point on surface (`computePointOnSurface`, always inside its commune, unlike the
 * centroid of a crescent-shaped commune) lies inside a drawn polygon (lasso / polygon selection).
 * Points are computed once per loaded dataset; a bounding-box test skips most communes. Communes
 * without a geometry fall back to their centroid.
 */
export async function communesInPolygon(polygon: Feature<Polygon> | Polygon): Promise<string[]> {
  const ctx = ready();
  surfacePoints ??= ctx.base.communes.flatMap((c) => {
    const geometry = geometryByCode.get(c.code);
    const point = geometry ? computePointOnSurface(geometry) : null;
    if (point) return [{ code: c.code, point }];
    return c.centroidLon === null || c.centroidLat === null
      ? []
      : [{ code: c.code, point: [c.centroidLon, c.centroidLat] as [number, number] }];
  });
  const [west, south, east, north] = bbox(polygon);
  const result: string[] = [];
  for (const { code, point } of surfacePoints) {
    const [x, y] = point;
    if (x < west || x > east || y < south || y > north) continue;
    if (booleanPointInPolygon(point, polygon)) result.push(code);
  }
  return result.sort();
}

/** Two territories side by side (indicators and only-A / only-B / both). */
export async function compareTerritoryCodes(
  codesA: readonly string[],
  codesB: readonly string[],
): Promise<{
  rows: ComparisonRow[];
  onlyA: string[];
  onlyB: string[];
  both: string[];
  a: TerritoryAnalysis;
  b: TerritoryAnalysis;
}> {
  const a = analyseTerritory(ready(), codesA);
  const b = analyseTerritory(ready(), codesB);
  return { ...compareTerritories(a.indicators, a.codes, b.indicators, b.codes), a, b };
}

/**
 * GeoJSON (RFC 7946) and CSV (UTF-8 with BOM) of a territory, as text; the CPTS it was started
 * from (`meta.startedFrom`) is not one of its overlaps.
 */
export async function exportTerritoryFiles(
  codes: readonly string[],
  meta: ExportMeta,
): Promise<{ geojson: string; csv: string; analysis: TerritoryAnalysis }> {
  const ctx = ready();
  const analysis = withoutStartingPerimeter(analyseTerritory(ctx, codes), meta.startedFrom);
  const communes = analysis.codes
    .map((c) => ctx.base.communes[ctx.base.indexByCode.get(c) ?? -1])
    .filter((c) => c !== undefined);
  return {
    geojson: toTerritoryGeoJson(analysis, communes, (c) => geometryByCode.get(c) ?? null, meta),
    csv: toCommunesCsv(communes, meta.territoryName),
    analysis,
  };
}
