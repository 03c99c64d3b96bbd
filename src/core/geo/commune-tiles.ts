/**
 * What the tiler and the map agree on about the commune vector tiles: the layer name inside each
 * tile, the deepest zoom cut, and how a set of tiles is named (`version`, bumped for each loaded
 * dataset so that no tile of a replaced dataset is reused), and the same for the tiles of the
 * commune names.
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

/**
 * Name of the layer of commune name points in each label tile (a second tile set cut by the same
 * tiler, `place-label-source.ts`): one point per commune with `code`, `name`, `rank`, `tier`.
 */
export const PLACE_LABEL_TILE_LAYER = 'labels';

/** One set of commune name tiles served by the tiler (`version` as for {@link CommuneTiles}). */
export interface PlaceLabelTiles {
  version: number;
}
