/**
 * What the tiler and the map agree on about the commune vector tiles: the layer name inside each
 * tile, the deepest zoom cut, and how a set of tiles is named (`version`, bumped for each loaded
 * dataset so that no tile of a replaced dataset is reused).
 */

/** Name of the layer of commune polygons in each tile (the map layers' `source-layer`). */
export const COMMUNE_TILE_LAYER = 'communes';

/** Deepest zoom with tiles of its own; the map over-zooms beyond it. */
export const COMMUNE_TILES_MAX_ZOOM = 12;

/** One set of commune tiles served by the tiler. */
export interface CommuneTiles {
  /** Identifies the set; tiles of another version are never mixed in. */
  version: number;
}
