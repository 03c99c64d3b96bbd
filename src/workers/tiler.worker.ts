/// <reference lib="webworker" />
// The tiler worker: commune polygons and names in, vector tiles out (tiler-api.ts, label-tiler-api.ts).
import { expose, transfer } from 'comlink';
import type { FlatGeometries } from '../core/geo/flat-geometries';
import type { PlaceLabelColumns } from '../core/geo/place-labels';
import { loadPlaceLabelTiles, placeLabelTile } from './label-tiler-api';
import { communeTile, loadCommuneTiles } from './tiler-api';

/** The tile's bytes are transferred, not copied. */
function transferred(tile: Uint8Array | null) {
  if (!tile) return null;
  const buffer = tile.buffer.slice(tile.byteOffset, tile.byteOffset + tile.byteLength);
  return transfer(buffer, [buffer]);
}

expose({
  loadCommuneTiles: (flat: FlatGeometries, version: number) => loadCommuneTiles(flat, version),
  communeTile: (version: number, z: number, x: number, y: number) =>
    transferred(communeTile(version, z, x, y)),
  loadPlaceLabelTiles: (columns: PlaceLabelColumns, version: number) =>
    loadPlaceLabelTiles(columns, version),
  placeLabelTile: (version: number, z: number, x: number, y: number) =>
    transferred(placeLabelTile(version, z, x, y)),
});
