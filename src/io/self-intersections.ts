/**
 * Self-intersecting commune contours (a « bow-tie » ring): found with turf `kinks` (sweep-line
 * segment intersections) and, where safe, split into simple polygons with turf `unkinkPolygon`, so
 * that areas and densities are right (a bow-tie's lobes cancel in the shoelace area).
 */
import { area, kinks, unkinkPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';

/** What was found and done for one contour. */
export interface SelfIntersectionCheck {
  /** Self-intersection points found (0: a simple contour). */
  points: number;
  /** The repaired contour, or null when none was needed or the repair was not safe (holes). */
  repaired: Polygon | MultiPolygon | null;
  /** Area before and after the repair, km² (null without repair). */
  areaKm2: { before: number; after: number } | null;
}

/**
 * Finds self-intersections of a contour and repairs those of polygons without holes (a hole's
 * rings would be split apart from their outer ring, which is not a safe repair: they are only
 * reported).
 *
 * @example checkSelfIntersections(bowTie).points // 1
 */
export function checkSelfIntersections(geometry: Polygon | MultiPolygon): SelfIntersectionCheck {
  const points = kinks(geometry).features.length;
  if (points === 0) return { points, repaired: null, areaKm2: null };
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  if (polygons.some((rings) => rings.length > 1)) return { points, repaired: null, areaKm2: null };
  const parts = polygons.flatMap((rings) =>
    unkinkPolygon({ type: 'Polygon', coordinates: rings }).features.map(
      (f) => f.geometry.coordinates,
    ),
  );
  const repaired: Polygon | MultiPolygon =
    parts.length === 1
      ? { type: 'Polygon', coordinates: parts[0]! }
      : { type: 'MultiPolygon', coordinates: parts };
  return {
    points,
    repaired,
    areaKm2: { before: area(geometry) / 1e6, after: area(repaired) / 1e6 },
  };
}
