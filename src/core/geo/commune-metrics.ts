import { area, booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { computePointOnSurface } from './point-on-surface';

/** Area and representative point of a commune contour. */
export interface CommuneMetrics {
  /** Geodesic area in km². */
  areaKm2: number;
  /** Longitude (WGS84, degrees) of a point inside the contour. */
  centroidLon: number;
  /** Latitude (WGS84, degrees) of a point inside the contour. */
  centroidLat: number;
}

/**
 * Computes the area (km²) and a representative point of a commune contour (WGS84, lon/lat).
 *
 * - Area: Turf `area` (`packages/turf-area/index.ts`), the spherical polygon area of
 *   Chamberlain & Duquette (2007), "Some algorithms for polygons on a sphere", JPL Publication
 *   07-03; holes are subtracted.
 * - Point: the area-weighted centroid of all parts (shoelace formula, P. Bourke 1988,
 *   "Calculating the area and centroid of a polygon"; holes subtracted) when it lies strictly
 *   inside the contour; otherwise (crescent- or U-shaped communes, archipelagos, a centroid on the
 *   border) the project's point-on-surface (`computePointOnSurface`, JTS `InteriorPointArea`:
 *   middle of the widest interior interval of a scan line), which lies strictly inside, never on
 *   the border (Turf `pointOnFeature` would return the nearest border vertex). The point can
 *   therefore be used for labels, distances and point-in-polygon checks.
 *
 * @param geometry - GeoJSON Polygon or MultiPolygon, lon/lat order (RFC 7946).
 * @returns `{ areaKm2, centroidLon, centroidLat }`; an empty geometry gives area 0 and NaN point.
 * @example
 * computeCommuneMetrics({ type: 'Polygon', coordinates: [[[5, 46], [5.01, 46], [5.01, 46.01], [5, 46.01], [5, 46]]] });
 * // => { areaKm2: ≈ 0.858, centroidLon: 5.005, centroidLat: 46.005 }
 */
export function computeCommuneMetrics(geometry: Polygon | MultiPolygon): CommuneMetrics {
  const areaKm2 = area(geometry) / 1e6;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const centroid = planarCentroid(polygons);
  if (centroid && booleanPointInPolygon(centroid, geometry, { ignoreBoundary: true })) {
    return { areaKm2, centroidLon: centroid[0], centroidLat: centroid[1] };
  }
  const [lon, lat] = computePointOnSurface(geometry) ?? [Number.NaN, Number.NaN];
  return { areaKm2, centroidLon: lon, centroidLat: lat };
}

/** Area-weighted centroid of polygons (outer ring minus holes), in coordinate space; null if degenerate. */
function planarCentroid(polygons: Position[][][]): [number, number] | null {
  let totalArea = 0;
  let sumX = 0;
  let sumY = 0;
  for (const rings of polygons) {
    rings.forEach((ring, index) => {
      const moments = ringMoments(ring);
      // Orientation is not guaranteed by every source: outer rings add, holes subtract.
      const sign = (index === 0 ? 1 : -1) * Math.sign(moments.area);
      totalArea += sign * moments.area;
      sumX += sign * moments.x;
      sumY += sign * moments.y;
    });
  }
  if (totalArea === 0 || !Number.isFinite(totalArea)) return null;
  return [sumX / totalArea, sumY / totalArea];
}

/** Signed area and first moments of a ring (shoelace), relative to its first vertex for precision. */
function ringMoments(ring: Position[]): { area: number; x: number; y: number } {
  const origin = ring[0];
  if (!origin || ring.length < 3) return { area: 0, x: 0, y: 0 };
  const [ox = 0, oy = 0] = origin;
  let twiceArea = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length - 1; i += 1) {
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    const [x2 = 0, y2 = 0] = ring[i + 1] ?? [];
    const ax = x1 - ox;
    const ay = y1 - oy;
    const bx = x2 - ox;
    const by = y2 - oy;
    const cross = ax * by - bx * ay;
    twiceArea += cross;
    cx += (ax + bx) * cross;
    cy += (ay + by) * cross;
  }
  const ringArea = twiceArea / 2;
  if (ringArea === 0) return { area: 0, x: 0, y: 0 };
  // First moments about the true origin: area × (local centroid + ring origin).
  return {
    area: ringArea,
    x: cx / 6 + ringArea * ox,
    y: cy / 6 + ringArea * oy,
  };
}
