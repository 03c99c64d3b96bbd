/**
 * Broken-file corpus, geometries and project files: swapped axes, a bow-tie contour, Lambert 93
 * and UTM contours, a contour outside France; project files of an unknown version, with duplicate
 * territory ids, numeric codes and null. Expected values are written by hand from the fixtures.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProjectFile } from '../../src/app/territory-project';
import type { Dataset } from '../../src/core/types';
import { BROKEN_DIR, importBroken, issueOf, rejectedFeatures } from './broken-files.helpers';

const ring = (chunks: { rows: unknown }[]) => {
  const [commune] = chunks.find((c) => (c.rows as unknown[]).length > 0)
    ?.rows as Dataset['communes'];
  const g = commune?.geometry;
  return g?.type === 'Polygon' ? g.coordinates[0] : g?.coordinates[0]?.[0];
};

describe('contours', () => {
  it('latitude and longitude swapped: put back in order, counted as repaired', async () => {
    const { report, chunks } = await importBroken('contours-swapped-axes.geojson');
    expect([report.rowCount, report.keptCount, report.repairedCount]).toEqual([1, 0, 1]);
    expect(issueOf(report, 'repaired-coordinates')?.message).toContain('inversées');
    expect(ring(chunks)?.[0]).toEqual([-1.12, 49.1]);
  });

  it('Lambert 93 contour reprojected with proj4 near Saint-Lô', async () => {
    const { report, chunks } = await importBroken('contours-lambert93.geojson');
    expect(issueOf(report, 'repaired-coordinates')?.message).toContain('Lambert 93');
    const [lon, lat] = ring(chunks)?.[0] ?? [];
    // (398000, 6888000): like the FINESS case, about 1.13° W, 49.02° N.
    expect(lon).toBeCloseTo(-1.13, 1);
    expect(lat).toBeCloseTo(49.02, 1);
  });

  it('DROM contours in UTM without crs: zone taken from the commune code, said so', async () => {
    const { report, chunks } = await importBroken('contours-utm-drom-no-crs.geojson');
    expect([report.rowCount, report.keptCount, report.repairedCount, report.rejectedCount]).toEqual(
      [2, 0, 2, 0],
    );
    expect(
      report.issues.filter((i) => i.code === 'repaired-coordinates').map((i) => i.message),
    ).toEqual([
      'contours-utm-drom-no-crs.geojson : 1 contour(s) en UTM 20N (RGAF09, EPSG:5490), mètres, reprojeté(s) en longitude/latitude WGS84 avec proj4 (projection officielle supposée d’après leur code commune (972, Martinique), leurs coordonnées tombant dans cette zone) : vérifiez leur place sur la carte.',
      'contours-utm-drom-no-crs.geojson : 1 contour(s) en UTM 22N (RGFG95, EPSG:2972), mètres, reprojeté(s) en longitude/latitude WGS84 avec proj4 (projection officielle supposée d’après leur code commune (973, Guyane), leurs coordonnées tombant dans cette zone) : vérifiez leur place sur la carte.',
    ]);
    const firsts = chunks
      .flatMap((c) => c.rows as Dataset['communes'])
      .map((c) => [c.code, ...(c.geometry.coordinates[0] as number[][])[0]!]);
    // (707972, 1619466) and (332990, 555932) were written from the centroids of Fort-de-France
    // (61.06902° W, 14.64064° N) and Cayenne (52.50646° W, 5.02782° N) in ../shared/data.
    expect(firsts).toEqual([
      ['97209', expect.closeTo(-61.06902, 5), expect.closeTo(14.64064, 5)],
      ['97302', expect.closeTo(-52.50646, 5), expect.closeTo(5.02782, 5)],
    ]);
  });

  it('metropolitan UTM 31N with a crs member (EPSG:25831): reprojected, said so', async () => {
    const { report, chunks } = await importBroken('contours-utm-metro-crs.geojson');
    expect([report.rowCount, report.keptCount, report.repairedCount, report.rejectedCount]).toEqual(
      [1, 0, 1, 0],
    );
    expect(issueOf(report, 'geojson-crs')).toBeUndefined();
    expect(issueOf(report, 'repaired-coordinates')?.message).toBe(
      'contours-utm-metro-crs.geojson : ' +
        '1 contour(s) en UTM 31N (ETRS89, EPSG:25831), mètres, reprojeté(s) en longitude/latitude WGS84 avec proj4 (projection lue dans le membre « crs » du fichier) : vérifiez leur place sur la carte.',
    );
    // (673236, 5119271): the centroid of Bourg-en-Bresse, 5.24559° E, 46.20496° N.
    const [lon, lat] = ring(chunks)?.[0] ?? [];
    expect(lon).toBeCloseTo(5.24559, 5);
    expect(lat).toBeCloseTo(46.20496, 5);
  });

  it('metropolitan UTM without a crs member: refused, never guessed, with the fix', async () => {
    const { report } = await importBroken('contours-utm-metro-no-crs.geojson');
    expect([report.rowCount, report.keptCount, report.rejectedCount]).toEqual([1, 0, 1]);
    expect(rejectedFeatures(report)).toEqual([1]);
    expect(issueOf(report, 'repaired-coordinates')).toBeUndefined();
    expect(issueOf(report, 'projected-coordinates')).toMatchObject({
      severity: 'error',
      feature: 1,
      message:
        'contours-utm-metro-no-crs.geojson, entité n° 1 (commune 01053) : coordonnées (673236, 5119271) hors des bornes longitude ±180 / latitude ±90 : en mètres dans une projection que le fichier ne nomme pas (UTM ?), non devinée ; ' +
        'GeoJSON attend des longitudes/latitudes WGS84 : reprojetez en WGS84 (EPSG:4326) ou Lambert 93 (EPSG:2154), ou nommez la projection UTM dans le membre « crs » du GeoJSON (QGIS : Exporter > Enregistrer sous, SCR EPSG:4326 ; ou mapshaper -proj wgs84) ; entité ignorée.',
    });
  });

  it('a bow-tie contour is cut into simple polygons, with its area before and after', async () => {
    const { report } = await importBroken('contours-bow-tie.geojson');
    const warning = issueOf(report, 'self-intersection');
    expect(warning?.message).toContain('entité n° 1 (commune 50502)');
    expect(warning?.message).toContain('1 croisement(s)');
    expect(warning?.message).toMatch(/superficie 0 → [\d,]+ km²/);
  });

  it('a contour outside France is kept and reported', async () => {
    const { report } = await importBroken('contours-outside-france.geojson');
    expect(report.keptCount).toBe(1);
    expect(issueOf(report, 'outside-france')?.message).toContain('entité n° 1 (commune 50502)');
  });
});

describe('rejected features are named by their number (« entité n° N »), like lines', () => {
  it('contours: a bad code (feature 2) and a Point (feature 3) among 10', async () => {
    const { report, chunks } = await importBroken('contours-rejected-features.geojson');
    expect([report.rowCount, report.keptCount, report.repairedCount, report.rejectedCount]).toEqual(
      [10, 8, 0, 2],
    );
    expect(rejectedFeatures(report)).toEqual([2, 3]);
    expect(issueOf(report, 'invalid-code')).toMatchObject({
      severity: 'error',
      feature: 2,
      column: 'code',
      file: 'contours-rejected-features.geojson',
    });
    expect(issueOf(report, 'invalid-code')?.row).toBeUndefined();
    expect(issueOf(report, 'invalid-code')?.message).toMatch(
      /^contours-rejected-features\.geojson, entité n° 2, colonne code : code commune « ABC » invalide/,
    );
    const geometry = issueOf(report, 'invalid-geometry');
    expect(geometry).toMatchObject({ severity: 'error', feature: 3 });
    expect(geometry?.message).toContain('entité n° 3 (commune 50129) : ');
    const communes = chunks.flatMap((c) => c.rows as Dataset['communes']);
    expect(communes.map((c) => c.code)).not.toContain('50129');
    expect(communes).toHaveLength(8);
  });

  it('CPTS polygons: a blank name (feature 2) and no geometry (feature 3)', async () => {
    const { report } = await importBroken('cpts-polygons-rejected-features.geojson');
    expect(report.kind).toBe('perimeters');
    expect([report.rowCount, report.rejectedCount]).toEqual([3, 2]);
    expect(rejectedFeatures(report)).toEqual([2, 3]);
    expect(issueOf(report, 'missing-value')).toMatchObject({ feature: 2, column: 'nom_cpts' });
    expect(issueOf(report, 'invalid-geometry')?.message).toContain(
      'entité n° 3 (CPTS du Littoral) : ',
    );
  });
});

describe('project files', () => {
  const open = (name: string) =>
    parseProjectFile(
      name,
      fs.readFileSync(path.join(BROKEN_DIR, name), 'utf8'),
      new Set(['50502', '50129', '01001', '01004']),
    );

  it('format version 99 is refused, naming the version', () => {
    expect(() => open('project-version-99.json')).toThrow(/version plus récente.*format 99/);
  });

  it('two territories with the same id get their own ids', () => {
    const { project } = open('project-duplicate-ids.json');
    const ids = project.territories.map((t) => t.id);
    expect(new Set(ids).size).toBe(2);
    expect(project.territories.map((t) => t.codes)).toEqual([['50502'], ['50129']]);
  });

  it('numeric 1001 padded, null and objects left out and listed', () => {
    const { project, notes } = open('project-numeric-codes-null.json');
    expect(project.territories[0]?.codes).toEqual(['01001', '01004']);
    expect(notes.join(' ')).toContain('1001 → 01001');
    expect(notes.join(' ')).toContain('n° 2 (null)');
    expect(notes.join(' ')).toContain('n° 4 ({"code":"01005"})');
  });
});
