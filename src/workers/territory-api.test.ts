import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { cell, grid } from '../core/territory/test-grid';
import { communesInPolygon, exportTerritoryFiles, prepareTerritories } from './territory-api';

const box = (x0: number, y0: number, x1: number, y1: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0],
    ],
  ],
});

// A U-shaped commune east of the grid (x 0.10–0.13), open to the north: its centroid is in the gap.
const U_CODE = '96900';
const uShape: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [0.1, 0],
      [0.13, 0],
      [0.13, 0.03],
      [0.12, 0.03],
      [0.12, 0.01],
      [0.11, 0.01],
      [0.11, 0.03],
      [0.1, 0.03],
      [0.1, 0],
    ],
  ],
};

async function prepare(): Promise<void> {
  const { communes, geometries } = grid(3);
  const u = { ...communes[0]!, code: U_CODE, centroidLon: 0.115, centroidLat: 0.018 };
  await prepareTerritories(
    { communes: [...communes, u], activities: [], establishments: [], perimeters: [] },
    [...geometries, { code: U_CODE, geometry: uShape }],
  );
}

describe('communesInPolygon (lasso and polygon selection)', () => {
  it('selects the communes whose point on surface is inside the drawn shape', async () => {
    await prepare();
    expect(await communesInPolygon(box(-0.001, 0.009, 0.031, 0.021))).toEqual([
      cell(1, 0),
      cell(1, 1),
      cell(1, 2),
    ]);
  });

  it('uses a point inside a U-shaped commune, not its centroid in the gap', async () => {
    await prepare();
    expect(await communesInPolygon(box(0.111, 0.012, 0.119, 0.029))).toEqual([]);
    const lasso = box(0.095, -0.005, 0.135, 0.035);
    expect(await communesInPolygon(lasso)).toEqual([U_CODE]);
  });
});

describe('prepareTerritories', () => {
  it('returns no coverage (null, not « everyone in a white zone ») without CPTS perimeters', async () => {
    const { communes, geometries } = grid(2);
    const { coverage } = await prepareTerritories(
      { communes, activities: [], establishments: [], perimeters: [] },
      geometries,
    );
    expect(coverage).toBeNull();
  });
});

describe('exportTerritoryFiles (GeoJSON of a territory started from a CPTS)', () => {
  it('does not write the starting CPTS in `cpts_chevauchees`, and writes the others', async () => {
    const { communes, geometries } = grid(3);
    const perimeters = [
      { perimeterName: 'CPTS Nord', communeCode: cell(0, 0) },
      { perimeterName: 'CPTS Nord', communeCode: cell(0, 1) },
      { perimeterName: 'CPTS Est', communeCode: cell(1, 1) },
    ];
    await prepareTerritories(
      { communes, activities: [], establishments: [], perimeters },
      geometries,
    );
    const codes = [cell(0, 0), cell(0, 1), cell(1, 1)];
    const meta = { territoryName: 'T', date: '2026-12-02', fictitious: true, sources: [] };
    const overlapsOf = async (startedFrom: string | null) => {
      const { geojson } = await exportTerritoryFiles(codes, { ...meta, startedFrom });
      return (JSON.parse(geojson) as { features: { properties: Record<string, unknown> }[] })
        .features[0]?.properties.cpts_chevauchees;
    };
    expect(await overlapsOf(null)).toBe('CPTS Nord; CPTS Est');
    expect(await overlapsOf('CPTS Nord')).toBe('CPTS Est');
  });
});
