/**
 * The import panel as a user drives it, on real open data (../shared/data: Manche contours and
 * the etalab populations, counts from SOURCES.md) plus a broken PMSI extract: upload, read the
 * previews, load, read the report, download the rejected rows, load a CPTS given as a polygon
 * (members deduced from the contours), check that a bad file leaves the loaded data intact,
 * correct a column mapping, load a 40 MB PMSI file (streamed in 16 MB slices, progress in rows/s)
 * and cancel a long import. Fails on any console error, page error or request leaving 127.0.0.1.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommuneTopology, dissolveCommunes } from '../../src/core/geo/dissolve-communes';
import { describeShared, sharedPath } from '../support/shared-data';
import { acceptedLines, waitForImportOutcome } from './import-outcome';
import { openApp, renderCount, RESULTS_DIR, waitForMapReady, type E2eSession } from './browser';

const PMSI = [
  'codeGeo;FINESS;Nombre de séjours;annee',
  '50C02;500000013;1 à 10;2023',
  '50100;500000013;120;2023',
  '50100;500000013;douze;2023',
  '50130;50000013;14;2023',
].join('\n');

/** Writes a PMSI extract of about `megabytes` MB over the given zones; returns its path and rows. */
function writeBigPmsi(dir: string, zones: readonly string[], megabytes: number) {
  const file = path.join(dir, 'pmsi-gros-2023.csv');
  const fd = fs.openSync(file, 'w');
  fs.writeSync(fd, 'code_geo;finess;nb_sejours;annee\n');
  let bytes = 0;
  let rows = 0;
  while (bytes < megabytes * 1024 * 1024) {
    const lines: string[] = [];
    for (let i = 0; i < 50_000; i++, rows++) {
      lines.push(
        `${zones[rows % zones.length] ?? ''};50000${String(rows % 97).padStart(4, '0')};${(rows % 40) + 11};2023`,
      );
    }
    const text = `${lines.join('\n')}\n`;
    fs.writeSync(fd, text);
    bytes += text.length;
  }
  fs.closeSync(fd);
  return { file, rows };
}

/** Rows of the progress line (« 123 456 lignes · 78 900 lignes/s ») once both are above zero. */
async function waitForProgressRows(page: import('playwright-core').Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const text = document.querySelector('[data-testid="import-progress"]')?.textContent ?? '';
      return /[1-9]\d*lignes·[1-9]\d*lignes\/s/.test(text.replace(/\s/g, ''));
    },
    undefined,
    { timeout: 0, polling: 100 },
  );
}

const real = (...parts: string[]) => ({
  name: parts.at(-1) ?? '',
  mimeType: 'application/octet-stream',
  buffer: fs.readFileSync(sharedPath(...parts)),
});

describeShared('import panel in Chromium (real Manche files)', () => {
  let session: E2eSession;

  beforeAll(async () => {
    session = await openApp();
    await session.page.goto(session.baseUrl);
    await waitForMapReady(session.page);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('previews, loads the user files and replaces the demo', async () => {
    const { page } = session;
    await page.click('[data-testid="tab-import"]');
    await page.setInputFiles('[data-testid="import-input"]', [
      real('geo', 'communes-cog2026', 'communes-50.geojson'),
      real('population', 'communes-france-cog2026.csv'),
      { name: 'pmsi-2023.csv', mimeType: 'text/csv', buffer: Buffer.from(PMSI, 'utf8') },
    ]);
    await page.waitForSelector('[data-testid="import-meta-2"]');
    expect(await page.textContent('[data-testid="import-meta-0"]')).toContain('445 lues');
    expect(await page.inputValue('[data-testid="import-kind-1"]')).toBe('population');
    expect(await page.inputValue('[data-testid="import-map-2-stays"]')).toBe('Nombre de séjours');
    expect(await page.inputValue('[data-testid="import-map-0-code"]')).toBe('code');
    await page.screenshot({ path: path.join(RESULTS_DIR, 'import-preview.png') });

    const before = await renderCount(page);
    await page.check('[data-testid="import-drop-demo"]');
    await page.click('[data-testid="import-load"]');
    expect((await waitForImportOutcome(page)).outcome).toBe('loaded');
    await waitForMapReady(page, before + 1);
    expect(Number(await page.getAttribute('[data-testid="map"]', 'data-rendered-communes'))).toBe(
      445,
    );
    expect(await page.locator('[data-testid="demo-banner"]').count()).toBe(0);
    expect(await page.locator('[data-testid="mixed-banner"]').count()).toBe(0);

    const count = (i: number, what: string) =>
      page.textContent(`[data-testid="import-report-${i}"] [data-testid="count-${what}"]`);
    expect(await acceptedLines(page, 0)).toBe(445);
    // SOURCES.md: 34 969 communes, 6 without population.
    expect((await count(1, 'rows'))?.replace(/\s/g, '')).toBe('34969');
    expect(await count(1, 'rejected')).toBe('6');
    expect(await acceptedLines(page, 2)).toBe(3);
    expect(await count(2, 'rejected')).toBe('1');
    expect(await count(2, 'repaired')).toBe('1');
    const report = await page.textContent('[data-testid="import-report-2"]');
    expect(report).toContain('masquée');
    await page.screenshot({ path: path.join(RESULTS_DIR, 'import-loaded.png') });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="import-rejected-csv-2"]'),
    ]);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFFfichier;ligne;colonne;motif;message\r\n')).toBe(true);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/;4;Nombre de séjours;/);
  });

  it('reads CPTS given as a polygon and shows its outline and member count', async () => {
    const { page } = session;
    // A CPTS contour made by dissolving an EPCI of the real communes (CC de la Baie du Cotentin).
    const fc = JSON.parse(
      fs.readFileSync(sharedPath('geo', 'communes-cog2026', 'communes-50.geojson'), 'utf8'),
    ) as FeatureCollection<Polygon | MultiPolygon, { code: string; epci: string }>;
    const shapes = fc.features.map((f) => ({ code: f.properties.code, geometry: f.geometry }));
    const members = fc.features
      .filter((f) => f.properties.epci === '200042729')
      .map((f) => f.properties.code);
    const outline = dissolveCommunes(buildCommuneTopology(shapes), members);
    const cpts = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { nom_cpts: 'CPTS Baie du Cotentin' },
          geometry: outline?.geometry,
        },
      ],
    };
    await page.click('[data-testid="tab-import"]');
    await page.setInputFiles('[data-testid="import-input"]', [
      {
        name: 'cpts-contours.geojson',
        mimeType: 'application/geo+json',
        buffer: Buffer.from(JSON.stringify(cpts)),
      },
    ]);
    await page.waitForSelector('[data-testid="import-meta-0"]');
    expect(await page.inputValue('[data-testid="import-kind-0"]')).toBe('perimeters');
    const before = await renderCount(page);
    await page.click('[data-testid="import-load"]');
    expect((await waitForImportOutcome(page)).outcome).toBe('loaded');
    // One feature read and kept; the report then says how many communes it gathers.
    expect(await acceptedLines(page)).toBe(1);
    expect(await page.textContent('[data-testid="import-report-0"]')).toContain(
      `CPTS Baie du Cotentin ${members.length}`,
    );
    await page.click('[data-testid="tab-indicators"]');
    await waitForMapReady(page, before + 1);
    expect(await page.textContent('[data-testid="map-legend"]')).toContain(
      `CPTS Baie du Cotentin · ${members.length} communes`,
    );
    await page.screenshot({ path: path.join(RESULTS_DIR, 'import-cpts-polygon.png') });
  });

  it('keeps the loaded data when a bad file is imported', async () => {
    const { page } = session;
    await page.click('[data-testid="tab-import"]');
    await page.setInputFiles('[data-testid="import-input"]', [
      { name: 'vide.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) },
      {
        name: 'pmsi-sans-sejours.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('code_geo;finess\n50100;500000013\n'),
      },
    ]);
    await page.waitForSelector('[data-testid="import-meta-1"]');
    await page.click('[data-testid="import-load"]');
    const { outcome, text } = await waitForImportOutcome(page);
    // Nothing was kept: the headline says so instead of « Import terminé ».
    expect(outcome).toBe('nothing');
    expect(text).toMatch(/^Aucune donnée chargée : « vide\.csv »/);
    await waitForMapReady(page);
    expect(Number(await page.getAttribute('[data-testid="map"]', 'data-rendered-communes'))).toBe(
      445,
    );
    const report = await page.textContent('[data-testid="import-reports"]');
    expect(report).toContain('fichier vide');
    expect(report).toContain('introuvable');
    await page.screenshot({ path: path.join(RESULTS_DIR, 'import-bad-file.png') });
    expect(session.problems).toEqual([]);
  });

  it('lets the user pick another column for a field, then previews the file again', async () => {
    const { page } = session;
    await page.click('[data-testid="tab-import"]');
    const csv = ['Code INSEE;CPTS;Projet', '50041;;CPTS Test', '50174;;CPTS Test'].join('\n');
    await page.setInputFiles('[data-testid="import-input"]', [
      { name: 'cpts-liste.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') },
    ]);
    await page.waitForSelector('[data-testid="import-meta-0"]');
    expect(await page.inputValue('[data-testid="import-map-0-perimeter"]')).toBe('CPTS');
    expect(await page.textContent('[data-testid="import-meta-0"]')).toContain('2 rejetées');
    await page.selectOption('[data-testid="import-map-0-perimeter"]', 'Projet');
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="import-meta-0"] [data-testid="count-rejected"]')
          ?.textContent === '0',
    );
    expect(await page.inputValue('[data-testid="import-map-0-perimeter"]')).toBe('Projet');
    expect(await page.inputValue('[data-testid="import-map-0-code"]')).toBe('Code INSEE');
    await page.screenshot({ path: path.join(RESULTS_DIR, 'import-mapping.png') });
    const before = await renderCount(page);
    await page.click('[data-testid="import-load"]');
    expect((await waitForImportOutcome(page)).outcome).toBe('loaded');
    expect(String(await acceptedLines(page))).toBe('2');
    await page.click('[data-testid="tab-indicators"]');
    await waitForMapReady(page, before + 1);
    // The on-map legend names each CPTS drawn with its member count.
    expect(await page.textContent('[data-testid="map-legend"]')).toContain(
      'CPTS Test · 2 communes',
    );
    expect(session.problems).toEqual([]);
  });

  describe('a PMSI file over 32 MB', () => {
    let big: { file: string; rows: number };
    let dir: string;
    beforeAll(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perimetre-big-pmsi-'));
      const fc = JSON.parse(
        fs.readFileSync(sharedPath('geo', 'communes-cog2026', 'communes-50.geojson'), 'utf8'),
      ) as FeatureCollection<Polygon | MultiPolygon, { code: string }>;
      big = writeBigPmsi(
        dir,
        fc.features.map((f) => f.properties.code),
        40,
      );
      expect(fs.statSync(big.file).size).toBeGreaterThan(32 * 1024 * 1024);
    });
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('loads it slice by slice with a progress bar in rows per second', async () => {
      const { page } = session;
      await page.click('[data-testid="tab-import"]');
      await page.setInputFiles('[data-testid="import-input"]', big.file);
      await page.waitForSelector('[data-testid="import-meta-0"]');
      expect(await page.textContent('[data-testid="import-meta-0"]')).toContain(
        'aperçu du début du fichier',
      );
      expect(await page.inputValue('[data-testid="import-kind-0"]')).toBe('stays');
      await page.click('[data-testid="import-load"]');
      await waitForProgressRows(page);
      await page.screenshot({ path: path.join(RESULTS_DIR, 'import-big-progress.png') });
      expect((await waitForImportOutcome(page)).outcome).toBe('loaded');
      const accepted = String(await acceptedLines(page));
      expect(Number(accepted?.replace(/\s/g, ''))).toBe(big.rows);
      expect(session.problems).toEqual([]);
    });

    it('cancels a long import and keeps the data already loaded', async () => {
      const { page } = session;
      const reportBefore = await page.textContent('[data-testid="import-reports"]');
      await page.click('[data-testid="tab-import"]');
      await page.setInputFiles('[data-testid="import-input"]', big.file);
      await page.waitForSelector('[data-testid="import-meta-0"]');
      await page.click('[data-testid="import-load"]');
      await waitForProgressRows(page);
      await page.click('[data-testid="import-cancel"]');
      await page.waitForSelector('text=Import annulé', { timeout: 0 });
      expect(await page.locator('[data-testid="import-progress"]').count()).toBe(0);
      await waitForMapReady(page);
      expect(Number(await page.getAttribute('[data-testid="map"]', 'data-rendered-communes'))).toBe(
        445,
      );
      expect(await page.textContent('[data-testid="import-reports"]')).toBe(reportBefore);
      await page.screenshot({ path: path.join(RESULTS_DIR, 'import-cancelled.png') });
      expect(session.problems).toEqual([]);
    });
  });
});
