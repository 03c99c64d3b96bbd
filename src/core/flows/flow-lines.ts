import type { Feature, FeatureCollection, LineString } from 'geojson';
import type { CommuneFlow, Destination, ZoneAllocation, ZoneFlow } from './flow-types';

/** Properties of one flow line. */
export interface FlowLineProperties {
  zone: string;
  finess: string;
  name: string;
  stays: number;
  /** Rank of the line by stays (1 = largest). */
  rank: number;
}

/** Filters of the flow map. */
export interface FlowLineOptions {
  /** Lines with fewer known stays are not drawn (default 20). */
  minStays?: number;
  /** Only the `topN` largest lines are drawn (default 150). */
  topN?: number;
  /** Bend of the curves: control point offset / length (default 0.2). */
  curvature?: number;
}

/**
 * Flow map lines from PMSI residence zones to establishments, width by stays. A zone is placed at
 * the centroid of its communes weighted by their allocation weights (i.e. by population, as in
 * `buildStayAllocationSql`); an establishment at its site coordinates. Lines are quadratic Bézier
 * curves bent to the right of their direction (two opposite flows do not overlap), filtered by a
 * minimum and limited to the top N, so the map stays readable at département scale (after the
 * flow-map guidelines of Jenny et al. (2017), « Design principles for origin-destination flow
 * maps », Cartography and Geographic Information Science 45(1):62–75). Masked cells are not drawn.
 *
 * @example buildFlowLines(zoneFlows, allocation, centroids, destinations, { topN: 50 }).features.length
 */
export function buildFlowLines(
  flows: readonly ZoneFlow[],
  allocation: readonly ZoneAllocation[],
  centroids: ReadonlyMap<string, [number, number]>,
  destinations: ReadonlyMap<string, Destination>,
  options: FlowLineOptions = {},
): FeatureCollection<LineString, FlowLineProperties> {
  const minStays = options.minStays ?? 20;
  const topN = options.topN ?? 150;
  const curvature = options.curvature ?? 0.2;
  const zoneCentre = computeZoneCentroids(allocation, centroids);
  const candidates = flows
    .filter((f) => f.stays !== null && f.stays >= minStays)
    .sort((a, b) => (b.stays as number) - (a.stays as number) || (a.zone < b.zone ? -1 : 1));
  const features: Feature<LineString, FlowLineProperties>[] = [];
  for (const f of candidates) {
    if (features.length >= topN) break;
    const from = zoneCentre.get(f.zone);
    const d = destinations.get(f.finess);
    if (!from || !d || d.lon === null || d.lat === null) continue;
    features.push({
      type: 'Feature',
      properties: {
        zone: f.zone,
        finess: f.finess,
        name: d.name,
        stays: f.stays as number,
        rank: features.length + 1,
      },
      geometry: { type: 'LineString', coordinates: curve(from, [d.lon, d.lat], curvature) },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** Centroid of each zone: its communes' centroids weighted by allocation weight. */
export function computeZoneCentroids(
  allocation: readonly ZoneAllocation[],
  centroids: ReadonlyMap<string, [number, number]>,
): Map<string, [number, number]> {
  const sums = new Map<string, [number, number, number]>();
  for (const a of allocation) {
    const c = centroids.get(a.commune);
    if (!c) continue;
    const w = a.weight > 0 ? a.weight : 1e-9;
    const s = sums.get(a.zone) ?? [0, 0, 0];
    sums.set(a.zone, [s[0] + c[0] * w, s[1] + c[1] * w, s[2] + w]);
  }
  return new Map([...sums].map(([z, [x, y, w]]) => [z, [x / w, y / w]]));
}

function curve(a: [number, number], b: [number, number], k: number): [number, number][] {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const control: [number, number] = [(a[0] + b[0]) / 2 + dy * k, (a[1] + b[1]) / 2 - dx * k];
  const points: [number, number][] = [];
  for (let i = 0; i <= 16; i++) {
    const t = i / 16;
    const u = 1 - t;
    points.push([
      u * u * a[0] + 2 * u * t * control[0] + t * t * b[0],
      u * u * a[1] + 2 * u * t * control[1] + t * t * b[1],
    ]);
  }
  return points;
}

/** Main destination of a commune's residents. */
export interface MainDestination {
  finess: string;
  stays: number;
  /** Share of the commune's known stays going to it (0–1). */
  share: number;
}

/**
 * The establishment receiving most of each commune's known stays (ties: smallest FINESS) and its
 * share, for the « destination principale » choropleths (ScanSanté-style « part de marché » of
 * the first establishment). Communes with no known stays are absent.
 *
 * @example computeMainDestinations(flows).get('96001') // { finess: '960000017', stays: 310, share: 0.62 }
 */
export function computeMainDestinations(
  flows: readonly CommuneFlow[],
): Map<string, MainDestination> {
  const totals = new Map<string, number>();
  const best = new Map<string, { finess: string; stays: number }>();
  const sums = new Map<string, number>();
  for (const f of flows) {
    if (f.stays === null || f.stays <= 0) continue;
    totals.set(f.commune, (totals.get(f.commune) ?? 0) + f.stays);
    const key = `${f.commune}|${f.finess}`;
    const s = (sums.get(key) ?? 0) + f.stays;
    sums.set(key, s);
    const b = best.get(f.commune);
    if (!b || s > b.stays || (s === b.stays && f.finess < b.finess))
      best.set(f.commune, { finess: f.finess, stays: s });
  }
  return new Map(
    [...best].map(([c, b]) => [c, { ...b, share: b.stays / (totals.get(c) as number) }]),
  );
}
