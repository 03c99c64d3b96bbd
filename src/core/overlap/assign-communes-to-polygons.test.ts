import fs from 'node:fs';
import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { describeShared, sharedPath } from '../../../test/support/shared-data';
import { buildCommuneTopology, dissolveCommunes } from '../geo/dissolve-communes';
import { assignCommunesToPolygons, type CommuneShape } from './assign-communes-to-polygons';

/** An axis-aligned square (degrees), small enough for the sphere to be nearly flat. */
function square(x0: number, y0: number, size: number): Polygon {
  const [x1, y1] = [x0 + size, y0 + size];
  return {
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
  };
}

// A 4 x 1 row of unit communes (0.01°) along the equator.
const row: CommuneShape[] = [0, 1, 2, 3].map((i) => ({
  code: `9600${i + 1}`,
  geometry: square(i * 0.01, 0, 0.01),
}));

describe('assignCommunesToPolygons on hand-made squares', () => {
  it('takes a commune whose larger part is inside and leaves one whose smaller part is', () => {
    const r = assignCommunesToPolygons(row, [
      { perimeterName: 'CPTS A', geometry: square(-0.005, -0.005, 0.022) },
    ]);
    // square(-0.005, …, 0.022) spans x in [-0.005, 0.017]: 96001 whole, 96002 70 %.
    expect(r.members).toEqual([
      { perimeterName: 'CPTS A', communeCode: '96001' },
      { perimeterName: 'CPTS A', communeCode: '96002' },
    ]);
    expect(r.straddling).toEqual([]);
    expect(r.emptyPerimeters).toEqual([]);
  });

  it('reports a commune cut between two polygons and gives it to the larger part', () => {
    const r = assignCommunesToPolygons(row, [
      { perimeterName: 'CPTS Ouest', geometry: square(-0.01, -0.01, 0.026) }, // x ≤ 0.016
      { perimeterName: 'CPTS Est', geometry: rect(0.016, -0.01, 0.05, 0.02) },
    ]);
    expect(r.members).toEqual([
      { perimeterName: 'CPTS Ouest', communeCode: '96001' },
      { perimeterName: 'CPTS Ouest', communeCode: '96002' },
      { perimeterName: 'CPTS Est', communeCode: '96003' },
      { perimeterName: 'CPTS Est', communeCode: '96004' },
    ]);
    expect(r.straddling).toHaveLength(1);
    const [s] = r.straddling;
    expect(s?.communeCode).toBe('96002');
    expect(s?.shares.map((x) => x.perimeterName)).toEqual(['CPTS Ouest', 'CPTS Est']);
    expect(s?.shares[0]?.share).toBeCloseTo(0.6, 2);
    expect(s?.shares[1]?.share).toBeCloseTo(0.4, 2);
  });

  it('gives a commune to two overlapping CPTS that each hold more than half of it', () => {
    const r = assignCommunesToPolygons(row.slice(0, 1), [
      { perimeterName: 'A', geometry: square(-0.01, -0.01, 0.03) },
      { perimeterName: 'B', geometry: square(-0.001, -0.001, 0.02) },
    ]);
    expect(r.members.map((m) => m.perimeterName).sort()).toEqual(['A', 'B']);
    expect(r.straddling).toHaveLength(1);
  });

  it('uses the plurality when no polygon holds half a commune but together they do', () => {
    // 96001: 40 % in A, 35 % in B, 25 % outside -> A.
    const r = assignCommunesToPolygons(row.slice(0, 1), [
      { perimeterName: 'A', geometry: rect(0, 0, 0.004, 0.01) },
      { perimeterName: 'B', geometry: rect(0.004, 0, 0.0075, 0.01) },
    ]);
    expect(r.members).toEqual([{ perimeterName: 'A', communeCode: '96001' }]);
  });

  it('lists polygons that received no commune', () => {
    const r = assignCommunesToPolygons(row, [
      { perimeterName: 'Au large', geometry: square(10, 10, 0.1) },
    ]);
    expect(r.members).toEqual([]);
    expect(r.emptyPerimeters).toEqual(['Au large']);
  });
});

function rect(x0: number, y0: number, x1: number, y1: number): Polygon {
  return {
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
  };
}

describeShared('assignCommunesToPolygons on the real Manche communes', () => {
  const fc = JSON.parse(
    fs.readFileSync(sharedPath('geo/communes-cog2026/communes-50.geojson'), 'utf8'),
  ) as {
    features: { properties: Record<string, string | number>; geometry: Polygon | MultiPolygon }[];
  };
  const communes = fc.features.map((f) => ({
    code: String(f.properties.code),
    geometry: f.geometry,
  }));
  const epciOf = new Map(fc.features.map((f) => [String(f.properties.code), f.properties.epci]));
  const inEpci = (epci: string) => communes.filter((c) => epciOf.get(c.code) === epci);

  it('finds exactly the communes of a dissolved EPCI (CC de la Baie du Cotentin)', () => {
    const members = inEpci('200042729').map((c) => c.code);
    expect(members.length).toBeGreaterThan(20);
    const outline = dissolveCommunes(buildCommuneTopology(communes), members);
    expect(outline).not.toBeNull();
    const r = assignCommunesToPolygons(communes, [
      { perimeterName: 'CPTS Baie du Cotentin', geometry: outline?.geometry as MultiPolygon },
    ]);
    expect(r.members.map((m) => m.communeCode).sort()).toEqual([...members].sort());
    expect(r.straddling).toEqual([]);
    expect(r.fallbackCommunes).toEqual([]);
  });

  it('reports the communes cut by a polygon shifted 2 km east of the EPCI', () => {
    const members = inEpci('200042729').map((c) => c.code);
    const outline = dissolveCommunes(buildCommuneTopology(communes), members);
    const shifted = shift(outline?.geometry as MultiPolygon, 0.027); // ≈ 2 km at 49° N
    const r = assignCommunesToPolygons(communes, [
      { perimeterName: 'EPCI', geometry: outline?.geometry as MultiPolygon },
      { perimeterName: 'EPCI décalé', geometry: shifted },
    ]);
    const of = (name: string) =>
      new Set(r.members.filter((m) => m.perimeterName === name).map((m) => m.communeCode));
    expect(of('EPCI')).toEqual(new Set(members));
    // Most communes stay in both, some on the edges are straddled and reported.
    expect(of('EPCI décalé').size).toBeGreaterThan(members.length / 2);
    expect(r.straddling.length).toBeGreaterThan(0);
    for (const s of r.straddling) expect(s.shares.length).toBeGreaterThanOrEqual(2);
  });
});

function shift(g: MultiPolygon, dx: number): MultiPolygon {
  return {
    type: 'MultiPolygon',
    coordinates: g.coordinates.map((p) => p.map((ring) => ring.map(([x, y]) => [x! + dx, y!]))),
  };
}
