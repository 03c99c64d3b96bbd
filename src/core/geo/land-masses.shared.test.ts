import fs from 'node:fs';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { expect, it } from 'vitest';
import { describeShared, sharedPath } from '../../../test/support/shared-data';
import { toFlatGeometries } from './flat-geometries';
import { computeLandMasses } from './land-masses';

function flatOf(...parts: string[]) {
  const collection = JSON.parse(fs.readFileSync(sharedPath(...parts), 'utf8')) as FeatureCollection<
    Polygon | MultiPolygon,
    { code: string }
  >;
  return toFlatGeometries(
    collection.features.map((f) => ({ code: f.properties.code, geometry: f.geometry })),
  );
}

describeShared('computeLandMasses on real contours (COG 2026)', () => {
  it('France: metropolitan France first, then the five DROM with their own bounds', () => {
    const masses = computeLandMasses(
      flatOf('geo/national-cog2026/communes-france-cog2026-simplifie.geojson'),
    );
    expect(masses.map((m) => m.label)).toEqual([
      'Métropole',
      'Guadeloupe',
      'Martinique',
      'Guyane',
      'La Réunion',
      'Mayotte',
    ]);
    expect(masses.map((m) => m.communeCount)).toEqual([34739, 32, 34, 22, 24, 17]);
    const [west, south, east, north] = masses[0]?.bounds ?? [];
    // Pointe de Corsen (-4.79) to Corsica's east coast (9.56); Corsica's south tip (41.33) to Bray-Dunes (51.09).
    expect(west).toBeCloseTo(-5.1, 0);
    expect(east).toBeCloseTo(9.56, 1);
    expect(south).toBeCloseTo(41.33, 1);
    expect(north).toBeCloseTo(51.09, 1);
    const reunion = masses.find((m) => m.label === 'La Réunion');
    expect(reunion?.bounds[0]).toBeGreaterThan(55.2);
    expect(reunion?.bounds[2]).toBeLessThan(55.9);
  });

  it('one département (Manche): a single land mass, no selector needed', () => {
    const masses = computeLandMasses(flatOf('geo/communes-cog2026/communes-50.geojson'));
    expect(masses.map((m) => [m.id, m.label])).toEqual([['metropole', 'Métropole']]);
  });
});
