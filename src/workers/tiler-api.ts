/**
 * The tiler: cuts the commune polygons into Mapbox vector tiles (one layer `communes`, one
 * property `code`) off the main thread, with geojson-vt (clipping and Douglas–Peucker
 * simplification per zoom, Agafonkin, mapbox/geojson-vt) and vt-pbf (Protocol Buffers encoding of
 * the Mapbox Vector Tile 2.1 specification). MapLibre reads the tiles natively, so the main thread
 * never serialises the polygons again. Plain functions: Node tests call them directly.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import GeoJSONVT from 'geojson-vt';
import { fromGeojsonVt } from 'vt-pbf';
import { COMMUNE_TILE_LAYER, COMMUNE_TILES_MAX_ZOOM } from '../core/geo/commune-tiles';
import { geometryAt, type FlatGeometries } from '../core/geo/flat-geometries';

const EXTENT = 4096;

let index: { version: number; tiles: GeoJSONVT } | null = null;

/**
 * Indexes a new set of commune polygons under `version` (the previous set is dropped); tiles down
 * to zoom 5 with many points are cut at once, the others on first request.
 *
 * @example loadCommuneTiles(toFlatGeometries(shapes), 1); // => { version: 1, communeCount: 393 }
 */
export function loadCommuneTiles(
  flat: FlatGeometries,
  version: number,
): { version: number; communeCount: number } {
  const features = flat.codes.map((code, i): Feature<Polygon | MultiPolygon> => ({
    type: 'Feature',
    properties: { code },
    geometry: geometryAt(flat, i),
  }));
  const collection: FeatureCollection = { type: 'FeatureCollection', features };
  index = {
    version,
    tiles: new GeoJSONVT(collection, {
      maxZoom: COMMUNE_TILES_MAX_ZOOM,
      indexMaxZoom: 5,
      indexMaxPoints: 100_000,
      // 0.375 px of a 512 px tile, as MapLibre's GeoJSON sources: a coarser one (1 px) drops the
      // communes smaller than a pixel at zoom 5 (1,400 of France); the buffer (2 px) covers the
      // widest outline (1.2 px).
      tolerance: 3,
      extent: EXTENT,
      buffer: 16,
    }),
  };
  return { version, communeCount: features.length };
}

/**
 * The vector tile `z/x/y` of the polygons indexed under `version`, protobuf-encoded; an empty
 * buffer where no commune lies (a valid tile with no layer), `null` when `version` is no longer
 * the indexed one (a stale request of a replaced map).
 *
 * @example new VectorTile(new PbfReader(communeTile(1, 8, 126, 87))).layers.communes.length;
 */
export function communeTile(version: number, z: number, x: number, y: number): Uint8Array | null {
  if (!index || index.version !== version) return null;
  const tile = index.tiles.getTile(z, x, y);
  if (!tile || tile.features.length === 0) return new Uint8Array(0);
  return fromGeojsonVt(
    { [COMMUNE_TILE_LAYER]: tile as unknown as Parameters<typeof fromGeojsonVt>[0][string] },
    { version: 2, extent: EXTENT },
  );
}
