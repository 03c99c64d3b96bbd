import { booleanPointInPolygon, centroid } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { computePointOnSurface } from './point-on-surface';

// A U open to the north: two arms joined by a bar at the bottom; its centroid is in the gap.
const u: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [3, 0],
      [3, 3],
      [2, 3],
      [2, 1],
      [1, 1],
      [1, 3],
      [0, 3],
      [0, 0],
    ],
  ],
};

describe('point on surface', () => {
  it('lies inside a U-shaped commune whose centroid does not', () => {
    expect(booleanPointInPolygon(centroid(u), u)).toBe(false);
    const p = computePointOnSurface(u)!;
    expect(booleanPointInPolygon(p, u, { ignoreBoundary: true })).toBe(true);
  });

  it('avoids a hole and picks the widest interval', () => {
    const ring: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [10, 0],
          [10, 10],
          [0, 10],
          [0, 0],
        ],
        [
          [1, 1],
          [8, 1],
          [8, 9],
          [1, 9],
          [1, 1],
        ],
      ],
    };
    const p = computePointOnSurface(ring)!;
    expect(booleanPointInPolygon(p, ring, { ignoreBoundary: true })).toBe(true);
    expect(p[0]).toBeCloseTo(9); // the 2-wide strip east of the hole, not the 1-wide west one
  });

  it('takes the widest part of a multipolygon and returns null when empty', () => {
    const multi: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
            [0, 0],
          ],
        ],
        [
          [
            [5, 0],
            [9, 0],
            [9, 4],
            [5, 4],
            [5, 0],
          ],
        ],
      ],
    };
    expect(computePointOnSurface(multi)).toEqual([7, 2]);
    expect(computePointOnSurface({ type: 'MultiPolygon', coordinates: [] })).toBeNull();
  });
});
