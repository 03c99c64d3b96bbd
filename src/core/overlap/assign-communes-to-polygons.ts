/**
 * CPTS perimeters given as polygons (DOMAIN.md 3.6: « sometimes GeoJSON/Shapefile polygons ») ->
 * member communes, by area share of each commune inside each polygon.
 */
import { area, bbox, booleanPointInPolygon, feature, featureCollection } from '@turf/turf';
import { intersect } from '@turf/turf';
import Flatbush from 'flatbush';
import type { MultiPolygon, Polygon } from 'geojson';
import { computePointOnSurface } from '../geo/point-on-surface';
import type { PerimeterMember } from '../types';

/** A commune contour. */
export interface CommuneShape {
  code: string;
  geometry: Polygon | MultiPolygon;
}

/** A CPTS contour. */
export interface PerimeterShape {
  perimeterName: string;
  geometry: Polygon | MultiPolygon;
  /** Number of its entity in the file (1-based), to name it in messages. */
  feature?: number;
}

/** A commune that lies in several CPTS polygons, with the share of its area in each. */
export interface StraddlingCommune {
  communeCode: string;
  /** Largest share first; shares are fractions (0–1) of the commune's area. */
  shares: { perimeterName: string; share: number }[];
}

/** Result of {@link assignCommunesToPolygons}. */
export interface PolygonAssignment {
  members: PerimeterMember[];
  /** Communes with at least `straddleMinShare` of their area in two polygons or more. */
  straddling: StraddlingCommune[];
  /** Polygons that received no commune (outside the loaded contours, or too small). */
  emptyPerimeters: string[];
  /** Communes whose share could not be computed (invalid geometry): point-on-surface rule used. */
  fallbackCommunes: string[];
}

/** Options of {@link assignCommunesToPolygons}. */
export interface AssignOptions {
  /** Share of a commune's area in a second polygon above which it is reported (default 5 %). */
  straddleMinShare?: number;
}

/**
 * Assigns communes to CPTS polygons. Rule (majority of area, the « largest overlap » areal
 * join of GIS tools, e.g. QGIS « Join attributes by location », option « take attributes of the
 * feature with largest overlap only »): a commune belongs to every polygon holding more than half
 * of its area (overlapping CPTS may share a commune, DOMAIN.md 3.6); when none does but the
 * polygons together hold more than half, it belongs to the one holding the largest part. When the
 * share cannot be computed (invalid geometry), it belongs to the polygons containing a point on
 * its surface (`computePointOnSurface`, JTS InteriorPointArea: strictly inside the commune). Shares: Turf `intersect` (polyclip-ts,
 * Martinez–Rueda–Feito polygon clipping) and geodesic `area` (Turf, after Chamberlain & Duquette,
 * « Some algorithms for polygons on a sphere », JPL 2007). Candidates come from a flatbush index
 * of the polygons' bounding boxes, so the cost grows with the overlaps, not communes × CPTS.
 *
 * @example
 * const r = assignCommunesToPolygons(communes, [{ perimeterName: 'CPTS A', geometry }]);
 * // r.members = [{ perimeterName: 'CPTS A', communeCode: '50001' }, …]; r.straddling = […]
 */
export function assignCommunesToPolygons(
  communes: readonly CommuneShape[],
  polygons: readonly PerimeterShape[],
  options: AssignOptions = {},
): PolygonAssignment {
  const minShare = options.straddleMinShare ?? 0.05;
  const out: PolygonAssignment = {
    members: [],
    straddling: [],
    emptyPerimeters: [],
    fallbackCommunes: [],
  };
  const counts = new Map<string, number>(polygons.map((p) => [p.perimeterName, 0]));
  if (polygons.length > 0 && communes.length > 0) {
    const index = new Flatbush(polygons.length);
    for (const p of polygons) {
      const [w, s, e, n] = bbox(p.geometry);
      index.add(w, s, e, n);
    }
    index.finish();
    for (const c of communes) {
      const [w, s, e, n] = bbox(c.geometry);
      const candidates = index.search(w, s, e, n).map((i) => polygons[i] as PerimeterShape);
      if (candidates.length === 0) continue;
      const shares = areaShares(c.geometry, candidates);
      let chosen: string[];
      if (shares === null) {
        out.fallbackCommunes.push(c.code);
        const point = computePointOnSurface(c.geometry);
        chosen =
          point === null
            ? []
            : candidates
                .filter((p) => booleanPointInPolygon(point, p.geometry))
                .map((p) => p.perimeterName);
      } else {
        chosen = shares.filter((x) => x.share > 0.5).map((x) => x.perimeterName);
        const total = shares.reduce((t, x) => t + x.share, 0);
        if (chosen.length === 0 && total > 0.5 && shares[0]) chosen = [shares[0].perimeterName];
        const significant = shares.filter((x) => x.share >= minShare);
        if (significant.length >= 2)
          out.straddling.push({ communeCode: c.code, shares: significant });
      }
      for (const name of new Set(chosen)) {
        out.members.push({ perimeterName: name, communeCode: c.code });
        counts.set(name, (counts.get(name) ?? 0) + 1);
      }
    }
  }
  out.emptyPerimeters = [...counts].filter(([, n]) => n === 0).map(([name]) => name);
  return out;
}

/** Share of the commune's area in each candidate (largest first, zero shares left out), or null. */
function areaShares(
  commune: Polygon | MultiPolygon,
  candidates: readonly PerimeterShape[],
): { perimeterName: string; share: number }[] | null {
  const whole = area(commune);
  if (!(whole > 0)) return null;
  const shares: { perimeterName: string; share: number }[] = [];
  for (const p of candidates) {
    let inside: number;
    try {
      const clipped = intersect(featureCollection([feature(commune), feature(p.geometry)]));
      inside = clipped ? area(clipped) : 0;
    } catch {
      return null;
    }
    if (inside > 0)
      shares.push({ perimeterName: p.perimeterName, share: Math.min(1, inside / whole) });
  }
  return shares.sort((a, b) => b.share - a.share);
}
