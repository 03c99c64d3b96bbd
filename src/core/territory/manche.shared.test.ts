/** The territory analyses on the real Manche communes (COG 2026, ../shared/data, see SOURCES.md). */
import { area } from '@turf/turf';
import { expect, it } from 'vitest';
import { readTerritoryCommunes } from '../../../test/support/manche-communes';
import { describeShared, sharedPath } from '../../../test/support/shared-data';
import { analyseTerritory, buildTerritoryContext } from './analyse-territory';

describeShared('territory analyses on the real Manche communes', () => {
  const { communes, geometries } = readTerritoryCommunes(
    sharedPath('geo/communes-cog2026/communes-50.geojson'),
    '50',
  );
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
    expect(indicators.tranche?.tranche.size).toBe(4);
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
