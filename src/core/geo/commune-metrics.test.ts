import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon } from 'geojson';
import { booleanPointInPolygon, centerOfMass, pointOnFeature } from '@turf/turf';
import { computeCommuneMetrics } from './commune-metrics';

const R_KM = 6371.0088;
const RAD = Math.PI / 180;

/** A thin crescent (moon) of about 1 km: a unit circle minus a circle shifted east, 0.01° per unit. */
function crescent(): Polygon {
  const deg = Math.PI / 180;
  const [alpha, cx] = [30 * deg, 0.2]; // horns at ±30°, inner circle centred at (0.2, 0)
  const r = Math.hypot(Math.cos(alpha) - cx, Math.sin(alpha));
  const ring: [number, number][] = [];
  for (let t = 30; t <= 330; t += 10) ring.push([Math.cos(t * deg), Math.sin(t * deg)]);
  const from = Math.atan2(-Math.sin(alpha), Math.cos(alpha) - cx);
  const to = Math.atan2(Math.sin(alpha), Math.cos(alpha) - cx) - 2 * Math.PI;
  for (let k = 1; k < 24; k++) {
    const p = from + ((to - from) * k) / 24;
    ring.push([cx + r * Math.cos(p), r * Math.sin(p)]);
  }
  ring.push(ring[0] as [number, number]);
  return { type: 'Polygon', coordinates: [ring.map(([x, y]) => [5 + x * 0.01, 46 + y * 0.01])] };
}

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
    expect(booleanPointInPolygon([m.centroidLon, m.centroidLat], u, { ignoreBoundary: true })).toBe(
      true,
    );
  });

  it('puts the point strictly inside a crescent whose area centroid is outside', () => {
    const moon = crescent();
    expect(booleanPointInPolygon(centerOfMass(moon), moon)).toBe(false);
    // Turf pointOnFeature falls back to the nearest vertex, on the border: not what we want.
    expect(booleanPointInPolygon(pointOnFeature(moon), moon, { ignoreBoundary: true })).toBe(false);
    const m = computeCommuneMetrics(moon);
    expect(
      booleanPointInPolygon([m.centroidLon, m.centroidLat], moon, { ignoreBoundary: true }),
    ).toBe(true);
  });

  it('puts the point strictly inside a C whose area centroid is in the gap', () => {
    // 3 × 3 square minus the 2 × 1 gap x ∈ [1, 3], y ∈ [1, 2]: area 7, centroid
    // x = (9 × 1.5 − 2 × 2) / 7 ≈ 1.357, y = 1.5, inside the gap. The scan line y = 1.5 crosses
    // the spine between x = 0 and x = 1: the point is (0.5, 1.5), 0.5 unit from every border.
    const c: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [3, 0],
          [3, 1],
          [1, 1],
          [1, 2],
          [3, 2],
          [3, 3],
          [0, 3],
          [0, 0],
        ].map(([x, y]) => [5 + (x ?? 0) * 0.01, 46 + (y ?? 0) * 0.01]),
      ],
    };
    expect(booleanPointInPolygon(centerOfMass(c), c)).toBe(false);
    const m = computeCommuneMetrics(c);
    expect(booleanPointInPolygon([m.centroidLon, m.centroidLat], c, { ignoreBoundary: true })).toBe(
      true,
    );
    expect(m.centroidLon).toBeCloseTo(5.005, 12);
    expect(m.centroidLat).toBeCloseTo(46.015, 12);
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
