/**
 * The commune names of the tiler: the label points of `buildPlaceLabels` (rank by population,
 * size tier) cut into Mapbox vector tiles (one layer `labels`) off the main thread, with
 * geojson-vt (Agafonkin, mapbox/geojson-vt) and vt-pbf (Mapbox Vector Tile 2.1 encoding), like the
 * commune polygons (`tiler-api.ts`). Handing MapLibre the 35,000 points of France as a GeoJSON
 * source clones them to its worker from the main thread (≈ 1 s); tiles are read natively. A tile
 * holds only the labels its zoom draws (`isTierDrawnAt`), cut from an index of those labels alone:
 * the villages are neither in the tiles of the national view nor clipped to cut them. Plain
 * functions: Node tests call them directly.
 */
import type { FeatureCollection, Point } from 'geojson';
import GeoJSONVT from 'geojson-vt';
import { fromGeojsonVt } from 'vt-pbf';
import { COMMUNE_TILES_MAX_ZOOM, PLACE_LABEL_TILE_LAYER } from '../core/geo/commune-tiles';
import {
  buildPlaceLabelsFromColumns,
  isTierDrawnAt,
  type PlaceLabelColumns,
  type PlaceLabelProperties,
  type PlaceLabelTier,
} from '../core/geo/place-labels';

const EXTENT = 4096;

/** The label points of a version, and one tile index per set of tiers drawn (built on demand). */
let index: {
  version: number;
  labels: FeatureCollection<Point, PlaceLabelProperties>;
  byTierCount: Map<number, GeoJSONVT>;
} | null = null;

/**
 * Ranks the communes' names (`buildPlaceLabelsFromColumns`) and keeps them under `version` (the
 * previous set is dropped); the tiles are cut on first request.
 *
 * @returns The number of label points (communes with a name and a point inside).
 * @example loadPlaceLabelTiles(columns, 1); // => { version: 1, labelCount: 34868 }
 */
export function loadPlaceLabelTiles(
  columns: PlaceLabelColumns,
  version: number,
): { version: number; labelCount: number } {
  const labels = buildPlaceLabelsFromColumns(columns);
  index = { version, labels, byTierCount: new Map() };
  return { version, labelCount: labels.features.length };
}

/**
 * The label tile `z/x/y` indexed under `version`, protobuf-encoded, holding only the labels drawn
 * at zoom `z`; an empty buffer where there is none, `null` when `version` is no longer the indexed
 * one (a stale request of a replaced map).
 *
 * @example new VectorTile(new PbfReader(placeLabelTile(1, 8, 126, 87))).layers.labels.length;
 */
export function placeLabelTile(
  version: number,
  z: number,
  x: number,
  y: number,
): Uint8Array | null {
  if (!index || index.version !== version) return null;
  const tile = tilesDrawnAt(index, z).getTile(z, x, y);
  if (!tile || tile.features.length === 0) return new Uint8Array(0);
  return fromGeojsonVt(
    { [PLACE_LABEL_TILE_LAYER]: tile as unknown as Parameters<typeof fromGeojsonVt>[0][string] },
    { version: 2, extent: EXTENT },
  );
}

/**
 * The tile index of the labels drawn at zoom `z`: the national view cuts its tiles from the few
 * hundred main towns, not from the 35,000 points.
 */
function tilesDrawnAt(set: NonNullable<typeof index>, z: number): GeoJSONVT {
  const tiers = TIERS.filter((t) => isTierDrawnAt(t, z));
  let tiles = set.byTierCount.get(tiers.length);
  if (!tiles) {
    const features = set.labels.features.filter((f) => tiers.includes(f.properties.tier));
    tiles = new GeoJSONVT(
      { type: 'FeatureCollection', features },
      {
        maxZoom: COMMUNE_TILES_MAX_ZOOM,
        indexMaxZoom: 5,
        indexMaxPoints: 100_000,
        extent: EXTENT,
        // MapLibre places a point label only in the tile holding its anchor: no buffer needed.
        buffer: 0,
      },
    );
    set.byTierCount.set(tiers.length, tiles);
  }
  return tiles;
}

const TIERS: readonly PlaceLabelTier[] = [0, 1, 2, 3, 4];
