import fs from 'node:fs';
import path from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { computeCommuneMetrics } from '../core/geo/commune-metrics';
import { buildCommuneTopology, dissolveCommunes } from '../core/geo/dissolve-communes';
import { flatBuffers, toFlatGeometries } from '../core/geo/flat-geometries';
import type { Commune, Dataset } from '../core/types';
import {
  importFiles,
  importFilesFlat,
  previewImportFile,
  type AppImportChunk,
  type ImportChunk,
} from './import-api';

const blob = (text: string) => new Blob([new TextEncoder().encode(text)]);

async function run(files: { name: string; text: string }[], threshold?: number, chunk?: number) {
  const chunks: ImportChunk[] = [];
  const reports = await importFiles(
    files.map((f) => ({ name: f.name, blob: blob(f.text) })),
    [],
    ['96001'],
    (c) => void chunks.push(c),
    threshold,
    chunk,
  );
  const rows = (kind: keyof Dataset) =>
    chunks.filter((c) => c.kind === kind).flatMap((c) => c.rows as unknown[]);
  return { reports, chunks, rows };
}

describe('importFiles', () => {
  it('reconciles commune codes and counts accepted / repaired / rejected rows', async () => {
    const { reports, rows } = await run([
      {
        name: 'cpts.csv',
        text: 'Code INSEE;CPTS\n1001;A\n75112;A\n01340;B\n96001;B\n99999;B\n',
      },
    ]);
    const [r] = reports;
    expect(r?.kind).toBe('perimeters');
    expect(r?.repairedCount).toBe(3);
    expect(r?.acceptedCount).toBe(5);
    expect(rows('perimeters')).toEqual([
      { perimeterName: 'A', communeCode: '01001' },
      { perimeterName: 'A', communeCode: '75056' },
      { perimeterName: 'B', communeCode: '01015' },
      { perimeterName: 'B', communeCode: '96001' },
      { perimeterName: 'B', communeCode: '99999' },
    ]);
    expect(r?.issues.some((i) => i.code === 'unknown-commune' && i.message.includes('99999'))).toBe(
      true,
    );
  });

  it('hands over nothing for a file that fails, so loaded tables stay', async () => {
    const { reports, chunks } = await run([{ name: 'pmsi.csv', text: 'code_geo;finess\n' }]);
    expect(chunks).toEqual([]);
    expect(reports[0]?.issues.some((i) => i.code === 'missing-column')).toBe(true);
  });

  it('streams a big PMSI file chunk by chunk with file line numbers in the issues', async () => {
    const lines = ['code_geo;finess;nb_sejours'];
    for (let i = 0; i < 3000; i++) lines.push(`50C02;500000013;${i === 2500 ? 'douze' : '3'}`);
    const { reports, chunks } = await run(
      [{ name: 'pmsi.csv', text: `${lines.join('\n')}\n` }],
      1000,
      4096,
    );
    expect(chunks.length).toBeGreaterThan(5);
    const total = chunks.reduce((s, c) => s + c.rows.length, 0);
    expect(total).toBe(2999);
    const r = reports[0];
    expect(r?.rowCount).toBe(3000);
    expect(r?.rejectedCount).toBe(1);
    const bad = r?.issues.find((i) => i.code === 'invalid-number');
    expect(bad?.row).toBe(2502);
    expect(bad?.message).toContain('ligne 2502');
  });

  it('previews a PMSI file with its mapping', async () => {
    const p = await previewImportFile({
      name: 'x.csv',
      blob: blob('codeGeo;FINESS;Nombre de séjours\n50C02;500000013;1 à 10\n'),
    });
    expect(p.report.kind).toBe('stays');
    expect(p.mapping).toMatchObject({
      zone: 'codeGeo',
      finess: 'FINESS',
      stays: 'Nombre de séjours',
    });
    expect(p.columns).toEqual(['codeGeo', 'FINESS', 'Nombre de séjours']);
  });
});

describe('column mapping chosen by the user', () => {
  it('previews a CPTS list with its mapping, then imports the columns the user chose', async () => {
    const text = 'Code INSEE;INSEE 2026;CPTS;Projet CPTS\n01040;01015;Ancien;CPTS Bresse\n';
    const file = { name: 'cpts.csv', blob: blob(text) };
    const p = await previewImportFile(file);
    expect(p.columns).toEqual(['Code INSEE', 'INSEE 2026', 'CPTS', 'Projet CPTS']);
    expect(p.mapping).toMatchObject({ code: 'Code INSEE', perimeter: 'CPTS' });
    const columns = { code: 'INSEE 2026', perimeter: 'Projet CPTS' };
    expect((await previewImportFile(file, { columns })).mapping).toMatchObject(columns);
    const chunks: ImportChunk[] = [];
    await importFiles([file], [{ columns }], [], (c) => void chunks.push(c));
    expect(chunks.flatMap((c) => c.rows as unknown[])).toEqual([
      { perimeterName: 'CPTS Bresse', communeCode: '01015' },
    ]);
  });
});

describe('importFiles with commune contours', () => {
  it('hands over each commune with its area and point inside, computed in the import', async () => {
    const demo = path.resolve(import.meta.dirname, '../../data/demo');
    const contours = fs.readFileSync(path.join(demo, 'communes-96-fictif.geojson'), 'utf8');
    const { rows } = await run([{ name: 'communes-96.geojson', text: contours }]);
    const communes = rows('communes') as Commune[];
    expect(communes.length).toBeGreaterThan(0);
    for (const c of communes) expect(c.metrics).toEqual(computeCommuneMetrics(c.geometry));
    expect(communes.every((c) => (c.metrics?.areaKm2 ?? 0) > 0)).toBe(true);
  });
});

describe('importFiles with CPTS polygons', () => {
  it('gives each demo CPTS polygon exactly the communes it was dissolved from', async () => {
    const demo = path.resolve(import.meta.dirname, '../../data/demo');
    const contours = fs.readFileSync(path.join(demo, 'communes-96-fictif.geojson'), 'utf8');
    const fc = JSON.parse(contours) as FeatureCollection<Polygon | MultiPolygon, { code: string }>;
    const topo = buildCommuneTopology(
      fc.features.map((f) => ({ code: f.properties.code, geometry: f.geometry })),
    );
    const lists = new Map<string, string[]>();
    const csv = fs.readFileSync(path.join(demo, 'cpts-perimetres-96-fictif.csv'), 'utf8');
    for (const line of csv.trim().split('\n').slice(1)) {
      const [, code = '', , name = ''] = line.split(';');
      lists.set(name, [...(lists.get(name) ?? []), code]);
    }
    const polygons = {
      type: 'FeatureCollection',
      features: [...lists].map(([cpts, codes]) => ({
        type: 'Feature',
        properties: { cpts },
        geometry: dissolveCommunes(topo, codes)?.geometry,
      })),
    };
    const { reports, rows } = await run([
      { name: 'communes-96.geojson', text: contours },
      { name: 'cpts-contours.geojson', text: JSON.stringify(polygons) },
    ]);
    const members = rows('perimeters') as { perimeterName: string; communeCode: string }[];
    for (const [name, codes] of lists) {
      const got = members.filter((m) => m.perimeterName === name).map((m) => m.communeCode);
      expect(got.sort()).toEqual([...codes].sort());
    }
    // The 6 communes listed under two CPTS lie in two overlapping polygons: reported.
    const straddling = reports[1]?.issues.find((i) => i.code === 'straddling-commune');
    expect(straddling?.message).toMatch(/^cpts-contours\.geojson : 6 commune\(s\) à cheval/);
    expect(reports[1]?.acceptedCount).toBe(members.length);
  });

  it('says that commune contours are needed when none are loaded', async () => {
    const square = [
      [
        [0, 0],
        [0.1, 0],
        [0.1, 0.1],
        [0, 0.1],
        [0, 0],
      ],
    ];
    const { reports, rows } = await run([
      {
        name: 'cpts.geojson',
        text: JSON.stringify({
          type: 'FeatureCollection',
          features: [
            {
              type: 'Feature',
              properties: { cpts: 'A' },
              geometry: { type: 'Polygon', coordinates: square },
            },
          ],
        }),
      },
    ]);
    expect(rows('perimeters')).toEqual([]);
    expect(reports[0]?.issues.find((i) => i.code === 'no-commune-contours')?.message).toContain(
      'Chargez les contours des communes',
    );
  });
});

describe('importFilesFlat (the app’s import worker)', () => {
  const demo = path.resolve(import.meta.dirname, '../../data/demo');
  const read = (name: string) => fs.readFileSync(path.join(demo, name), 'utf8');

  it('hands over the communes flat, with the same records and reports as importFiles', async () => {
    const files = [
      { name: 'communes-96.geojson', blob: blob(read('communes-96-fictif.geojson')) },
      { name: 'cpts-96.csv', blob: blob(read('cpts-perimetres-96-fictif.csv')) },
    ];
    const nested: ImportChunk[] = [];
    const expected = await importFiles(files, [], [], (c) => void nested.push(c));
    const flat: AppImportChunk[] = [];
    const known = { communes: toFlatGeometries([]) };
    const reports = await importFilesFlat(files, [], known, (c) => void flat.push(c));
    expect(reports).toEqual(expected);
    expect(flat.map((c) => c.kind)).toEqual(nested.map((c) => c.kind));
    const communes = nested.find((c) => c.kind === 'communes')?.rows as Commune[];
    const contour = flat.find((c) => 'geometries' in c);
    if (!contour || !('geometries' in contour)) throw new Error('aucun lot de contours');
    expect(contour.geometries).toEqual(toFlatGeometries(communes));
    expect(contour.tilerGeometries).toEqual(contour.geometries);
    const own = new Set(flatBuffers(contour.geometries));
    expect(flatBuffers(contour.tilerGeometries).some((b) => own.has(b))).toBe(false);
    const withoutGeometry = communes.map((c) => {
      const attributes: Partial<Commune> = { ...c };
      delete attributes.geometry;
      return attributes;
    });
    expect(contour.rows).toEqual(withoutGeometry);
    expect(contour.rows.some((r) => 'geometry' in r)).toBe(false);
    const others = (chunks: AppImportChunk[]) => chunks.filter((c) => c.kind !== 'communes');
    expect(others(flat)).toEqual(others(nested));
  });

  it('places CPTS polygons on the loaded communes received flat', async () => {
    const contours = read('communes-96-fictif.geojson');
    const fc = JSON.parse(contours) as FeatureCollection<Polygon | MultiPolygon, { code: string }>;
    const shapes = fc.features.map((f) => ({ code: f.properties.code, geometry: f.geometry }));
    const [first, second] = shapes;
    if (!first || !second) throw new Error('démo sans communes');
    const cpts = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { cpts: 'A' }, geometry: first.geometry }],
    };
    const files = [{ name: 'cpts.geojson', blob: blob(JSON.stringify(cpts)) }];
    const chunks: AppImportChunk[] = [];
    const known = { communes: toFlatGeometries([first, second]) };
    await importFilesFlat(files, [], known, (c) => void chunks.push(c));
    const members = chunks
      .filter((c) => c.kind === 'perimeters')
      .flatMap((c) => c.rows as unknown[]);
    expect(members).toEqual([{ perimeterName: 'A', communeCode: first.code }]);
  });
});
