import { describe, expect, it } from 'vitest';
import {
  analyseTerritory,
  buildTerritoryContext,
  computeLoadedCoverage,
} from './analyse-territory';
import { cell, grid } from './test-grid';

const { communes, geometries } = grid(4);
const perimeters = [
  ...[cell(0, 0), cell(0, 1), cell(1, 0), cell(1, 1)].map((communeCode) => ({
    perimeterName: 'CPTS Nord',
    communeCode,
  })),
  ...[cell(1, 1), cell(1, 2), cell(2, 2)].map((communeCode) => ({
    perimeterName: 'CPTS Est',
    communeCode,
  })),
];
const ctx = buildTerritoryContext(
  { communes, activities: [], establishments: [], perimeters },
  geometries,
);

describe('analyseTerritory', () => {
  it('dissolves adjacent communes into one outline without slivers', () => {
    const { outline } = analyseTerritory(ctx, [cell(0, 0), cell(0, 1), cell(1, 0), cell(1, 1)]);
    expect(outline?.geometry.coordinates).toHaveLength(1);
    expect(outline?.geometry.coordinates[0]).toHaveLength(1);
    const xs = outline!.geometry.coordinates[0]![0]!.map((p) => p[0]!);
    expect(Math.max(...xs) - Math.min(...xs)).toBeCloseTo(0.02);
  });

  it('lists the communes and population shared with each CPTS', () => {
    const { overlaps } = analyseTerritory(ctx, [cell(1, 1), cell(1, 2), cell(0, 1)]);
    expect(overlaps).toEqual([
      {
        name: 'CPTS Est',
        sharedCommunes: [cell(1, 1), cell(1, 2)],
        sharedPopulation: 2000,
        perimeterCommunes: 3,
        perimeterPopulation: 3000,
      },
      {
        name: 'CPTS Nord',
        sharedCommunes: [cell(0, 1), cell(1, 1)],
        sharedPopulation: 2000,
        perimeterCommunes: 4,
        perimeterPopulation: 4000,
      },
    ]);
  });

  it('finds white zones inside and around the territory', () => {
    const { whiteZones } = analyseTerritory(ctx, [cell(2, 2), cell(3, 3), cell(2, 3)]);
    expect(whiteZones?.inside).toEqual([cell(2, 3), cell(3, 3)]);
    expect(whiteZones?.around).toEqual([cell(1, 3), cell(2, 1), cell(3, 2)]);
  });

  it('counts the population covered by 0, 1 and 2+ CPTS over the whole loaded area', () => {
    expect(computeLoadedCoverage(ctx)).toEqual({
      none: { communes: 10, population: 10_000 },
      one: { communes: 5, population: 5000 },
      twoOrMore: { communes: 1, population: 1000 },
      withoutPopulation: 0,
    });
  });
});

describe('analyseTerritory without CPTS perimeters', () => {
  const bare = buildTerritoryContext(
    { communes, activities: [], establishments: [], perimeters: [] },
    geometries,
  );

  it('gives null white zones, not « every commune is a white zone »', () => {
    expect(analyseTerritory(bare, [cell(0, 0), cell(0, 1)]).whiteZones).toBeNull();
  });

  it('gives null overlaps, not « no overlap »', () => {
    expect(analyseTerritory(bare, [cell(0, 0), cell(0, 1)]).overlaps).toBeNull();
  });

  it('gives a null coverage of the loaded area', () => {
    expect(computeLoadedCoverage(bare)).toBeNull();
  });
});
