/**
 * Contours whose positions are not GeoJSON's [longitude, latitude] in WGS84 (RFC 7946), put right
 * before they are checked: Lambert 93 metres reprojected with proj4 (`toWgs84`), latitude and
 * longitude swapped back. Each repair is counted so that the caller reports it — nothing is moved
 * silently.
 */
import { toWgs84 } from './projections';

/** What was done to one geometry's positions. */
export type PositionFix = 'none' | 'lambert93' | 'swapped';

/** Longitude / latitude boxes of metropolitan France, Corsica and the overseas départements. */
const FRANCE_BOXES: readonly [number, number, number, number][] = [
  [-5.8, 41.0, 10.0, 51.6], // métropole et Corse
  [-63.5, 14.0, -60.5, 18.5], // Antilles
  [-55.0, 1.5, -51.0, 6.5], // Guyane
  [55.0, -21.5, 56.0, -20.8], // La Réunion
  [44.8, -13.1, 45.4, -12.5], // Mayotte
  [-56.6, 46.7, -56.0, 47.2], // Saint-Pierre-et-Miquelon
];

const inFrance = (x: number, y: number) =>
  FRANCE_BOXES.some(([w, s, e, n]) => x >= w && x <= e && y >= s && y <= n);
const looksLambert93 = (x: number, y: number) =>
  x > 0 && x < 1_300_000 && y > 6_000_000 && y < 7_200_000;

/**
 * Puts a polygon geometry's positions in [longitude, latitude] WGS84 when they are plainly
 * something else, judged on its first position: Lambert 93 metres (EPSG:2154) that land in France
 * once reprojected, or a latitude/longitude pair outside France that lands in France once swapped.
 * Anything else (already right, or unrecognisable) is returned unchanged for the geometry check
 * to judge.
 *
 * @example fixContourPositions({ type: 'Polygon', coordinates: [[[49.1, -1.1], …]] }).fix // 'swapped'
 */
export function fixContourPositions(geometry: unknown): { geometry: unknown; fix: PositionFix } {
  const first = firstPosition(geometry);
  if (!first) return { geometry, fix: 'none' };
  const [x, y] = first;
  if (looksLambert93(x, y) && inFrance(...toWgs84(x, y, 'EPSG:2154')))
    return {
      geometry: mapPositions(geometry, (p) => toWgs84(p[0], p[1], 'EPSG:2154')),
      fix: 'lambert93',
    };
  if (!inFrance(x, y) && inFrance(y, x))
    return { geometry: mapPositions(geometry, (p) => [p[1], p[0]]), fix: 'swapped' };
  return { geometry, fix: 'none' };
}

/**
 * The French sentence reporting the repairs of a file, or null when there were none.
 *
 * @example positionFixNote({ lambert93: 445, swapped: 0 }) // '445 contour(s) en Lambert 93 …'
 */
export function positionFixNote(
  counts: Record<Exclude<PositionFix, 'none'>, number>,
): string | null {
  const parts: string[] = [];
  if (counts.lambert93)
    parts.push(
      `${counts.lambert93} contour(s) en Lambert 93 (EPSG:2154, mètres) reprojeté(s) en longitude/latitude WGS84 avec proj4`,
    );
  if (counts.swapped)
    parts.push(
      `${counts.swapped} contour(s) aux latitude et longitude inversées remis dans l’ordre [longitude, latitude] du GeoJSON (RFC 7946)`,
    );
  return parts.length ? `${parts.join(' ; ')} : vérifiez leur place sur la carte.` : null;
}

function firstPosition(geometry: unknown): [number, number] | null {
  let node: unknown = (geometry as { coordinates?: unknown } | null)?.coordinates;
  while (Array.isArray(node) && Array.isArray(node[0])) node = node[0];
  if (!Array.isArray(node) || typeof node[0] !== 'number' || typeof node[1] !== 'number')
    return null;
  return [node[0], node[1]];
}

function mapPositions(geometry: unknown, f: (p: [number, number]) => [number, number]): unknown {
  const walk = (node: unknown): unknown =>
    Array.isArray(node) && typeof node[0] === 'number'
      ? f([node[0] as number, node[1] as number])
      : Array.isArray(node)
        ? node.map(walk)
        : node;
  const g = geometry as { type: string; coordinates: unknown };
  return { ...g, coordinates: walk(g.coordinates) };
}
