/** The territory analyses on the real Manche communes (COG 2026, ../shared/data, see SOURCES.md). */
import fs from 'node:fs';
import type { MultiPolygon, Polygon } from 'geojson';
import { area } from '@turf/turf';
import { expect, it } from 'vitest';
import { describeShared, sharedPath } from '../../../test/support/shared-data';
import { computeCommuneMetrics } from '../geo/commune-metrics';
import { analyseTerritory, buildTerritoryContext } from './analyse-territory';
import type { TerritoryCommuneInput } from './territory-base';

describeShared('territory analyses on the real Manche communes', () => {
  const fc = JSON.parse(
    fs.readFileSync(sharedPath('geo/communes-cog2026/communes-50.geojson'), 'utf8'),
  ) as {
    features: { properties: Record<string, string | number>; geometry: Polygon | MultiPolygon }[];
  };
  const geometries = fc.features.map((f) => ({
    code: String(f.properties.code),
    geometry: f.geometry,
  }));
  const communes: TerritoryCommuneInput[] = fc.features.map((f) => {
    const m = computeCommuneMetrics(f.geometry);
    return {
      code: String(f.properties.code),
      name: String(f.properties.nom),
      dep: '50',
      epci: String(f.properties.epci),
      epciName: String(f.properties.epci_nom),
      population: Number(f.properties.population),
      populationYear: 2023,
      areaKm2: m.areaKm2,
      share0014: null,
      share60p: null,
      share75p: null,
      centroidLon: m.centroidLon,
      centroidLat: m.centroidLat,
    };
  });
  const ctx = buildTerritoryContext(
    { communes, activities: [], establishments: [], perimeters: [] },
    geometries,
  );
  const epci = (code: string) => communes.filter((c) => c.epci === code).map((c) => c.code);

  it('gives every commune at least one neighbour through shared arcs', () => {
    expect(ctx.adjacency.neighbours.size).toBe(445);
    for (const [, n] of ctx.adjacency.neighbours) expect(n.length).toBeGreaterThan(0);
    // Cherbourg-en-Cotentin borders its 8 neighbouring communes.
    expect(ctx.adjacency.neighbours.get('50129')).toHaveLength(8);
  });

  it('dissolves an EPCI (CC de la Baie du Cotentin) into one piece with no sliver or hole', () => {
    const codes = epci('200042729');
    expect(codes.length).toBeGreaterThan(20);
    const { outline, contiguity, indicators } = analyseTerritory(ctx, codes);
    expect(outline?.geometry.coordinates).toHaveLength(1);
    expect(outline?.geometry.coordinates[0]).toHaveLength(1);
    expect(contiguity).toMatchObject({ pieces: [expect.any(Array)], enclaves: [], holes: 0 });
    // No sliver and no overlap: the outline's area is the sum of the communes' areas.
    const areaSum = codes.reduce(
      (s, c) => s + (communes.find((x) => x.code === c)?.areaKm2 ?? 0),
      0,
    );
    expect(area(outline!) / 1e6).toBeCloseTo(areaSum, 3);
    const sum = codes.reduce(
      (s, c) => s + (communes.find((x) => x.code === c)?.population ?? 0),
      0,
    );
    expect(indicators.population).toBe(sum);
  });

  it('dissolves the whole département without holes (islands stay separate pieces)', () => {
    const { outline, indicators } = analyseTerritory(
      ctx,
      communes.map((c) => c.code),
    );
    expect(outline?.geometry.coordinates.every((p) => p.length === 1)).toBe(true);
    expect(indicators.population).toBeGreaterThan(490_000);
    expect(indicators.tranche.tranche.size).toBe(4);
  });

  it('finds Saint-Lô as an enclave of the ring of its neighbours, but not coastal Cherbourg', () => {
    expect(ctx.adjacency.onAreaEdge.has('50502')).toBe(false);
    const ring = ctx.adjacency.neighbours.get('50502') ?? [];
    const { contiguity } = analyseTerritory(ctx, ring);
    expect(contiguity.enclaves).toEqual([['50502']]);
    expect(contiguity.pieces).toHaveLength(1);
    // Cherbourg-en-Cotentin touches the sea: the ring of its neighbours leaves it open.
    expect(ctx.adjacency.onAreaEdge.has('50129')).toBe(true);
    const open = analyseTerritory(ctx, ctx.adjacency.neighbours.get('50129') ?? []);
    expect(open.contiguity.enclaves).toEqual([]);
  });
});
