/**
 * The app's tiler worker (src/workers/tiler-api.ts, label-tiler-api.ts): commune polygons go to it
 * once per loaded dataset as flat typed arrays (transferred, not copied), the commune names as
 * columns, and every map of the page reads its tiles through the `perimetre-communes://` and
 * `perimetre-labels://` protocols.
 */
import { transfer, wrap, type Remote } from 'comlink';
import type { CommuneTiles, PlaceLabelTiles } from '../core/geo/commune-tiles';
import type { CommuneGeometries } from '../core/geo/commune-geometries';
import { flatBuffers, type FlatGeometries } from '../core/geo/flat-geometries';
import { computeLandMasses, type LandMass } from '../core/geo/land-masses';
import type { PlaceLabelColumns } from '../core/geo/place-labels';
import { registerCommuneTileProtocol } from '../map/commune-tile-source';
import { registerPlaceLabelTileProtocol } from '../map/place-label-source';
import type * as labelTilerApi from '../workers/label-tiler-api';
import type * as tilerApi from '../workers/tiler-api';

type Tiler = Remote<{
  loadCommuneTiles: typeof tilerApi.loadCommuneTiles;
  communeTile: (version: number, z: number, x: number, y: number) => ArrayBuffer | null;
  loadPlaceLabelTiles: typeof labelTilerApi.loadPlaceLabelTiles;
  placeLabelTile: (version: number, z: number, x: number, y: number) => ArrayBuffer | null;
}>;

let tiler: Tiler | null = null;
let lastVersion = 0;
let lastLabelVersion = 0;

function getTiler(): Tiler {
  if (!tiler) {
    const worker = new Worker(new URL('../workers/tiler.worker.ts', import.meta.url), {
      type: 'module',
    });
    const remote: Tiler = wrap(worker);
    registerCommuneTileProtocol((version, z, x, y) => remote.communeTile(version, z, x, y));
    registerPlaceLabelTileProtocol((version, z, x, y) => remote.placeLabelTile(version, z, x, y));
    tiler = remote;
  }
  return tiler;
}

/** Commune tiles being cut, with the land masses of the communes (main one first). */
export interface PublishedTiles {
  tiles: CommuneTiles;
  landMasses: LandMass[];
  /** Resolves once the tiler has indexed the polygons (tiles asked before simply wait). */
  indexed: Promise<void>;
}

/**
 * Sends a copy of the flat polygons to the tiler (transferred) under a new version and returns at
 * once with the tile set and the land masses (computed here, in a few milliseconds).
 *
 * @param tilerCopy - A copy of the same polygons made elsewhere (the import worker's), transferred
 *   as it is; without it the polygons are copied here.
 * @example const { tiles, landMasses } = publishCommuneTiles(CommuneGeometries.from(contours));
 */
export function publishCommuneTiles(
  geometries: CommuneGeometries,
  tilerCopy?: FlatGeometries,
): PublishedTiles {
  const flat = tilerCopy ?? geometries.copyFlat();
  const landMasses = computeLandMasses(geometries.flat);
  lastVersion += 1;
  const version = lastVersion;
  const indexed = getTiler()
    .loadCommuneTiles(transfer(flat, flatBuffers(flat)), version)
    .then(() => undefined);
  return { tiles: { version }, landMasses, indexed };
}

/**
 * Sends the commune names (columns; the typed arrays transferred) to the tiler under a new
 * version and returns at once with the label tile set: the tiler ranks them and cuts the tiles
 * (tiles asked before it is done simply wait).
 *
 * @example map.setData(tiles, geometryOf, landMasses, cpts, sites, publishPlaceLabels(columns));
 */
export function publishPlaceLabels(columns: PlaceLabelColumns): PlaceLabelTiles {
  lastLabelVersion += 1;
  const version = lastLabelVersion;
  const { population, areaKm2, lon, lat } = columns;
  getTiler()
    .loadPlaceLabelTiles(
      transfer(columns, [population.buffer, areaKm2.buffer, lon.buffer, lat.buffer]),
      version,
    )
    .catch((e: unknown) => console.error('Noms des communes :', e));
  return { version };
}
