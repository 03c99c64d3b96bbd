import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { tileOf } from '../../test/support/slippy-tiles';
import { PLACE_LABEL_TILE_LAYER } from '../core/geo/commune-tiles';
import { loadPlaceLabelTiles, placeLabelTile } from './label-tiler-api';

/** Names in a tile, with their properties. */
function namesIn(bytes: Uint8Array | null): Record<string, Record<string, unknown>> {
  if (!bytes) throw new Error('tuile absente');
  const layer = new VectorTile(new PbfReader(bytes)).layers[PLACE_LABEL_TILE_LAYER];
  const out: Record<string, Record<string, unknown>> = {};
  for (let i = 0; i < (layer?.length ?? 0); i++) {
    const properties = layer?.feature(i).properties ?? {};
    out[String(properties.name)] = properties;
  }
  return out;
}

// Three communes of the Manche around Saint-Lô (points inside rounded, populations INSEE 2021).
const columns = () => ({
  codes: ['50502', '50025', '50601'],
  names: ['Saint-Lô', 'Agneaux', 'Sainte-Suzanne-sur-Vire'],
  population: Float64Array.of(19_000, 4_200, 800),
  areaKm2: Float64Array.of(23.2, 8.1, 7.6),
  lon: Float64Array.of(-1.09, -1.11, -1.05),
  lat: Float64Array.of(49.11, 49.12, 49.07),
});

describe('commune name tiles', () => {
  it('holds in each tile only the names its zoom draws, with rank and tier', () => {
    expect(loadPlaceLabelTiles(columns(), 3)).toEqual({ version: 3, labelCount: 3 });
    const [x5, y5] = tileOf(-1.09, 49.11, 5);
    expect(Object.keys(namesIn(placeLabelTile(3, 5, x5, y5)))).toEqual(['Saint-Lô']);
    const [x8, y8] = tileOf(-1.09, 49.11, 8);
    expect(Object.keys(namesIn(placeLabelTile(3, 8, x8, y8))).sort()).toEqual([
      'Agneaux',
      'Saint-Lô',
    ]);
    // The village (tier 3) from zoom 9, in its own tile.
    const [x8v, y8v] = tileOf(-1.05, 49.07, 8);
    expect(namesIn(placeLabelTile(3, 8, x8v, y8v))['Sainte-Suzanne-sur-Vire']).toBeUndefined();
    const [x9, y9] = tileOf(-1.05, 49.07, 9);
    expect(namesIn(placeLabelTile(3, 9, x9, y9))['Sainte-Suzanne-sur-Vire']).toEqual({
      code: '50601',
      name: 'Sainte-Suzanne-sur-Vire',
      rank: 2,
      tier: 3,
    });
    const [x10, y10] = tileOf(-1.09, 49.11, 10);
    expect(namesIn(placeLabelTile(3, 10, x10, y10))['Saint-Lô']).toMatchObject({
      code: '50502',
      rank: 0,
      tier: 0,
    });
  });

  it('gives an empty tile where no name lies, nothing for a replaced version', () => {
    loadPlaceLabelTiles(columns(), 4);
    expect(placeLabelTile(4, 8, 100, 90)?.byteLength).toBe(0);
    expect(placeLabelTile(3, 8, 126, 87)).toBeNull();
  });
});
