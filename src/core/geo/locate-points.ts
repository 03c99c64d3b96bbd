/**
 * Point-in-polygon location of points (establishments, any record with coordinates but no
 * commune code) in commune contours, with a spatial index so national files stay fast.
 */
import { bbox, booleanPointInPolygon } from '@turf/turf';
import Flatbush from 'flatbush';
import type { MultiPolygon, Polygon } from 'geojson';

/** A point in WGS84 degrees (RFC 7946 order: longitude, latitude). */
export interface LonLat {
  lon: number;
  lat: number;
}

/** A commune contour to locate points in. */
export interface LocatableCommune {
  code: string;
  geometry: Polygon | MultiPolygon;
}

/**
 * The commune containing each point, or null when no commune contains it (outside the loaded
 * contours, in a gap between them, or non-finite coordinates).
 *
 * Method: a static R-tree (flatbush, packed Hilbert R-tree, Agafonkin) of the communes' bounding
 * boxes is built once per call; the communes whose box contains a point are then tested exactly
 * with Turf `booleanPointInPolygon` (crossing-number test of point-in-polygon-hao, Hao et al.,
 * « Optimal Reliable Point-in-Polygon Test and Differential Coding Boolean Operations on
 * Polygons », Symmetry 2018), which respects holes (a point in an enclave's hole is not in the
 * surrounding commune). Cost: O(n log n) to build the index, then about O(log n + k·v) per point
 * for k candidate boxes of v vertices: 100,000 points against 35,000 communes take about a second.
 *
 * Points on a border: a commune containing the point strictly (not on its boundary) wins; a point
 * lying exactly on the boundary of several communes (shared border or corner), or strictly inside
 * several overlapping contours, goes to the candidate with the smallest code (string order), so the
 * answer never depends on the order of the inputs.
 *
 * Coordinates are planar lon/lat degrees, as in GeoJSON: no reprojection is needed for containment.
 *
 * @param points WGS84 points (degrees)
 * @param communes commune contours (WGS84)
 * @returns for each point, in order, the code of its commune or null
 * @example
 * locatePoints([{ lon: 0.5, lat: 0.5 }, { lon: 9, lat: 9 }], [{ code: '96001', geometry: unitSquare }]);
 * // => ['96001', null]
 */
export function locatePoints(
  points: readonly LonLat[],
  communes: readonly LocatableCommune[],
): (string | null)[] {
  if (communes.length === 0 || points.length === 0) return points.map(() => null);
  const index = new Flatbush(communes.length);
  for (const c of communes) {
    const [w, s, e, n] = bbox(c.geometry);
    index.add(w, s, e, n);
  }
  index.finish();
  return points.map((p) => {
    if (!Number.isFinite(p.lon) || !Number.isFinite(p.lat)) return null;
    const candidates = index.search(p.lon, p.lat, p.lon, p.lat);
    if (candidates.length === 0) return null;
    const point = [p.lon, p.lat];
    const strict = smallestCode(candidates, communes, (g) =>
      booleanPointInPolygon(point, g, { ignoreBoundary: true }),
    );
    return strict ?? smallestCode(candidates, communes, (g) => booleanPointInPolygon(point, g));
  });
}

/** The smallest code among the candidate communes whose geometry passes `test`, or null. */
function smallestCode(
  candidates: readonly number[],
  communes: readonly LocatableCommune[],
  test: (geometry: Polygon | MultiPolygon) => boolean,
): string | null {
  let best: string | null = null;
  for (const i of candidates) {
    const c = communes[i];
    if (c && (best === null || c.code < best) && test(c.geometry)) best = c.code;
  }
  return best;
}
