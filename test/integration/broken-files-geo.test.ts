/**
 * Broken-file corpus, geometries and project files: swapped axes, a bow-tie contour, Lambert 93
 * contours, a contour outside France; project files of an unknown version, with duplicate
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
