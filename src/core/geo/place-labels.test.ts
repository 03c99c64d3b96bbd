import { describe, expect, it } from 'vitest';
import {
  buildPlaceLabels,
  buildPlaceLabelsFromColumns,
  isTierDrawnAt,
  type PlaceLabelInput,
} from './place-labels';

const centroids: Record<string, [number, number]> = {
  '96001': [-1, 45],
  '96002': [-1.1, 45.1],
  '96003': [-1.2, 45.2],
  '96004': [-1.3, 45.3],
  '96005': [-1.4, 45.4],
};

function commune(code: string, name: string, population: number | null, areaKm2: number | null) {
  return { code, name, population, areaKm2 } satisfies PlaceLabelInput;
}

describe('buildPlaceLabels', () => {
  it('ranks by population descending, communes without population last by area', () => {
    const labels = buildPlaceLabels(
      [
        commune('96001', 'Petitbourg', 300, 5),
        commune('96002', 'Sansvaleur', null, 40),
        commune('96003', 'Grandville', 12_000, 20),
        commune('96004', 'Moyenbourg', 2_500, 10),
        commune('96005', 'Sanssurface', null, null),
      ],
      centroids,
    );
    expect(labels.features.map((f) => [f.properties.name, f.properties.rank])).toEqual([
      ['Grandville', 0],
      ['Moyenbourg', 1],
      ['Petitbourg', 2],
      ['Sansvaleur', 3],
      ['Sanssurface', 4],
    ]);
    expect(labels.features[0]?.geometry.coordinates).toEqual([-1.2, 45.2]);
  });

  it('gives the most populous commune tier 0 and the others a tier by population class', () => {
    const labels = buildPlaceLabels(
      [
        commune('96001', 'Bourg', 4_000, 10),
        commune('96002', 'Ville', 60_000, 30),
        commune('96003', 'Cité', 55_000, 30),
        commune('96004', 'Hameau', 120, 3),
        commune('96005', 'Village', 800, 8),
      ],
      centroids,
    );
    const tiers = Object.fromEntries(
      labels.features.map((f) => [f.properties.name, f.properties.tier]),
    );
    expect(tiers).toEqual({ Ville: 0, Cité: 0, Bourg: 2, Village: 3, Hameau: 4 });
  });

  it('labels a small main town at every zoom (tier 0) even below every population class', () => {
    const labels = buildPlaceLabels(
      [commune('96001', 'Chef-lieu', 1_200, 10), commune('96002', 'Écart', 90, 4)],
      centroids,
    );
    expect(labels.features.map((f) => f.properties.tier)).toEqual([0, 4]);
  });

  it('uses the area rank for tiers when no population is loaded', () => {
    const labels = buildPlaceLabels(
      [
        commune('96001', 'A', null, 1),
        commune('96002', 'B', null, 50),
        commune('96003', 'C', null, 9),
      ],
      centroids,
    );
    expect(labels.features.map((f) => [f.properties.name, f.properties.tier])).toEqual([
      ['B', 0],
      ['C', 1],
      ['A', 1],
    ]);
  });

  it('leaves out communes without a point inside or without a name', () => {
    const labels = buildPlaceLabels(
      [
        commune('96001', 'Placée', 10, 1),
        commune('97999', 'Sans point', 500, 1),
        commune('96002', ' ', 9, 1),
      ],
      centroids,
    );
    expect(labels.features.map((f) => f.properties.code)).toEqual(['96001']);
  });
});

describe('buildPlaceLabelsFromColumns', () => {
  it('ranks columns as buildPlaceLabels ranks records, NaN read as unknown', () => {
    const columns = {
      codes: ['96001', '96002', '96003', '96004'],
      names: ['Petitbourg', 'Sansvaleur', 'Grandville', 'Sanspoint'],
      population: Float64Array.of(300, NaN, 12_000, 50_000),
      areaKm2: Float64Array.of(5, 40, 20, 3),
      lon: Float64Array.of(-1, -1.1, -1.2, NaN),
      lat: Float64Array.of(45, 45.1, 45.2, 45.3),
    };
    const fromRecords = buildPlaceLabels(
      [
        commune('96001', 'Petitbourg', 300, 5),
        commune('96002', 'Sansvaleur', null, 40),
        commune('96003', 'Grandville', 12_000, 20),
        commune('96004', 'Sanspoint', 50_000, 3),
      ],
      { '96001': [-1, 45], '96002': [-1.1, 45.1], '96003': [-1.2, 45.2] },
    );
    const fromColumns = buildPlaceLabelsFromColumns(columns);
    expect(fromColumns).toEqual(fromRecords);
    expect(fromColumns.features.map((f) => [f.properties.name, f.properties.tier])).toEqual([
      ['Grandville', 0],
      ['Petitbourg', 4],
      ['Sansvaleur', 1],
    ]);
  });
});

describe('isTierDrawnAt', () => {
  it('draws main towns at every zoom and villages from zoom 10', () => {
    expect(isTierDrawnAt(0, 0)).toBe(true);
    expect(isTierDrawnAt(1, 5.9)).toBe(false);
    expect(isTierDrawnAt(1, 6)).toBe(true);
    expect(isTierDrawnAt(4, 9)).toBe(false);
    expect(isTierDrawnAt(4, 10)).toBe(true);
  });
});
