/**
 * Travel times between communes for the E2SFCA: either estimated from the straight-line distance
 * between centroids (detour factor and speed stated), or read from a commune-to-commune matrix that
 * replaces the estimate (DOMAIN.md section 4.4). Only the pairs under the cut-off are kept, found
 * with a spatial index (flatbush), so the cost grows with the neighbours, not with n².
 */
import Flatbush from 'flatbush';
import type { AccessCommune, TravelTimeRecord } from './types';

/** How straight-line distance becomes minutes. */
export interface TravelEstimate {
  /** Road distance / straight-line distance. */
  detourFactor: number;
  /** Mean door-to-door road speed, km/h. */
  speedKmh: number;
}

/**
 * Defaults: detour factor 1.3 (road network circuity, typically 1.2–1.4 between French communes;
 * Ballou, Rahardja & Sakai 2002, « Selected country circuity factors for road travel distance
 * estimation », Transportation Research A 36) and 60 km/h mean speed (mix of departmental roads and
 * village crossings). Both are assumptions, shown and editable in the app.
 */
export const DEFAULT_TRAVEL_ESTIMATE: TravelEstimate = { detourFactor: 1.3, speedKmh: 60 };

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** The pairs (origin i, destination j, minutes) under the cut-off, by origin (CSR layout). */
export interface ReachPairs {
  /** Row i spans `targets[offsets[i]] … targets[offsets[i + 1] - 1]`; length n + 1. */
  offsets: Uint32Array;
  /** Destination commune index of each pair. */
  targets: Uint32Array;
  /** Travel time of each pair, minutes. */
  minutes: Float32Array;
  /** Where the times come from. */
  source: 'estimate' | 'matrix';
}

/**
 * Great-circle distance in km (haversine, mean Earth radius 6,371.0088 km, IUGG).
 *
 * @example Math.round(haversineKm(2.35, 48.85, 4.83, 45.76)); // 391 (Paris – Lyon)
 */
export function haversineKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * Minutes of road travel estimated from a straight-line distance:
 * `distanceKm × detourFactor / speedKmh × 60`.
 *
 * @example estimateTravelMinutes(10, { detourFactor: 1.3, speedKmh: 60 }); // 13
 */
export function estimateTravelMinutes(distanceKm: number, estimate: TravelEstimate): number {
  return ((distanceKm * estimate.detourFactor) / estimate.speedKmh) * 60;
}

/**
 * Pairs of communes whose estimated travel time is below `cutoffMinutes` (each commune reaches
 * itself in 0 minute). The centroids are indexed with flatbush in Web Mercator kilometres; each
 * commune queries a box wide enough for the Mercator scale at its latitude, and the candidates are
 * kept by their exact haversine distance. Cost: O(n log n + pairs).
 *
 * @example
 * const pairs = buildEstimatedPairs(communes, 20, DEFAULT_TRAVEL_ESTIMATE);
 * pairs.targets.length; // number of (i, j) pairs under 20 minutes, self pairs included
 */
export function buildEstimatedPairs(
  communes: readonly AccessCommune[],
  cutoffMinutes: number,
  estimate: TravelEstimate,
): ReachPairs {
  const n = communes.length;
  const radiusKm = (cutoffMinutes / 60) * (estimate.speedKmh / estimate.detourFactor);
  const offsets = new Uint32Array(n + 1);
  if (n === 0) return empty(offsets, 'estimate');
  const index = new Flatbush(n);
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  communes.forEach((c, i) => {
    xs[i] = EARTH_RADIUS_KM * c.lon * RAD;
    ys[i] = EARTH_RADIUS_KM * Math.log(Math.tan(Math.PI / 4 + (c.lat * RAD) / 2));
    index.add(xs[i] as number, ys[i] as number);
  });
  index.finish();
  const dLatDeg = radiusKm / (EARTH_RADIUS_KM * RAD);
  function* candidates(i: number): Iterable<[number, number]> {
    const c = communes[i] as AccessCommune;
    const maxLat = Math.min(89, Math.abs(c.lat) + dLatDeg);
    const half = (radiusKm / Math.cos(maxLat * RAD)) * 1.001;
    const x = xs[i] as number;
    const y = ys[i] as number;
    const found = index.search(x - half, y - half, x + half, y + half).sort((a, b) => a - b);
    for (const j of found) {
      const d = communes[j] as AccessCommune;
      yield [
        j,
        i === j ? 0 : estimateTravelMinutes(haversineKm(c.lon, c.lat, d.lon, d.lat), estimate),
      ];
    }
  }
  return { ...toReachPairs(n, candidates, cutoffMinutes), source: 'estimate' };
}

/** Result of {@link buildMatrixPairs}: the pairs and what could not be used. */
export interface MatrixPairs extends ReachPairs {
  /** Matrix rows whose origin or destination is not a loaded commune. */
  unknownCodes: string[];
  /** Loaded communes that appear in no row of the matrix (they reach only themselves). */
  communesWithoutTimes: string[];
  /** Pairs read from the reverse direction because only one direction was given. */
  reversedPairs: number;
}

/**
 * Pairs under the cut-off from a commune-to-commune time matrix (origin = residence, destination =
 * place of practice), which replaces the estimate. A missing direction is taken from the reverse
 * one (symmetric roads); a commune reaches itself in 0 minute unless the matrix says otherwise;
 * pairs absent from the matrix are unreachable.
 *
 * @example
 * buildMatrixPairs(communes, [{ origin: '96001', destination: '96002', minutes: 7 }], 20).targets;
 */
export function buildMatrixPairs(
  communes: readonly AccessCommune[],
  records: readonly TravelTimeRecord[],
  cutoffMinutes: number,
): MatrixPairs {
  const n = communes.length;
  const indexOf = new Map(communes.map((c, i) => [c.code, i]));
  const rows: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  const unknown = new Set<string>();
  const seen = new Uint8Array(n);
  for (const r of records) {
    const i = indexOf.get(r.origin);
    const j = indexOf.get(r.destination);
    if (i === undefined) unknown.add(r.origin);
    if (j === undefined) unknown.add(r.destination);
    if (i === undefined || j === undefined) continue;
    seen[i] = 1;
    seen[j] = 1;
    (rows[i] as Map<number, number>).set(j, r.minutes);
  }
  let reversed = 0;
  for (let i = 0; i < n; i++) {
    for (const [j, t] of rows[i] as Map<number, number>) {
      const back = rows[j] as Map<number, number>;
      if (!back.has(i)) {
        back.set(i, t);
        reversed += 1;
      }
    }
  }
  const sortedRow = (i: number): Iterable<[number, number]> => {
    const row = rows[i] as Map<number, number>;
    if (!row.has(i)) row.set(i, 0);
    return [...row].sort((x, y) => x[0] - y[0]);
  };
  return {
    ...toReachPairs(n, sortedRow, cutoffMinutes),
    source: 'matrix',
    unknownCodes: [...unknown].sort(),
    communesWithoutTimes: communes.filter((_, i) => !seen[i]).map((c) => c.code),
    reversedPairs: reversed,
  };
}

/**
 * Compressed rows (CSR) of the pairs under the cut-off: `row(i)` gives (j, minutes) by increasing j.
 */
function toReachPairs(
  n: number,
  row: (i: number) => Iterable<[number, number]>,
  cutoffMinutes: number,
): Omit<ReachPairs, 'source'> {
  const offsets = new Uint32Array(n + 1);
  const targets: number[] = [];
  const minutes: number[] = [];
  for (let i = 0; i < n; i++) {
    for (const [j, t] of row(i)) {
      if (t < cutoffMinutes) {
        targets.push(j);
        minutes.push(t);
      }
    }
    offsets[i + 1] = targets.length;
  }
  return { offsets, targets: Uint32Array.from(targets), minutes: Float32Array.from(minutes) };
}

function empty(offsets: Uint32Array, source: ReachPairs['source']): ReachPairs {
  return { offsets, targets: new Uint32Array(0), minutes: new Float32Array(0), source };
}
