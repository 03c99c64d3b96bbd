/**
 * A vector tile set served to MapLibre through a custom protocol (`<name>://<version>/<z>/<x>/<y>`,
 * MapLibre `addProtocol`) from tiles cut by the tiler worker: the commune polygons
 * (`commune-tile-source.ts`) and the commune names (`place-label-source.ts`).
 */
import { addProtocol } from 'maplibre-gl';

/** Gives the bytes of tile `z/x/y` of a tile set (null when that set was replaced). */
export type TileFetcher = (
  version: number,
  z: number,
  x: number,
  y: number,
) => Promise<ArrayBuffer | null>;

/** One protocol: where its tiles come from and the URL template of a tile set. */
export interface TileProtocol {
  /** Serves the protocol's URLs of all maps of the page from `fetchTile` (the last call wins). */
  register(fetchTile: TileFetcher): void;
  /** Hooks the protocol into MapLibre (once), before any map asks for a tile. */
  ensure(): void;
  /** The tile URL template of tile set `version`. */
  url(version: number): string;
}

/**
 * The protocol `name`. Until a fetcher is given, and for a tile of a replaced set (a map just given
 * new data may still ask for one), the tile comes back empty, not as an error.
 *
 * @example const labels = tileProtocol('perimetre-labels'); labels.url(3); // => 'perimetre-labels://3/{z}/{x}/{y}'
 */
export function tileProtocol(name: string): TileProtocol {
  let fetcher: TileFetcher | null = null;
  let registered = false;
  const ensure = () => {
    if (registered) return;
    registered = true;
    addProtocol(name, async (params) => {
      const [version, z, x, y] = params.url
        .slice(name.length + 3)
        .split('/')
        .map(Number);
      if (version === undefined || z === undefined || x === undefined || y === undefined)
        throw new Error(`Adresse de tuile illisible : ${params.url}`);
      const tile = version > 0 && fetcher ? await fetcher(version, z, x, y) : null;
      return { data: tile ?? new ArrayBuffer(0) };
    });
  };
  return {
    register(fetchTile) {
      fetcher = fetchTile;
      ensure();
    },
    ensure,
    url: (version) => `${name}://${version}/{z}/{x}/{y}`,
  };
}
