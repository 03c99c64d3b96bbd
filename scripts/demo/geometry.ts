/**
 * Small planar helpers for the demo generator. The generator works in a local equirectangular
 * plane in kilometres centred on the fictitious département, then converts to WGS84 lon/lat.
 */
import type { Position } from 'geojson';

/** Longitude of the local plane's origin (degrees, WGS84), in the Bay of Biscay. */
export const ORIGIN_LON = -3.9;
/** Latitude of the local plane's origin (degrees, WGS84). */
export const ORIGIN_LAT = 45.8;
const KM_PER_DEG_LAT = 111.2;
const KM_PER_DEG_LON = 111.32 * Math.cos((ORIGIN_LAT * Math.PI) / 180);

/** A point of the local plane, in kilometres east (x) and north (y) of the origin. */
export interface PointKm {
  x: number;
  y: number;
}

/**
 * Convert a local point (km) to [lon, lat] degrees (WGS84), not rounded.
 * @example toLonLat({ x: 0, y: 0 }) // [-3.9, 45.8]
 */
export function toLonLat(p: PointKm): [number, number] {
  return [ORIGIN_LON + p.x / KM_PER_DEG_LON, ORIGIN_LAT + p.y / KM_PER_DEG_LAT];
}

/**
 * Round a coordinate (degrees) to 1e-5°, about one metre; deterministic for equal inputs.
 * @example roundCoord(-3.123456789) // -3.12346
 */
export function roundCoord(value: number): number {
  const r = Math.round(value * 1e5) / 1e5;
  return r === 0 ? 0 : r;
}

/**
 * Euclidean distance between two local points, in km.
 * @example distanceKm({ x: 0, y: 0 }, { x: 3, y: 4 }) // 5
 */
export function distanceKm(a: PointKm, b: PointKm): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

/**
 * Signed area of a closed ring (shoelace), in squared input units; positive when
 * counter-clockwise with x east and y north (the RFC 7946 exterior-ring orientation).
 * @example signedArea([[0, 0], [1, 0], [1, 1], [0, 0]]) // 0.5
 */
export function signedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i += 1) {
    const a = ring[i] as Position;
    const b = ring[i + 1] as Position;
    sum += (a[0] as number) * (b[1] as number) - (b[0] as number) * (a[1] as number);
  }
  return sum / 2;
}

/**
 * Population-weighted mean of points (km); plain mean when all weights are zero.
 * @example weightedCentroid([{ x: 0, y: 0 }, { x: 2, y: 0 }], [1, 3]) // { x: 1.5, y: 0 }
 */
export function weightedCentroid(points: readonly PointKm[], weights: readonly number[]): PointKm {
  let sw = 0;
  let sx = 0;
  let sy = 0;
  points.forEach((p, i) => {
    const w = weights[i] ?? 0;
    sw += w;
    sx += w * p.x;
    sy += w * p.y;
  });
  if (sw > 0) return { x: sx / sw, y: sy / sw };
  const n = Math.max(points.length, 1);
  return {
    x: points.reduce((s, p) => s + p.x, 0) / n,
    y: points.reduce((s, p) => s + p.y, 0) / n,
  };
}

/**
 * Whether two segments [a, b] and [c, d] cross or touch, excluding shared endpoints.
 * Used to reject self-intersecting rings.
 */
export function segmentsIntersect(a: Position, b: Position, c: Position, d: Position): boolean {
  const orient = (p: Position, q: Position, r: Position): number => {
    const v =
      ((q[0] as number) - (p[0] as number)) * ((r[1] as number) - (p[1] as number)) -
      ((q[1] as number) - (p[1] as number)) * ((r[0] as number) - (p[0] as number));
    return v > 0 ? 1 : v < 0 ? -1 : 0;
  };
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  if (o1 !== o2 && o3 !== o4) return true;
  const onSegment = (p: Position, q: Position, r: Position): boolean =>
    Math.min(p[0] as number, q[0] as number) <= (r[0] as number) &&
    (r[0] as number) <= Math.max(p[0] as number, q[0] as number) &&
    Math.min(p[1] as number, q[1] as number) <= (r[1] as number) &&
    (r[1] as number) <= Math.max(p[1] as number, q[1] as number);
  if (o1 === 0 && onSegment(a, b, c)) return true;
  if (o2 === 0 && onSegment(a, b, d)) return true;
  if (o3 === 0 && onSegment(c, d, a)) return true;
  return o4 === 0 && onSegment(c, d, b);
}

/**
 * Whether a closed ring (first = last) has two non-adjacent edges that intersect. O(n²).
 */
export function ringSelfIntersects(ring: readonly Position[]): boolean {
  const n = ring.length - 1;
  for (let i = 0; i < n; i += 1) {
    for (let j = i + 2; j < n; j += 1) {
      if (i === 0 && j === n - 1) continue;
      const a = ring[i] as Position;
      const b = ring[i + 1] as Position;
      const c = ring[j] as Position;
      const d = ring[j + 1] as Position;
      if (segmentsIntersect(a, b, c, d)) return true;
    }
  }
  return false;
}
