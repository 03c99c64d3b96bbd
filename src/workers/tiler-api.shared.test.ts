import fs from 'node:fs';
import { VectorTile } from '@mapbox/vector-tile';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { PbfReader } from 'pbf';
import { beforeAll, expect, it } from 'vitest';
import { describeShared, sharedPath } from '../../test/support/shared-data';
import { tileOf } from '../../test/support/slippy-tiles';
import { toFlatGeometries } from '../core/geo/flat-geometries';
import { COMMUNE_TILE_LAYER } from '../core/geo/commune-tiles';
import { communeTile, loadCommuneTiles } from './tiler-api';

function decode(bytes: Uint8Array | null) {
  if (!bytes) throw new Error('tuile absente');
  return new VectorTile(new PbfReader(bytes)).layers[COMMUNE_TILE_LAYER];
}

describeShared('tiler on the 34,868 communes of France (COG 2026)', () => {
  let cherbourg: Polygon | MultiPolygon;
  beforeAll(() => {
    const collection = JSON.parse(
      fs.readFileSync(
        sharedPath('geo/national-cog2026/communes-france-cog2026-simplifie.geojson'),
        'utf8',
      ),
    ) as FeatureCollection<Polygon | MultiPolygon, { code: string }>;
    const shapes = collection.features.map((f) => ({
      code: f.properties.code,
      geometry: f.geometry,
    }));
    cherbourg = shapes.find((s) => s.code === '50129')?.geometry as Polygon | MultiPolygon;
    expect(loadCommuneTiles(toFlatGeometries(shapes), 7)).toEqual({
      version: 7,
      communeCount: 34868,
    });
  });

  it('tile 8/126/87 holds Cherbourg-en-Cotentin (50129) by its code, where it lies', () => {
    expect(tileOf(-1.62, 49.64, 8)).toEqual([126, 87]);
    const layer = decode(communeTile(7, 8, 126, 87));
    const codes = Array.from(
      { length: layer?.length ?? 0 },
      (_, i) => layer?.feature(i).properties.code,
    );
    expect(codes).toContain('50129');
    expect(codes.every((c) => typeof c === 'string' && /^[0-9][0-9AB][0-9]{3}$/.test(c))).toBe(
      true,
    );
    const index = codes.indexOf('50129');
    const feature = layer?.feature(index).toGeoJSON(126, 87, 8);
    const ring = (
      feature?.geometry.type === 'Polygon'
        ? feature.geometry.coordinates[0]
        : feature?.geometry.type === 'MultiPolygon'
          ? feature.geometry.coordinates.flat(1).flat(0)[0]
          : []
    ) as number[][];
    const xs = ring.map((p) => p[0] ?? NaN);
    const source =
      (cherbourg.type === 'Polygon' ? cherbourg.coordinates[0] : cherbourg.coordinates[0]?.[0]) ??
      [];
    // Same western edge within one tile pixel at z8 (360° / 2^8 / 256 ≈ 0.0055°).
    expect(Math.min(...xs)).toBeCloseTo(Math.min(...source.map((p) => p[0] ?? NaN)), 1);
  });

  it('a tile over the open Atlantic is empty, a stale version gets nothing', () => {
    expect(communeTile(7, 8, 100, 90)?.byteLength).toBe(0);
    expect(communeTile(6, 8, 126, 87)).toBeNull();
  });

  it('La Réunion is tiled too (z9 tile of Saint-Denis, 97411)', () => {
    const [x, y] = tileOf(55.45, -20.88, 9);
    const layer = decode(communeTile(7, 9, x, y));
    const codes = Array.from(
      { length: layer?.length ?? 0 },
      (_, i) => layer?.feature(i).properties.code,
    );
    expect(codes).toContain('97411');
  });
});
