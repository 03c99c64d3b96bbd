/**
 * What the app draws, queried from the DuckDB-WASM tables after an import (`startImport`: the demo
 * at start-up and the user's files take the same path).
 */
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { establishmentFamily } from '../core/territory/establishment-family';
import type { Dataset } from '../core/types';
import type { Connector } from '../db/connector';
import {
  buildCommuneGeometriesSql,
  buildCommuneIndicatorsSql,
  buildDatasetSummarySql,
} from '../db/sql';
import type { ImportReport } from '../workers/import-api';
import { getAnalysisClient } from '../workers/analysis-client';
import type { LoadedReport } from './import-data';

/** One row of `buildCommuneIndicatorsSql` (code and name are strings; numbers may be null). */
export type CommuneRow = Record<string, unknown> & { code: string; name: string };

/** Where the content of each non-empty table comes from: the fictitious demo or the user's files. */
export type DataOrigins = Partial<Record<keyof Dataset, 'demo' | 'user'>>;

export interface LoadedData {
  title: string;
  /** True when every loaded table comes from the fictitious demo. */
  fictitious: boolean;
  origins: DataOrigins;
  /** Reports of the last import from the import panel (accepted / repaired / rejected). */
  lastImport?: ImportReport[];
  communes: CommuneRow[];
  communeGeometries: FeatureCollection<Polygon | MultiPolygon, { code: string; name: string }>;
  establishments: FeatureCollection<Point>;
  perimeters: FeatureCollection<MultiPolygon, { name: string; communeCount: number }>;
  bounds: [number, number, number, number];
  /** Reports of the files whose records are in the tables (demo files gone once removed). */
  reports: LoadedReport[];
  summary: Record<string, unknown>;
  /** CPTS names of each commune (a commune can belong to two CPTS). */
  perimetersByCode: Record<string, string[]>;
  centroidByCode: Record<string, [number, number]>;
}

/** Queries what the app draws from the tables loaded in DuckDB. */
export async function queryLoadedData(
  conn: Connector,
  reports: LoadedReport[],
  onProgress: (step: string) => void,
): Promise<Omit<LoadedData, 'title' | 'fictitious' | 'origins'>> {
  const communes = await conn.query<CommuneRow>(buildCommuneIndicatorsSql());
  const geometryRows = await conn.query<{ code: string; name: string; geometry: string }>(
    buildCommuneGeometriesSql(),
  );
  const [summary = {}] = await conn.query<Record<string, unknown>>(buildDatasetSummarySql());
  const features = geometryRows.map((r) => ({
    type: 'Feature' as const,
    properties: { code: r.code, name: r.name },
    geometry: JSON.parse(r.geometry) as Polygon | MultiPolygon,
  }));
  const establishments = await conn.query<{
    finess_et: string;
    name: string;
    category_code: string;
    category_label: string;
    commune_code: string;
    lon: number | null;
    lat: number | null;
  }>(
    'SELECT finess_et, name, category_code, category_label, commune_code, lon, lat FROM establishments ORDER BY finess_et',
  );
  const members = await conn.query<{ perimeter_name: string; commune_code: string }>(
    'SELECT DISTINCT perimeter_name, commune_code FROM perimeters ORDER BY perimeter_name, commune_code',
  );
  const centroids = await conn.query<{ code: string; lon: number; lat: number }>(
    'SELECT code, centroid_lon AS lon, centroid_lat AS lat FROM communes',
  );
  const perimetersByCode: Record<string, string[]> = {};
  for (const m of members) (perimetersByCode[m.commune_code] ??= []).push(m.perimeter_name);
  onProgress('Contours des CPTS…');
  const { outlines } = await getAnalysisClient().dissolvePerimeters(
    features.map((f) => ({ code: f.properties.code, geometry: f.geometry })),
    members.map((m) => ({ perimeterName: m.perimeter_name, communeCode: m.commune_code })),
  );
  return {
    communes,
    communeGeometries: { type: 'FeatureCollection', features },
    establishments: {
      type: 'FeatureCollection',
      features: establishments
        .filter((e) => e.lon !== null && e.lat !== null)
        .map((e): Feature<Point> => ({
          type: 'Feature',
          properties: {
            finess: e.finess_et,
            name: e.name,
            category: e.category_label,
            family: establishmentFamily(e.category_code, e.category_label),
            commune: e.commune_code,
          },
          geometry: { type: 'Point', coordinates: [e.lon as number, e.lat as number] },
        })),
    },
    perimeters: outlines,
    bounds: boundsOf(features),
    reports,
    summary,
    perimetersByCode,
    centroidByCode: Object.fromEntries(centroids.map((c) => [c.code, [c.lon, c.lat]])),
  };
}

/** Times a step as a `perimetre:<name>` performance measure (read by the benchmarks). */
export async function measure<T>(name: string, step: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await step();
  } finally {
    performance.measure(`perimetre:${name}`, { start, end: performance.now() });
  }
}

function boundsOf(
  features: { geometry: Polygon | MultiPolygon }[],
): [number, number, number, number] {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of features) {
    const polygons =
      f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const polygon of polygons)
      for (const [x, y] of polygon[0] ?? []) {
        if (x === undefined || y === undefined) continue;
        minX = Math.min(minX, x);
        minY = Math.min(minY, y);
        maxX = Math.max(maxX, x);
        maxY = Math.max(maxY, y);
      }
  }
  return [minX, minY, maxX, maxY];
}
