/**
 * Contours whose positions are not GeoJSON's [longitude, latitude] in WGS84 (RFC 7946), put right
 * before they are checked: Lambert 93 metres, and UTM metres whose zone is known (file `crs`
 * member, or an overseas commune code), reprojected with proj4 (`toWgs84`); latitude and
 * longitude swapped back. Each repair is counted so that the caller reports it — nothing is moved
 * silently.
 */
import {
  CRS_LABELS,
  dromName,
  zoneFromCommuneCode,
  type ProjectionReason,
} from './contour-projection';
import { toWgs84, type ProjectedCrs } from './projections';

/** What was done to one geometry's positions. */
export type PositionFix = 'none' | 'lambert93' | 'swapped' | 'utm';

/** What is known of a contour besides its positions. */
export interface ContourContext {
  /** Projection named by the file's `crs` member (see `declaredProjection`). */
  declared?: ProjectedCrs | null;
  /** Commune code, whose département chooses the UTM zone of the DROM. */
  communeCode?: string;
}

/** A contour reprojected from a UTM zone, and why that zone. */
export interface UtmFix {
  crs: ProjectedCrs;
  reason: ProjectionReason;
}

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
 * something else, judged on its first position: metres in the projection the file declares
 * (`crs` member), Lambert 93 metres (EPSG:2154), or UTM metres of an overseas commune in its
 * département's official zone (see `zoneFromCommuneCode`) — each only when it lands in France
 * once reprojected —, or a latitude/longitude pair outside France that lands in France once
 * swapped. Anything else (already right, or unrecognisable, such as metropolitan UTM metres
 * without a `crs` member) is returned unchanged for the geometry check to refuse or accept.
 *
 * @example fixContourPositions({ type: 'Polygon', coordinates: [[[49.1, -1.1], …]] }).fix // 'swapped'
 */
export function fixContourPositions(
  geometry: unknown,
  context: ContourContext = {},
): { geometry: unknown; fix: PositionFix; utm?: UtmFix } {
  const first = firstPosition(geometry);
  if (!first) return { geometry, fix: 'none' };
  const [x, y] = first;
  const reproject = (crs: ProjectedCrs) => mapPositions(geometry, (p) => toWgs84(p[0], p[1], crs));
  if (Math.abs(x) <= 180 && Math.abs(y) <= 90) {
    if (!inFrance(x, y) && inFrance(y, x))
      return { geometry: mapPositions(geometry, (p) => [p[1], p[0]]), fix: 'swapped' };
    return { geometry, fix: 'none' };
  }
  const declared = context.declared ?? null;
  if (declared !== null && inFrance(...toWgs84(x, y, declared))) {
    if (declared === 'EPSG:2154') return { geometry: reproject(declared), fix: 'lambert93' };
    return {
      geometry: reproject(declared),
      fix: 'utm',
      utm: { crs: declared, reason: { by: 'crs' } },
    };
  }
  if (looksLambert93(x, y) && inFrance(...toWgs84(x, y, 'EPSG:2154')))
    return { geometry: reproject('EPSG:2154'), fix: 'lambert93' };
  const zone = zoneFromCommuneCode(context.communeCode, first);
  if (zone)
    return {
      geometry: reproject(zone.crs),
      fix: 'utm',
      utm: { crs: zone.crs, reason: { by: 'code', dep: zone.dep } },
    };
  return { geometry, fix: 'none' };
}

/**
 * The French sentence saying which UTM projection was assumed for `count` contours, and why.
 *
 * @example utmFixNote({ crs: 'EPSG:2972', reason: { by: 'code', dep: '973' } }, 2)
 * // '2 contour(s) en UTM 22N (RGFG95, EPSG:2972) … d’après leur code commune (973, Guyane) …'
 */
export function utmFixNote(fix: UtmFix, count: number): string {
  const why =
    fix.reason.by === 'crs'
      ? 'projection lue dans le membre « crs » du fichier'
      : `projection officielle supposée d’après leur code commune (${fix.reason.dep}, ${dromName(fix.reason.dep)}), leurs coordonnées tombant dans cette zone`;
  return `${count} contour(s) en ${CRS_LABELS[fix.crs]}, mètres, reprojeté(s) en longitude/latitude WGS84 avec proj4 (${why})`;
}

/**
 * The French sentences reporting the repairs of a file, one per kind of repair (each starts with
 * its count, which the import report adds up as repaired entities); empty when there were none.
 *
 * @example positionFixNotes({ lambert93: 445, swapped: 0 }) // ['445 contour(s) en Lambert 93 …']
 */
export function positionFixNotes(
  counts: Record<'lambert93' | 'swapped', number>,
  utm: readonly { fix: UtmFix; count: number }[] = [],
): string[] {
  const parts: string[] = [];
  if (counts.lambert93)
    parts.push(
      `${counts.lambert93} contour(s) en Lambert 93 (EPSG:2154, mètres) reprojeté(s) en longitude/latitude WGS84 avec proj4`,
    );
  for (const u of utm) parts.push(utmFixNote(u.fix, u.count));
  if (counts.swapped)
    parts.push(
      `${counts.swapped} contour(s) aux latitude et longitude inversées remis dans l’ordre [longitude, latitude] du GeoJSON (RFC 7946)`,
    );
  return parts.map((p) => `${p} : vérifiez leur place sur la carte.`);
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
