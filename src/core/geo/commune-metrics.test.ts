import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon } from 'geojson';
import { booleanPointInPolygon } from '@turf/turf';
import { computeCommuneMetrics } from './commune-metrics';

const R_KM = 6371.0088;
const RAD = Math.PI / 180;

function rectangle(lon: number, lat: number, width: number, height: number): Polygon {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [lon, lat],
        [lon + width, lat],
        [lon + width, lat + height],
        [lon, lat + height],
        [lon, lat],
      ],
    ],
  };
}

describe('computeCommuneMetrics', () => {
  it('measures a 1 km × 1 km square within 1 %', () => {
    const lat = 46;
    const dLat = 1 / (R_KM * RAD);
    const dLon = dLat / Math.cos((lat + dLat / 2) * RAD);
    const { areaKm2 } = computeCommuneMetrics(rectangle(5, lat, dLon, dLat));
    expect(Math.abs(areaKm2 - 1)).toBeLessThan(0.01);
  });

  it('puts the point at the centre of a square', () => {
    const m = computeCommuneMetrics(rectangle(5, 46, 0.02, 0.01));
    expect(m.centroidLon).toBeCloseTo(5.01, 12);
    expect(m.centroidLat).toBeCloseTo(46.005, 12);
  });

  it('subtracts holes, whatever the ring orientation', () => {
    const outer = rectangle(0, 0, 4, 4).coordinates[0] ?? [];
    const holeCw = [...(rectangle(0.5, 0.5, 1, 1).coordinates[0] ?? [])].reverse();
    const m = computeCommuneMetrics({ type: 'Polygon', coordinates: [outer, holeCw] });
    const full = computeCommuneMetrics(rectangle(0, 0, 4, 4));
    const hole = computeCommuneMetrics(rectangle(0.5, 0.5, 1, 1));
    expect(m.areaKm2).toBeCloseTo(full.areaKm2 - hole.areaKm2, 6);
    // Centroid of a 4×4 square minus a 1×1 hole at (1, 1): (32 - 1) / 15 = 2.0667.
    expect(m.centroidLon).toBeCloseTo((16 * 2 - 1 * 1) / 15, 9);
    expect(m.centroidLat).toBeCloseTo((16 * 2 - 1 * 1) / 15, 9);
  });

  it('returns a point inside a U-shaped commune whose centroid falls outside', () => {
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
        ].map(([x, y]) => [5 + (x ?? 0) * 0.01, 46 + (y ?? 0) * 0.01]),
      ],
    };
    const m = computeCommuneMetrics(u);
    expect(booleanPointInPolygon([m.centroidLon, m.centroidLat], u)).toBe(true);
  });

  it('sums the parts of a MultiPolygon and weights the point by area', () => {
    const a = rectangle(5, 46, 0.01, 0.01);
    const b = rectangle(5.02, 46, 0.01, 0.01);
    const multi: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [a.coordinates, b.coordinates],
    };
    const m = computeCommuneMetrics(multi);
    expect(m.areaKm2).toBeCloseTo(
      computeCommuneMetrics(a).areaKm2 + computeCommuneMetrics(b).areaKm2,
      9,
    );
    expect(booleanPointInPolygon([m.centroidLon, m.centroidLat], multi)).toBe(true);
  });
});
