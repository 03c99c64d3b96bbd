/** Commune name tiles of the 34,935 communes of France (INSEE populations, COG 2026, ../shared/data). */
import fs from 'node:fs';
import { VectorTile } from '@mapbox/vector-tile';
import Papa from 'papaparse';
import { PbfReader } from 'pbf';
import { beforeAll, expect, it } from 'vitest';
import { describeShared, sharedPath } from '../../test/support/shared-data';
import { tileOf } from '../../test/support/slippy-tiles';
import { PLACE_LABEL_TILE_LAYER } from '../core/geo/commune-tiles';
import type { PlaceLabelColumns } from '../core/geo/place-labels';
import { loadPlaceLabelTiles, placeLabelTile } from './label-tiler-api';

function labelsIn(bytes: Uint8Array | null): { name: string; tier: number; rank: number }[] {
  if (!bytes) throw new Error('tuile absente');
  const layer = new VectorTile(new PbfReader(bytes)).layers[PLACE_LABEL_TILE_LAYER];
  return Array.from({ length: layer?.length ?? 0 }, (_, i) => {
    const p = layer?.feature(i).properties ?? {};
    return { name: String(p.name), tier: Number(p.tier), rank: Number(p.rank) };
  });
}

describeShared('commune name tiles of France', () => {
  let large = 0;
  let placed = 0;
  beforeAll(() => {
    const rows = Papa.parse<Record<string, string>>(
      fs.readFileSync(sharedPath('population/communes-france-cog2026.csv'), 'utf8'),
      { header: true, skipEmptyLines: true, dynamicTyping: false },
    ).data;
    const number = (v: string | undefined) => (v === undefined || v === '' ? NaN : Number(v));
    const columns: PlaceLabelColumns = {
      codes: rows.map((r) => r.code ?? ''),
      names: rows.map((r) => r.nom ?? ''),
      population: Float64Array.from(rows, (r) => number(r.population_municipale)),
      areaKm2: Float64Array.from(rows, (r) => number(r.surface_km2)),
      lon: Float64Array.from(rows, (r) => number(r.lon)),
      lat: Float64Array.from(rows, (r) => number(r.lat)),
    };
    const withPoint = rows.filter((r) => r.nom && Number.isFinite(number(r.lon)));
    placed = withPoint.length;
    large = withPoint.filter((r) => number(r.population_municipale) >= 50_000).length;
    expect(loadPlaceLabelTiles(columns, 2)).toEqual({ version: 2, labelCount: placed });
  });

  it('holds only the main towns in the national view, Paris first', () => {
    const world = labelsIn(placeLabelTile(2, 0, 0, 0));
    expect(world.every((l) => l.tier === 0)).toBe(true);
    expect(world).toHaveLength(large);
    expect(large).toBeGreaterThan(100);
    expect(world.find((l) => l.rank === 0)?.name).toBe('Paris');
  });

  it('adds the tier-1 towns from zoom 6 and every village of a tile at zoom 10', () => {
    const [x6, y6] = tileOf(-1.09, 49.12, 6);
    const z6 = labelsIn(placeLabelTile(2, 6, x6, y6));
    expect(z6.some((l) => l.tier === 1)).toBe(true);
    expect(z6.every((l) => l.tier <= 1)).toBe(true);
    const [x10, y10] = tileOf(-1.09, 49.12, 10);
    const z10 = labelsIn(placeLabelTile(2, 10, x10, y10));
    expect(z10.map((l) => l.name)).toContain('Saint-Lô');
    expect(z10.some((l) => l.tier === 4)).toBe(true);
  });
});
