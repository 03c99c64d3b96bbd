import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildCommuneTopology, dissolveCommunes } from './dissolve-communes';

const square = (x: number, y: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + 1, y],
      [x + 1, y + 1],
      [x, y + 1],
      [x, y],
    ],
  ],
});

// A 3×1 strip of unit squares plus one detached square: 96001–96003 touch, 96004 is apart.
const communes = [
  { code: '96001', geometry: square(0, 0) },
  { code: '96002', geometry: square(1, 0) },
  { code: '96003', geometry: square(2, 0) },
  { code: '96004', geometry: square(5, 0) },
];

describe('dissolveCommunes', () => {
  const topo = buildCommuneTopology(communes);

  it('removes shared borders: three adjacent squares give one ring of 3×1', () => {
    const outline = dissolveCommunes(topo, ['96001', '96002', '96003']);
    expect(outline?.geometry.coordinates).toHaveLength(1);
    const ring = outline!.geometry.coordinates[0]![0]!;
    const xs = ring.map((p) => p[0]!);
    expect(Math.min(...xs)).toBe(0);
    expect(Math.max(...xs)).toBe(3);
    // No interior vertex of a shared edge survives as a spike: every vertex is on the outline.
    for (const [x, y] of ring) expect(y === 0 || y === 1 || x === 0 || x === 3).toBe(true);
  });

  it('keeps separate pieces separate', () => {
    expect(dissolveCommunes(topo, ['96001', '96004'])?.geometry.coordinates).toHaveLength(2);
  });

  it('ignores unknown codes and returns null for an empty set', () => {
    expect(dissolveCommunes(topo, ['99999'])).toBeNull();
    expect(dissolveCommunes(topo, [])).toBeNull();
  });
});
