/** Commune name labels of the real Manche communes (COG 2026, ../shared/data, see SOURCES.md). */
import { expect, it } from 'vitest';
import { readTerritoryCommunes } from '../../../test/support/manche-communes';
import { describeShared, sharedPath } from '../../../test/support/shared-data';
import { buildPlaceLabels } from './place-labels';

describeShared('place labels of the real Manche communes', () => {
  const { communes } = readTerritoryCommunes(
    sharedPath('geo/communes-cog2026/communes-50.geojson'),
    '50',
  );
  const labels = buildPlaceLabels(
    communes.map((c) => ({
      code: c.code,
      name: c.name,
      population: c.population,
      areaKm2: c.areaKm2,
    })),
    Object.fromEntries(
      communes.flatMap((c) =>
        c.centroidLon === null || c.centroidLat === null
          ? []
          : [[c.code, [c.centroidLon, c.centroidLat] as [number, number]]],
      ),
    ),
  );

  it('labels every commune once, Cherbourg-en-Cotentin first then Saint-Lô', () => {
    expect(labels.features).toHaveLength(communes.length);
    expect(labels.features.slice(0, 2).map((f) => [f.properties.name, f.properties.tier])).toEqual([
      ['Cherbourg-en-Cotentin', 0],
      ['Saint-Lô', 1],
    ]);
  });

  it('keeps few names for the low zooms: a handful of towns, most communes villages', () => {
    const byTier = [0, 0, 0, 0, 0];
    for (const f of labels.features) byTier[f.properties.tier]! += 1;
    expect(byTier[0]).toBe(1);
    expect(byTier[0]! + byTier[1]!).toBeLessThan(15);
    expect(byTier[4]! + byTier[3]!).toBeGreaterThan(communes.length / 2);
  });
});
