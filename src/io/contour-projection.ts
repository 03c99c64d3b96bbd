/**
 * Which projection a contour in metres is in: the one its GeoJSON `crs` member names, else, for
 * the overseas départements, the official UTM zone of its commune code when the coordinates fall
 * in that zone. Metropolitan metres outside Lambert 93's range are never guessed (DOMAIN.md
 * section 2, « Coordinates »). Definitions (EPSG registry as PROJ strings, epsg.io), kept in
 * `PROJ_DEFINITIONS` of `projections.ts`:
 * - EPSG:5490 RGAF09 / UTM 20N: `+proj=utm +zone=20 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m`
 * - EPSG:32620 WGS 84 / UTM 20N: `+proj=utm +zone=20 +datum=WGS84 +units=m`
 * - EPSG:2972 RGFG95 / UTM 22N: `+proj=utm +zone=22 +ellps=GRS80 +towgs84=2,2,-2,0,0,0,0 +units=m`
 *   (epsg.io; used with a null shift, see `projections.ts`)
 * - EPSG:2975 RGR92 / UTM 40S: `+proj=utm +zone=40 +south +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m`
 * - EPSG:4471 RGM04 / UTM 38S: `+proj=utm +zone=38 +south +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m`
 * - EPSG:25830 / 25831 / 25832 ETRS89 / UTM 30N / 31N / 32N:
 *   `+proj=utm +zone=30|31|32 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m`
 */
import { PROJ_DEFINITIONS, toWgs84, type ProjectedCrs } from './projections';

/** How a contour's projection was chosen: read in the file's `crs` member, or from its code. */
export type ProjectionReason = { by: 'crs' } | { by: 'code'; dep: string };

/** Names of the systems in French reports. */
export const CRS_LABELS: Record<ProjectedCrs, string> = {
  'EPSG:2154': 'Lambert 93 (RGF93, EPSG:2154)',
  'EPSG:32620': 'UTM 20N (WGS84, EPSG:32620)',
  'EPSG:32621': 'UTM 21N (WGS84, EPSG:32621)',
  'EPSG:32622': 'UTM 22N (WGS84, EPSG:32622)',
  'EPSG:32738': 'UTM 38S (WGS84, EPSG:32738)',
  'EPSG:32740': 'UTM 40S (WGS84, EPSG:32740)',
  'EPSG:5490': 'UTM 20N (RGAF09, EPSG:5490)',
  'EPSG:2972': 'UTM 22N (RGFG95, EPSG:2972)',
  'EPSG:2975': 'UTM 40S (RGR92, EPSG:2975)',
  'EPSG:4471': 'UTM 38S (RGM04, EPSG:4471)',
  'EPSG:25830': 'UTM 30N (ETRS89, EPSG:25830)',
  'EPSG:25831': 'UTM 31N (ETRS89, EPSG:25831)',
  'EPSG:25832': 'UTM 32N (ETRS89, EPSG:25832)',
};

/** Official projection of each overseas département's contours, with the box it must land in. */
const DROM_ZONES: Record<string, { crs: ProjectedCrs; name: string; box: Box }> = {
  '971': { crs: 'EPSG:5490', name: 'Guadeloupe', box: [-62.0, 15.6, -60.8, 16.8] },
  '972': { crs: 'EPSG:5490', name: 'Martinique', box: [-61.5, 14.2, -60.6, 15.1] },
  '973': { crs: 'EPSG:2972', name: 'Guyane', box: [-55.0, 1.6, -51.0, 6.2] },
  '974': { crs: 'EPSG:2975', name: 'La Réunion', box: [54.9, -21.8, 56.2, -20.5] },
  '976': { crs: 'EPSG:4471', name: 'Mayotte', box: [44.7, -13.3, 45.6, -12.4] },
};

type Box = readonly [number, number, number, number];
const inBox = ([w, s, e, n]: Box, [x, y]: [number, number]) => x >= w && x <= e && y >= s && y <= n;

/** Name of an overseas département for reports (« Guyane »), or the code itself. */
export const dromName = (dep: string): string => DROM_ZONES[dep]?.name ?? dep;

/**
 * The projected system a GeoJSON `crs` member names (`EPSG:25831`, `urn:ogc:def:crs:EPSG::2154`,
 * `{"type":"EPSG","properties":{"code":5490}}`), or null when it names none this app reprojects
 * (WGS84 included: nothing to do).
 *
 * @example declaredProjection({ type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25831' } }) // 'EPSG:25831'
 */
export function declaredProjection(crs: unknown): ProjectedCrs | null {
  if (crs === null || crs === undefined) return null;
  const text = JSON.stringify(crs);
  // « EPSG:n », « urn:ogc:def:crs:EPSG::n », or the 2008 form {"type":"EPSG","properties":{"code":n}}.
  const m = /EPSG\D{0,3}(\d{4,5})/i.exec(text) ?? /"type":"EPSG".*"code":"?(\d{4,5})/i.exec(text);
  const code = m ? `EPSG:${m[1]}` : '';
  return code in PROJ_DEFINITIONS ? (code as ProjectedCrs) : null;
}

/**
 * The UTM zone of an overseas commune's contour whose first position `p` is in metres, when its
 * code names a DROM (971, 972 → UTM 20N ; 973 → 22N ; 974 → 40S ; 976 → 38S) and `p`,
 * reprojected, lands in that DROM; null otherwise (metropolitan codes are never guessed).
 *
 * @example zoneFromCommuneCode('97209', [707000, 1614000]) // { crs: 'EPSG:5490', dep: '972' }
 */
export function zoneFromCommuneCode(
  code: string | undefined,
  p: [number, number],
): { crs: ProjectedCrs; dep: string } | null {
  const dep = code?.slice(0, 3) ?? '';
  const zone = DROM_ZONES[dep];
  if (!zone) return null;
  return inBox(zone.box, toWgs84(p[0], p[1], zone.crs)) ? { crs: zone.crs, dep } : null;
}
