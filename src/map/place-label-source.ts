/**
 * The commune names source of every map: vector tiles of the label points cut by the tiler worker
 * (`label-tiler-api.ts`) and handed to MapLibre through a custom protocol
 * (`perimetre-labels://<version>/<z>/<x>/<y>`, MapLibre `addProtocol`), as the commune polygons
 * (`commune-tile-source.ts`): the 35,000 points of France are never cloned from the main thread
 * to MapLibre's worker, and a tile holds only the names its zoom draws.
 */
import type { VectorSourceSpecification } from 'maplibre-gl';
import {
  COMMUNE_TILES_MAX_ZOOM,
  PLACE_LABEL_TILE_LAYER,
  type PlaceLabelTiles,
} from '../core/geo/commune-tiles';
import { tileProtocol, type TileFetcher } from './tile-protocol';

/** Gives the bytes of label tile `z/x/y` of a tile set (null when that set was replaced). */
export type PlaceLabelTileFetcher = TileFetcher;

const protocol = tileProtocol('perimetre-labels');

/** The `source-layer` of the names layer. */
export const PLACE_LABEL_SOURCE_LAYER = PLACE_LABEL_TILE_LAYER;

/** A label tile set that holds nothing, for a map whose data has not come yet. */
export const NO_PLACE_LABEL_TILES: PlaceLabelTiles = { version: 0 };

/**
 * Serves the `perimetre-labels://` URLs of all maps of the page from `fetchTile` (the last call
 * wins).
 */
export function registerPlaceLabelTileProtocol(fetchTile: PlaceLabelTileFetcher): void {
  protocol.register(fetchTile);
}

/** The tile URL template of a label tile set. */
export function placeLabelTileUrl(tiles: PlaceLabelTiles): string {
  return protocol.url(tiles.version);
}

/** The MapLibre source of a label tile set (kept by the map, its tiles replaced with `setTiles`). */
export function placeLabelSourceSpec(tiles: PlaceLabelTiles): VectorSourceSpecification {
  protocol.ensure();
  return {
    type: 'vector',
    tiles: [placeLabelTileUrl(tiles)],
    minzoom: 0,
    maxzoom: COMMUNE_TILES_MAX_ZOOM,
  };
}
