/**
 * Projected coordinate systems of FINESS and their conversion to WGS84 lon/lat with proj4
 * (DOMAIN.md section 2, « Coordinates »). Definitions are the EPSG ones written as PROJ strings.
 * The DROM national datums (RRAF 1991, RGFG95, RGR92, RGM04, RGSPM06) coincide with WGS84 to well
 * under a metre, so the WGS84 UTM zones are used for them.
 */
import proj4 from 'proj4';

/** EPSG codes of the systems FINESS uses. */
export type ProjectedCrs =
  | 'EPSG:2154'
  | 'EPSG:32620'
  | 'EPSG:32621'
  | 'EPSG:32622'
  | 'EPSG:32738'
  | 'EPSG:32740'
  | ContourUtmCrs;

/**
 * UTM systems of contour files (IGN ADMIN EXPRESS DROM editions, ETRS89 metropolitan files):
 * RGAF09 / UTM 20N, RGFG95 / UTM 22N, RGR92 / UTM 40S, RGM04 / UTM 38S, ETRS89 / UTM 30N–32N.
 */
export type ContourUtmCrs =
  | 'EPSG:5490'
  | 'EPSG:2972'
  | 'EPSG:2975'
  | 'EPSG:4471'
  | 'EPSG:25830'
  | 'EPSG:25831'
  | 'EPSG:25832';

/**
 * PROJ definitions (EPSG registry, as published by epsg.io / PROJ `projinfo EPSG:n -o PROJ`).
 * epsg.io publishes RGFG95 / UTM 22N (EPSG:2972) with `+towgs84=2,2,-2,0,0,0,0` (a shift of
 * metre-level accuracy); like the other ITRF-based DROM datums it is taken here with a null shift,
 * as for FINESS (difference about 3 m, under the precision of a commune contour).
 */
export const PROJ_DEFINITIONS: Record<ProjectedCrs, string> = {
  // RGF93 v1 / Lambert-93, metropolitan France and Corsica.
  'EPSG:2154':
    '+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
  // WGS 84 / UTM 20N: Guadeloupe, Martinique, Saint-Martin, Saint-Barthélemy.
  'EPSG:32620': '+proj=utm +zone=20 +datum=WGS84 +units=m +no_defs',
  // WGS 84 / UTM 21N: Saint-Pierre-et-Miquelon.
  'EPSG:32621': '+proj=utm +zone=21 +datum=WGS84 +units=m +no_defs',
  // WGS 84 / UTM 22N: Guyane.
  'EPSG:32622': '+proj=utm +zone=22 +datum=WGS84 +units=m +no_defs',
  // WGS 84 / UTM 38S: Mayotte.
  'EPSG:32738': '+proj=utm +zone=38 +south +datum=WGS84 +units=m +no_defs',
  // WGS 84 / UTM 40S: La Réunion.
  'EPSG:32740': '+proj=utm +zone=40 +south +datum=WGS84 +units=m +no_defs',
  // RGAF09 / UTM zone 20N: Guadeloupe, Martinique (IGN ADMIN EXPRESS).
  'EPSG:5490': '+proj=utm +zone=20 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
  // RGFG95 / UTM zone 22N: Guyane.
  'EPSG:2972': '+proj=utm +zone=22 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
  // RGR92 / UTM zone 40S: La Réunion.
  'EPSG:2975': '+proj=utm +zone=40 +south +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
  // RGM04 / UTM zone 38S: Mayotte.
  'EPSG:4471': '+proj=utm +zone=38 +south +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
  // ETRS89 / UTM zones 30N, 31N, 32N: metropolitan France west to east.
  'EPSG:25830': '+proj=utm +zone=30 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
  'EPSG:25831': '+proj=utm +zone=31 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
  'EPSG:25832': '+proj=utm +zone=32 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
};

const WGS84 = '+proj=longlat +datum=WGS84 +no_defs';
const converters = new Map<ProjectedCrs, proj4.Converter>();

/**
 * Converts projected metres to WGS84 `[lon, lat]` in degrees.
 *
 * @example
 * toWgs84(700000, 6600000, 'EPSG:2154'); // [3, 46.5] (the Lambert-93 false origin)
 */
export function toWgs84(x: number, y: number, crs: ProjectedCrs): [number, number] {
  let c = converters.get(crs);
  if (c === undefined) {
    c = proj4(PROJ_DEFINITIONS[crs], WGS84);
    converters.set(crs, c);
  }
  const [lon, lat] = c.forward([x, y]);
  return [lon ?? NaN, lat ?? NaN];
}

/**
 * CRS named at the end of a FINESS `sourcecoordet` (e.g. `1,ATLASANTE,96,BAN,L93_METROPOLE`,
 * `…,LAMBERT_93`, `…,UTM_N20`), or null when unrecognised.
 *
 * @example
 * crsFromFinessSource('1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,UTM_S40'); // 'EPSG:32740'
 */
export function crsFromFinessSource(source: string): ProjectedCrs | null {
  const last = (source.split(',').pop() ?? '').trim().toUpperCase();
  if (/L93|LAMBERT_?93|2154/.test(last)) return 'EPSG:2154';
  const m = /UTM_?([NS])(\d\d)/.exec(last);
  if (m) {
    const code = `EPSG:32${m[1] === 'N' ? '6' : '7'}${m[2]}`;
    if (code in PROJ_DEFINITIONS) return code as ProjectedCrs;
  }
  return null;
}

/**
 * Default CRS of a FINESS département code when the file does not say (`9A`/`971` Guadeloupe…).
 *
 * @example
 * crsForDepartement('9D'); // 'EPSG:32740' (La Réunion)
 */
export function crsForDepartement(dep: string): ProjectedCrs {
  const d = dep.trim().toUpperCase();
  if (['9A', '9B', '971', '972', '977', '978'].includes(d)) return 'EPSG:32620';
  if (['9C', '973'].includes(d)) return 'EPSG:32622';
  if (['9D', '974'].includes(d)) return 'EPSG:32740';
  if (['9E', '975'].includes(d)) return 'EPSG:32621';
  if (['9F', '976'].includes(d)) return 'EPSG:32738';
  return 'EPSG:2154';
}
