/**
 * The communes source of every map: vector tiles cut by the tiler worker and handed to MapLibre
 * through a custom protocol (`perimetre-communes://<version>/<z>/<x>/<y>`, MapLibre
 * `addProtocol`), so MapLibre parses small tiles in its own workers and the main thread never
 * serialises the polygons. `promoteId: 'code'` makes the INSEE code the feature id, which the
 * feature-state choropleth, hover, selection and pending marks address.
 */
import { addProtocol, type VectorSourceSpecification } from 'maplibre-gl';
import {
  COMMUNE_TILE_LAYER,
  COMMUNE_TILES_MAX_ZOOM,
  type CommuneTiles,
} from '../core/geo/commune-tiles';

/** Gives the bytes of tile `z/x/y` of a tile set (null when that set was replaced). */
export type CommuneTileFetcher = (
  version: number,
  z: number,
  x: number,
  y: number,
) => Promise<ArrayBuffer | null>;

const PROTOCOL = 'perimetre-communes';

/** The `source-layer` of every layer drawn from the communes source. */
export const COMMUNE_SOURCE_LAYER = COMMUNE_TILE_LAYER;

/** A tile set that holds nothing, for a map whose data has not come yet. */
export const NO_COMMUNE_TILES: CommuneTiles = { version: 0 };

let fetcher: CommuneTileFetcher | null = null;
let registered = false;

/**
 * Serves the `perimetre-communes://` URLs of all maps of the page from `fetchTile` (the last call
 * wins).
 */
export function registerCommuneTileProtocol(fetchTile: CommuneTileFetcher): void {
  fetcher = fetchTile;
  ensureProtocol();
}

/**
 * Hooks the protocol into MapLibre once, before any map asks for a tile. Until a fetcher is given,
 * and for a tile of a replaced set (a map just given new data may still ask for one), the tile
 * comes back empty, not as an error.
 */
function ensureProtocol(): void {
  if (registered) return;
  registered = true;
  addProtocol(PROTOCOL, async (params) => {
    const [version, z, x, y] = params.url
      .slice(PROTOCOL.length + 3)
      .split('/')
      .map(Number);
    if (version === undefined || z === undefined || x === undefined || y === undefined)
      throw new Error(`Adresse de tuile illisible : ${params.url}`);
    const tile = version > 0 && fetcher ? await fetcher(version, z, x, y) : null;
    return { data: tile ?? new ArrayBuffer(0) };
  });
}

/** The tile URL template of a tile set. */
export function communeTileUrl(tiles: CommuneTiles): string {
  return `${PROTOCOL}://${tiles.version}/{z}/{x}/{y}`;
}

/**
 * The MapLibre source of a tile set. No `bounds`: a map keeps its source when its data change
 * (`setTiles`), and tiles where no commune lies come back empty at once.
 */
export function communeSourceSpec(tiles: CommuneTiles): VectorSourceSpecification {
  ensureProtocol();
  return {
    type: 'vector',
    tiles: [communeTileUrl(tiles)],
    minzoom: 0,
    maxzoom: COMMUNE_TILES_MAX_ZOOM,
    promoteId: 'code',
  };
}
