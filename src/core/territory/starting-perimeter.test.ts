import { describe, expect, it } from 'vitest';
import { analyseTerritory, buildTerritoryContext } from './analyse-territory';
import { withoutStartingPerimeter } from './starting-perimeter';
import { cell, grid } from './test-grid';

const { communes, geometries } = grid(3);
const member = (perimeterName: string, communeCode: string) => ({ perimeterName, communeCode });
const ctx = buildTerritoryContext(
  {
    communes,
    activities: [],
    establishments: [],
    perimeters: [member('CPTS Nord', cell(0, 0)), member('CPTS Nord', cell(0, 1))],
  },
  geometries,
);
const noPerimeters = buildTerritoryContext(
  { communes, activities: [], establishments: [], perimeters: [] },
  geometries,
);

describe('withoutStartingPerimeter', () => {
  const analysis = analyseTerritory(ctx, [cell(0, 0), cell(0, 1), cell(1, 0)]);

  it('leaves out the CPTS the territory was started from, and only it', () => {
    expect(analysis.overlaps?.map((o) => o.name)).toEqual(['CPTS Nord']);
    expect(withoutStartingPerimeter(analysis, 'CPTS Nord').overlaps).toEqual([]);
    expect(withoutStartingPerimeter(analysis, 'CPTS Sud').overlaps).toEqual(analysis.overlaps);
    expect(withoutStartingPerimeter(analysis, null)).toBe(analysis);
  });

  it('keeps « non chargé » (null) when no perimeter is loaded', () => {
    const without = analyseTerritory(noPerimeters, [cell(0, 0)]);
    expect(withoutStartingPerimeter(without, 'CPTS Nord').overlaps).toBeNull();
  });
});
