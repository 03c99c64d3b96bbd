import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { membersFromPolygons } from './perimeter-polygons';

const square = (x: number, y: number, d: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + d, y],
      [x + d, y + d],
      [x, y + d],
      [x, y],
    ],
  ],
});

describe('membersFromPolygons', () => {
  it('gives the members of each CPTS polygon and names the polygons that cover no commune', () => {
    const communes = [
      { code: '96001', geometry: square(-4, 45.5, 0.1) },
      { code: '96002', geometry: square(-3.9, 45.5, 0.1) },
    ];
    const { members, issues } = membersFromPolygons(
      'cpts.geojson',
      [
        { perimeterName: 'CPTS Ouest', geometry: square(-4.01, 45.49, 0.12), feature: 1 },
        // Far out at sea: no loaded commune.
        { perimeterName: 'CPTS Large', geometry: square(-8, 44, 0.1), feature: 2 },
      ],
      communes,
    );
    expect(members).toEqual([{ perimeterName: 'CPTS Ouest', communeCode: '96001' }]);
    const empty = issues.find((i) => i.code === 'empty-perimeter');
    expect(empty?.message).toMatch(
      /^cpts\.geojson : CPTS sans aucune commune chargée : CPTS Large \(entité n° 2\)\./,
    );
  });
});
