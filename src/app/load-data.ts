/**
 * What the app draws, queried from the DuckDB-WASM tables after an import (`startImport`: the demo
 * at start-up and the user's files take the same path). Commune polygons are not in DuckDB: the
 * import worker hands them over flat (typed arrays, transferred); they are sent to the tiler
 * (vector tiles of the map) while the tables are queried, and kept flat (`CommuneGeometries`) for
 * `geometryOf` and the territory overlays: no GeoJSON of all communes is on the main thread.
 */
import type { Feature, FeatureCollection, MultiPolygon, Point } from 'geojson';
import type { CommuneGeometries, NamedGeometry } from '../core/geo/commune-geometries';
import type { FlatGeometries } from '../core/geo/flat-geometries';
import type { CommuneTiles } from '../core/geo/commune-tiles';
import type { LandMass } from '../core/geo/land-masses';
import { establishmentFamily } from '../core/territory/establishment-family';
import type { Dataset } from '../core/types';
import type { Connector } from '../db/connector';
import { buildCommuneIndicatorsSql, buildDatasetSummarySql } from '../db/sql';
import type { ImportReport } from '../workers/import-api';
import { getAnalysisClient } from '../workers/analysis-client';
import { CommuneTable } from './commune-table';
import { publishCommuneTiles, type PublishedTiles } from './commune-tiles';
import type { LoadedFile } from './commit-import';
import type { LoadedReport } from './import-data';

/** An establishment as `queryLoadedData` reads it (coordinates null when not geocoded). */
interface EstablishmentRow {
  finess_et: string;
  name: string;
  category_code: string;
  category_label: string;
  commune_code: string;
  lon: number | null;
  lat: number | null;
}

/** A commune polygon as the import hands it over (code, name, WGS84 geometry). */
export type CommuneShape = NamedGeometry;

export type { CommuneRow } from './commune-table';

/** Where the content of each non-empty table comes from: the fictitious demo or the user's files. */
export type DataOrigins = Partial<Record<keyof Dataset, 'demo' | 'user'>>;

export interface LoadedData {
  title: string;
  /** True when every loaded table comes from the fictitious demo. */
  fictitious: boolean;
  origins: DataOrigins;
  /** Reports of the last import from the import panel (accepted / repaired / rejected). */
  lastImport?: ImportReport[];
  /** The indicators of every commune (`buildCommuneIndicatorsSql`), kept by columns. */
  communes: CommuneTable;
  /**
   * Commune polygons (flat, by code): `geometryOf(code)` for overlays and marks, `shapes(keep)` for
   * the analyses; the map draws tiles. Its `features` are rebuilt at each read.
   */
  communeGeometries: CommuneGeometries;
  /** The vector tiles of the same polygons, cut by the tiler worker. */
  communeTiles: CommuneTiles;
  /** Land masses of the communes, the main one (first view of the maps) first. */
  landMasses: LandMass[];
  establishments: FeatureCollection<Point>;
  perimeters: FeatureCollection<MultiPolygon, { name: string; communeCount: number }>;
  /** Bounds of the main land mass ([west, south, east, north], degrees). */
  bounds: [number, number, number, number];
  /** Reports of the files whose records are in the tables (demo files gone once removed). */
  reports: LoadedReport[];
  /** DuckDB's register of the files: what each fed, what a later import replaced or removed. */
  files: LoadedFile[];
  /**
   * What the start did with the data kept on this computer (`restoreKeptImports`): restored,
   * partly restored, unreadable, or erased by the previous page; shown in a banner.
   */
  notice?: { kind: string; text: string };
  summary: Record<string, unknown>;
  /** CPTS names of each commune (a commune can belong to two CPTS). */
  perimetersByCode: Record<string, string[]>;
  /** Point inside each commune ([lon, lat]), by INSEE code (a Map: numeric-looking keys are slow in an object). */
  centroidByCode: ReadonlyMap<string, [number, number]>;
}

/**
 * Queries what the app draws from the tables loaded in DuckDB, with the polygons of the same
 * communes (`geometries`, from the import), which go to the tiler first (unless already sent) so
 * that tiles are cut while the tables are read.
 */
export async function queryLoadedData(
  conn: Connector,
  reports: LoadedReport[],
  geometries: CommuneGeometries,
  onProgress: (step: string) => void,
  /** The same polygons, already sent to the tiler (`startImport`'s early contours). */
  alreadyPublished?: PublishedTiles,
  /** A copy of the polygons to transfer to the tiler (else `publishCommuneTiles` copies them). */
  tilerGeometries?: FlatGeometries,
): Promise<Omit<LoadedData, 'title' | 'fictitious' | 'origins' | 'files'>> {
  const published = alreadyPublished ?? publishCommuneTiles(geometries, tilerGeometries);
  // Awaited below; marked handled now so that a tiler failure during the queries is not reported twice.
  published.indexed.catch(() => undefined);
  // All sent at once: DuckDB runs them one after the other in its worker, but none waits for the
  // main thread (busy with the page at start-up) to read the previous answer first.
  const membersQuery = conn.query<{ perimeter_name: string; commune_code: string }>(
    'SELECT DISTINCT perimeter_name, commune_code FROM perimeters ORDER BY perimeter_name, commune_code',
  );
  const queries = Promise.all([
    conn.queryColumns(buildCommuneIndicatorsSql()),
    conn.query<Record<string, unknown>>(buildDatasetSummarySql()),
    conn.query<EstablishmentRow>(
      'SELECT finess_et, name, category_code, category_label, commune_code, lon, lat FROM establishments ORDER BY finess_et',
    ),
    conn.query<{ code: string; lon: number; lat: number }>(
      'SELECT code, centroid_lon AS lon, centroid_lat AS lat FROM communes',
    ),
  ]);
  // Awaited below; marked handled now so that a failure while the outlines are computed is
  // reported once.
  queries.catch(() => undefined);
  const members = await membersQuery;
  const perimetersByCode: Record<string, string[]> = {};
  for (const m of members) (perimetersByCode[m.commune_code] ??= []).push(m.perimeter_name);
  onProgress('Contours des CPTS…');
  // Only the member communes cross to the worker (structured-cloning all of France costs ~1 s).
  const { outlines } = await getAnalysisClient().dissolvePerimeters(
    geometries
      .shapes((code) => perimetersByCode[code] !== undefined)
      .map((s) => ({ code: s.code, geometry: s.geometry })),
    members.map((m) => ({ perimeterName: m.perimeter_name, communeCode: m.commune_code })),
  );
  const [indicatorColumns, [summary = {}], establishments, centroids] = await queries;
  const communes = new CommuneTable(indicatorColumns);
  await published.indexed;
  return {
    communes,
    communeGeometries: geometries,
    communeTiles: published.tiles,
    landMasses: published.landMasses,
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
    bounds: published.landMasses[0]?.bounds ?? [-5.5, 41, 10, 51.5],
    reports,
    summary,
    perimetersByCode,
    centroidByCode: new Map(centroids.map((c) => [c.code, [c.lon, c.lat]])),
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
