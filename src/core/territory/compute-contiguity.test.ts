import { describe, expect, it } from 'vitest';
import { analyseTerritory, buildTerritoryContext } from './analyse-territory';
import { cell, grid, square } from './test-grid';

const { communes, geometries } = grid(5);
const ctx = buildTerritoryContext(
  { communes, activities: [], establishments: [], perimeters: [] },
  geometries,
);
const block = (r0: number, r1: number, c0: number, c1: number) => {
  const codes: string[] = [];
  for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) codes.push(cell(r, c));
  return codes;
};

describe('contiguity of a territory', () => {
  it('finds one piece, no enclave and no hole for a block', () => {
    const { contiguity } = analyseTerritory(ctx, block(0, 1, 0, 2));
    expect(contiguity.pieces).toHaveLength(1);
    expect(contiguity.enclaves).toEqual([]);
    expect(contiguity.holes).toBe(0);
    expect(contiguity.offending).toEqual([]);
  });

  it('finds the enclave and the hole of a ring of communes around one outside commune', () => {
    const ring = block(1, 3, 1, 3).filter((c) => c !== cell(2, 2));
    const { contiguity, outline } = analyseTerritory(ctx, ring);
    expect(contiguity.pieces).toHaveLength(1);
    expect(contiguity.enclaves).toEqual([[cell(2, 2)]]);
    expect(contiguity.holes).toBe(1);
    expect(outline?.geometry.coordinates[0]).toHaveLength(2); // outer ring + the hole
    expect(contiguity.offending).toEqual([cell(2, 2)]);
  });

  it('lists the communes of every piece but the largest; corners do not connect (rook)', () => {
    const { contiguity } = analyseTerritory(ctx, [...block(0, 1, 0, 1), cell(2, 2), cell(4, 4)]);
    expect(contiguity.pieces.map((p) => p.length)).toEqual([4, 1, 1]);
    expect(contiguity.offending).toEqual([cell(2, 2), cell(4, 4)]);
  });

  it('does not call an outside group touching the edge of the loaded area an enclave', () => {
    // A U open on the map edge: the commune inside the U reaches the edge.
    const u = [cell(0, 1), cell(1, 1), cell(1, 2), cell(1, 3), cell(0, 3)];
    expect(analyseTerritory(ctx, u).contiguity.enclaves).toEqual([]);
  });

  it('counts a hole with no commune (gap in the contours) as a hole without enclave', () => {
    const ring = grid(3).geometries.filter((g) => g.code !== cell(1, 1));
    const gapCtx = buildTerritoryContext(
      {
        communes: grid(3).communes.filter((c) => c.code !== cell(1, 1)),
        activities: [],
        establishments: [],
        perimeters: [],
      },
      ring,
    );
    const { contiguity } = analyseTerritory(
      gapCtx,
      ring.map((g) => g.code),
    );
    expect(contiguity).toMatchObject({ holes: 1, enclaves: [] });
    expect(square(0, 0).type).toBe('Polygon');
  });
});
