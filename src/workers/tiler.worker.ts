/// <reference lib="webworker" />
// The tiler worker: commune polygons in, vector tiles out (see tiler-api.ts).
import { expose, transfer } from 'comlink';
import type { FlatGeometries } from '../core/geo/flat-geometries';
import { communeTile, loadCommuneTiles } from './tiler-api';

expose({
  loadCommuneTiles: (flat: FlatGeometries, version: number) => loadCommuneTiles(flat, version),
  /** The tile's bytes are transferred, not copied. */
  communeTile: (version: number, z: number, x: number, y: number) => {
    const tile = communeTile(version, z, x, y);
    if (!tile) return null;
    const buffer = tile.buffer.slice(tile.byteOffset, tile.byteOffset + tile.byteLength);
    return transfer(buffer, [buffer]);
  },
});
