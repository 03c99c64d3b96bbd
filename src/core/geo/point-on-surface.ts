import type { MultiPolygon, Polygon, Position } from 'geojson';

/**
 * A point guaranteed to lie inside a (Multi)Polygon, unlike its centroid (a crescent-shaped or
 * U-shaped commune has its centroid outside itself), used to decide whether a commune lies inside
 * a drawn lasso or polygon. Method: JTS `InteriorPointArea` (Vivid Solutions, JTS Topology Suite;
 * PostGIS `ST_PointOnSurface`): a horizontal scan line at the middle of the bounding box, moved
 * between the two nearest vertex latitudes so that it crosses no vertex; the point is the middle of
 * the widest interval of the line inside the geometry (holes excluded). Degrees WGS84 in and out.
 *
 * @returns [lon, lat], or null for an empty geometry
 * @example computePointOnSurface(uShapedCommune) // a point in one arm of the U, not in the gap
 */
export function computePointOnSurface(geometry: Polygon | MultiPolygon): [number, number] | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best: { width: number; point: [number, number] } | null = null;
  for (const rings of polygons) {
    const outer = rings[0];
    if (!outer || outer.length < 4) continue;
    const y = scanLatitude(outer);
    if (y === null) continue;
    const xs = rings.flatMap((ring) => crossings(ring, y)).sort((a, b) => a - b);
    for (let i = 0; i + 1 < xs.length; i += 2) {
      const x0 = xs[i] as number;
      const x1 = xs[i + 1] as number;
      if (!best || x1 - x0 > best.width) best = { width: x1 - x0, point: [(x0 + x1) / 2, y] };
    }
  }
  return best?.point ?? null;
}

/** A latitude through the middle of the ring that crosses none of its vertices. */
function scanLatitude(ring: readonly Position[]): number | null {
  let min = Infinity;
  let max = -Infinity;
  for (const [, y = 0] of ring) {
    min = Math.min(min, y);
    max = Math.max(max, y);
  }
  if (!(max > min)) return null;
  const centre = (min + max) / 2;
  let below = min;
  let above = max;
  for (const [, y = 0] of ring) {
    if (y <= centre && y > below) below = y;
    if (y > centre && y < above) above = y;
  }
  return (below + above) / 2;
}

/** Longitudes where the ring's edges cross the latitude y (edges ending exactly on y excluded). */
function crossings(ring: readonly Position[], y: number): number[] {
  const xs: number[] = [];
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1 = 0, y1 = 0] = ring[i] as Position;
    const [x2 = 0, y2 = 0] = ring[i + 1] as Position;
    if (y1 > y !== y2 > y) xs.push(x1 + ((y - y1) * (x2 - x1)) / (y2 - y1));
  }
  return xs;
}
