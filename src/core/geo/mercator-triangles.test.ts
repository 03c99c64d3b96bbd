import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { mercatorX, mercatorY, toMercatorTriangles } from './mercator-triangles';

/** Area of triangles given as x, y of three vertices each (shoelace formula). */
function area(triangles: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < triangles.length; i += 6) {
    const [ax = 0, ay = 0, bx = 0, by = 0, cx = 0, cy = 0] = triangles.subarray(i, i + 6);
    sum += Math.abs((bx - ax) * (cy - ay) - (cx - ax) * (by - ay)) / 2;
  }
  return sum;
}

describe('mercatorX / mercatorY', () => {
  it('puts (0°, 0°) at the centre of the world and the antimeridian on its edges', () => {
    expect(mercatorX(0)).toBe(0.5);
    expect(mercatorY(0)).toBeCloseTo(0.5, 12);
    expect(mercatorX(-180)).toBe(0);
    expect(mercatorX(180)).toBe(1);
  });

  it('clamps the poles at the edge of the Web Mercator square', () => {
    expect(mercatorY(90)).toBeCloseTo(0, 6);
    expect(mercatorY(-90)).toBeCloseTo(1, 6);
  });
});

describe('toMercatorTriangles', () => {
  it('covers a square with a hole by the area of the square minus the hole', () => {
    // Near the equator, one degree is 1/360 of the world in x and about the same in y.
    const ring = (x: number, y: number, s: number) => [
      [x, y],
      [x + s, y],
      [x + s, y + s],
      [x, y + s],
      [x, y],
    ];
    const polygon: Polygon = {
      type: 'Polygon',
      coordinates: [ring(0, 0, 0.4), ring(0.1, 0.1, 0.1)],
    };
    const triangles = toMercatorTriangles(polygon);
    expect(triangles.length % 6).toBe(0);
    expect(area(triangles)).toBeCloseTo((0.16 - 0.01) / 360 ** 2, 9);
  });

  it('triangulates every part of a multipolygon', () => {
    const multi: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [0, 0],
            [1, 0],
            [0, 1],
            [0, 0],
          ],
        ],
        [
          [
            [5, 0],
            [6, 0],
            [5, 1],
            [5, 0],
          ],
        ],
      ],
    };
    expect(toMercatorTriangles(multi).length).toBe(12);
  });
});
