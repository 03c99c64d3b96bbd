import { expect, it } from 'vitest';
import { describeShared } from '../../../test/support/shared-data';
import { generateRegionCpts, readRegionCommunes } from '../../../test/support/region-cpts';
import { buildTerritoryContext } from '../territory/analyse-territory';
import { computeRegionView } from './compute-region-view';

describeShared('Vue ARS on the real contours of the 12 départements (../shared/data)', () => {
  it('coverage populations add up to the loaded population, white zones to the 0 class', () => {
    const { communes, geometries } = readRegionCommunes();
    const perimeters = generateRegionCpts(communes);
    const ctx = buildTerritoryContext(
      { communes, activities: [], establishments: [], perimeters },
      geometries,
    );
    const { view } = computeRegionView(ctx, { flowsOf: null, accessOf: null, perimeterFile: 'x' });
    const c = view.coverage!;
    const loaded = communes.reduce((s, x) => s + (x.population ?? 0), 0);
    expect(communes.length).toBeGreaterThan(4000);
    expect(view.rows.length).toBeGreaterThan(70);
    expect(c.none.population! + c.one.population! + c.twoOrMore.population!).toBe(loaded);
    expect(c.none.communes + c.one.communes + c.twoOrMore.communes).toBe(communes.length);
    expect(c.none.population).toBeGreaterThan(0);
    expect(c.twoOrMore.communes).toBeGreaterThan(0);
    const white = view.whiteZones!.reduce((s, z) => s + (z.population ?? 0), 0);
    expect(white).toBe(c.none.population);
    // Each CPTS's population is the sum of its communes'.
    const byCode = new Map(communes.map((x) => [x.code, x.population ?? 0]));
    for (const row of view.rows)
      expect(row.population).toBe(row.codes.reduce((s, code) => s + byCode.get(code)!, 0));
    // Every generated overlap (3 communes) shows up as a pair.
    expect(view.pairs.length).toBeGreaterThan(0);
    expect(view.pairs.every((p) => p.communes.length <= 3)).toBe(true);
    expect(view.issues).toEqual([]);
  });
});
