import fs from 'node:fs';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { describeShared, sharedPath } from '../../test/support/shared-data';
import { declaredProjection, zoneFromCommuneCode } from './contour-projection';
import { parseCommunes } from './parse-communes';
import { PROJ_DEFINITIONS, toWgs84, type ProjectedCrs } from './projections';

/** Distance in metres between two [lon, lat] points (equirectangular, fine under a kilometre). */
const metres = ([a, b]: number[], [c, d]: number[]) =>
  Math.hypot((c! - a!) * Math.cos((b! * Math.PI) / 180), d! - b!) * 111_320;

/** A 2 km square of projected metres whose first corner is (x, y). */
const square = (x: number, y: number) => [
  [
    [x, y],
    [x + 2000, y],
    [x + 2000, y + 2000],
    [x, y + 2000],
    [x, y],
  ],
];

const collection = (code: string, coordinates: unknown, crs?: string) =>
  JSON.stringify({
    type: 'FeatureCollection',
    ...(crs ? { crs: { type: 'name', properties: { name: `urn:ogc:def:crs:EPSG::${crs}` } } } : {}),
    features: [
      { type: 'Feature', properties: { code }, geometry: { type: 'Polygon', coordinates } },
    ],
  });

describe('UTM definitions', () => {
  it.each([
    ['EPSG:5490', 500000, 0, -63, 0],
    ['EPSG:32620', 500000, 0, -63, 0],
    ['EPSG:2972', 500000, 0, -51, 0],
    ['EPSG:2975', 500000, 10_000_000, 57, 0],
    ['EPSG:4471', 500000, 10_000_000, 45, 0],
    ['EPSG:25830', 500000, 0, -3, 0],
    ['EPSG:25831', 500000, 0, 3, 0],
    ['EPSG:25832', 500000, 0, 9, 0],
  ] as const)('%s: the zone origin (%i, %i) is (%d°, %d°)', (crs, x, y, lon, lat) => {
    const p = toWgs84(x, y, crs);
    expect(metres(p, [lon, lat])).toBeLessThan(0.001);
  });

  it('reads the EPSG code of a GeoJSON crs member in its usual spellings', () => {
    const named = (name: string) => ({ type: 'name', properties: { name } });
    expect(declaredProjection(named('urn:ogc:def:crs:EPSG::25831'))).toBe('EPSG:25831');
    expect(declaredProjection(named('EPSG:5490'))).toBe('EPSG:5490');
    expect(declaredProjection({ type: 'EPSG', properties: { code: 2975 } })).toBe('EPSG:2975');
    expect(declaredProjection(named('urn:ogc:def:crs:OGC:1.3:CRS84'))).toBeNull();
    expect(declaredProjection(named('urn:ogc:def:crs:EPSG::4326'))).toBeNull();
    expect(declaredProjection(named('urn:ogc:def:crs:EPSG::3857'))).toBeNull();
  });

  it('chooses a DROM zone from the commune code only when the metres fall in it', () => {
    // Fort-de-France in UTM 20N.
    expect(zoneFromCommuneCode('97209', [707000, 1619000])).toEqual({
      crs: 'EPSG:5490',
      dep: '972',
    });
    // The same metres for a commune of Guyane (UTM 22N) land in the ocean: not guessed.
    expect(zoneFromCommuneCode('97302', [707000, 1619000])).toBeNull();
    // A metropolitan code is never guessed.
    expect(zoneFromCommuneCode('01053', [707000, 1619000])).toBeNull();
  });
});

/** A small square near Bourg-en-Bresse in longitude/latitude. */
const DEGREES = [
  [
    [5.2, 46.2],
    [5.25, 46.2],
    [5.25, 46.25],
    [5.2, 46.25],
    [5.2, 46.2],
  ],
];

describe('a crs member that does not match the positions', () => {
  it('says so when the contours are in degrees although the file names UTM 31N', () => {
    const r = parseCommunes(collection('01053', DEGREES, '25831'), {
      file: 'deg.geojson',
    });
    expect(r.rows).toHaveLength(1);
    expect(r.issues.find((i) => i.code === 'geojson-crs')?.message).toBe(
      'deg.geojson : le membre « crs » du fichier nomme UTM 31N (ETRS89, EPSG:25831), mais 1 contour(s) ne sont pas en mètres de cette projection : jugés sur leurs seules coordonnées. Vérifiez la projection du fichier (GeoJSON en longitude, latitude WGS84).',
    );
  });
});

describeShared('UTM contours land on the commune centroids of ../shared/data (within 1 m)', () => {
  const csv = fs.readFileSync(sharedPath('population', 'communes-france-cog2026.csv'), 'utf8');
  const centroid = (code: string): [number, number] => {
    const line = csv.split('\n').find((l) => l.startsWith(`${code},`)) ?? '';
    const cells = line.split(',');
    return [Number(cells[12]), Number(cells[13])];
  };
  // The centroid (lon, lat) put in the zone's metres with proj4's forward projection, then read
  // back by the commune reader (inverse projection): both directions of the EPSG definition.
  const inMetres = (crs: ProjectedCrs, p: [number, number]) =>
    proj4('+proj=longlat +datum=WGS84 +no_defs', PROJ_DEFINITIONS[crs], p);

  it.each([
    ['97101', 'EPSG:5490', 'Guadeloupe'],
    ['97209', 'EPSG:5490', 'Martinique'],
    ['97302', 'EPSG:2972', 'Guyane'],
    ['97411', 'EPSG:2975', 'La Réunion'],
    ['97611', 'EPSG:4471', 'Mayotte'],
  ] as const)('%s without crs: %s assumed from the code (%s)', (code, crs, name) => {
    const c = centroid(code);
    const [x, y] = inMetres(crs, c);
    const r = parseCommunes(collection(code, square(x!, y!)), { file: 'drom.geojson' });
    const first = (r.rows[0]?.geometry.coordinates[0] as number[][])[0]!;
    expect(metres(first, c)).toBeLessThan(1);
    const note = r.issues.find((i) => i.code === 'repaired-coordinates')?.message;
    expect(note).toContain(`${crs})`);
    expect(note).toContain(`code commune (${code.slice(0, 3)}, ${name})`);
  });

  it.each([
    ['29019', '25830'],
    ['01053', '25831'],
    ['67482', '25832'],
  ] as const)('%s with crs EPSG:%s: reprojected; without it: refused', (code, epsg) => {
    const c = centroid(code);
    const [x, y] = inMetres(`EPSG:${epsg}`, c);
    const r = parseCommunes(collection(code, square(x!, y!), epsg), { file: 'utm.geojson' });
    const first = (r.rows[0]?.geometry.coordinates[0] as number[][])[0]!;
    expect(metres(first, c)).toBeLessThan(1);
    expect(r.issues.find((i) => i.code === 'repaired-coordinates')?.message).toContain(
      `EPSG:${epsg}), mètres, reprojeté(s) en longitude/latitude WGS84 avec proj4 (projection lue dans le membre « crs » du fichier)`,
    );
    const refused = parseCommunes(collection(code, square(x!, y!)), { file: 'utm.geojson' });
    expect(refused.rows).toEqual([]);
    expect(refused.issues.find((i) => i.code === 'projected-coordinates')?.message).toMatch(
      new RegExp(
        `^utm\\.geojson, entité n° 1 \\(commune ${code}\\) : .*reprojetez en WGS84 \\(EPSG:4326\\) ou Lambert 93`,
      ),
    );
  });
});
