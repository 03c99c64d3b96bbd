/**
 * The communes source of every map: vector tiles cut by the tiler worker and handed to MapLibre
 * through a custom protocol (`perimetre-communes://<version>/<z>/<x>/<y>`, MapLibre
 * `addProtocol`), so MapLibre parses small tiles in its own workers and the main thread never
 * serialises the polygons. `promoteId: 'code'` makes the INSEE code the feature id, which the
 * feature-state choropleth, hover, selection and pending marks address.
 */
import type { VectorSourceSpecification } from 'maplibre-gl';
import {
  COMMUNE_TILE_LAYER,
  COMMUNE_TILES_MAX_ZOOM,
  type CommuneTiles,
} from '../core/geo/commune-tiles';
import { tileProtocol, type TileFetcher } from './tile-protocol';

/** Gives the bytes of tile `z/x/y` of a tile set (null when that set was replaced). */
export type CommuneTileFetcher = TileFetcher;

const protocol = tileProtocol('perimetre-communes');

/** The `source-layer` of every layer drawn from the communes source. */
export const COMMUNE_SOURCE_LAYER = COMMUNE_TILE_LAYER;

/** A tile set that holds nothing, for a map whose data has not come yet. */
export const NO_COMMUNE_TILES: CommuneTiles = { version: 0 };

/**
 * Serves the `perimetre-communes://` URLs of all maps of the page from `fetchTile` (the last call
 * wins).
 */
export function registerCommuneTileProtocol(fetchTile: CommuneTileFetcher): void {
  protocol.register(fetchTile);
}

/** The tile URL template of a tile set. */
export function communeTileUrl(tiles: CommuneTiles): string {
  return protocol.url(tiles.version);
}

/**
 * The MapLibre source of a tile set. No `bounds`: a map keeps its source when its data change
 * (`setTiles`), and tiles where no commune lies come back empty at once.
 */
export function communeSourceSpec(tiles: CommuneTiles): VectorSourceSpecification {
  protocol.ensure();
  return {
    type: 'vector',
    tiles: [communeTileUrl(tiles)],
    minzoom: 0,
    maxzoom: COMMUNE_TILES_MAX_ZOOM,
    promoteId: 'code',
  };
}
