/**
 * The territory workbench in Chromium, as a promoter uses it: build a territory by clicking and by
 * EPCI, undo/redo with the keyboard, reload and find it intact, export PNG, GeoJSON, CSV and the
 * printable sheet, and check each file.
 */
import { ogrinfoSummary } from '../support/ogrinfo';
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, RESULTS_DIR, waitForMapReady, type E2eSession } from './browser';
import { clickCommuneInto } from './demo-session';

async function territoryCommunes(page: Page): Promise<number> {
  return Number(await page.textContent('[data-testid="territory-communes"]'));
}

async function download(page: Page, testId: string): Promise<{ name: string; file: string }> {
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 0 }),
    page.click(`[data-testid="${testId}"]`),
  ]);
  const file = path.join(RESULTS_DIR, `territory-${dl.suggestedFilename()}`);
  await dl.saveAs(file);
  return { name: dl.suggestedFilename(), file };
}

describe('territory workbench in Chromium', () => {
  let session: E2eSession;

  beforeAll(async () => {
    session = await openApp();
    await session.page.goto(session.baseUrl);
    await waitForMapReady(session.page);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('builds a territory by clicking and by EPCI, with undo/redo', async () => {
    const { page } = session;
    await page.click('[data-testid="tab-territory"]');
    await page.waitForSelector('[data-testid="territory-panel"][data-status="ready"]', {
      timeout: 0,
    });
    await page.click('[data-testid="territory-new"]');
    // Record every change of the map's « clicked, not analysed yet » mark with the commune count
    // shown at that moment: the mark must come before the worker's analysis.
    await page.evaluate(() => {
      const map = document.querySelector('[data-testid="map"]')!;
      const seen: [string | null, string | null][] = [];
      (window as unknown as { pendingSeen: typeof seen }).pendingSeen = seen;
      new MutationObserver(() =>
        seen.push([
          map.getAttribute('data-pending'),
          document.querySelector('[data-testid="territory-communes"]')?.textContent ?? null,
        ]),
      ).observe(map, { attributes: true, attributeFilter: ['data-pending'] });
    });
    await clickCommuneInto(page, 1);
    await page.waitForSelector('[data-testid="map"][data-pending=""]');
    const seen = await page.evaluate(
      () => (window as unknown as { pendingSeen: [string | null, string | null][] }).pendingSeen,
    );
    expect(seen[0]![0]).toMatch(/^96\d{3}$/);
    expect(seen[0]![1]).not.toBe('1');
    expect(seen.at(-1)![0]).toBe('');
    await clickCommuneInto(page, 2, 60, 10);
    const population = Number(
      (await page.textContent('[data-testid="territory-population"]'))!.replace(/\D/g, ''),
    );
    expect(population).toBeGreaterThan(0);
    // Ctrl+Z removes the last clicked commune, Ctrl+Y puts it back.
    await page.keyboard.press('Control+z');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="territory-communes"]')?.textContent === '1',
    );
    await page.keyboard.press('Control+y');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="territory-communes"]')?.textContent === '2',
    );
    // Add a whole EPCI.
    const epci = await page.$eval('[data-testid="territory-epci"] option:nth-child(2)', (o) => ({
      value: (o as HTMLOptionElement).value,
      text: o.textContent ?? '',
    }));
    const epciSize = Number(/\((\d+)\)$/.exec(epci.text)?.[1]);
    await page.selectOption('[data-testid="territory-epci"]', epci.value);
    await page.waitForFunction(
      (n) => Number(document.querySelector('[data-testid="territory-communes"]')?.textContent) >= n,
      epciSize,
    );
    expect(await territoryCommunes(page)).toBeGreaterThanOrEqual(epciSize);
    expect(await page.getAttribute('[data-testid="territory-tranche"]', 'data-size')).toMatch(
      /^[1-4]$/,
    );
    expect(await page.textContent('[data-testid="territory-prof-gp"]')).toMatch(
      /Médecins généralistes/,
    );
    await page.fill('[data-testid="territory-name"]', 'CPTS Essai Été');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(RESULTS_DIR, 'territory-built.png') });
  });

  it('finds the territory intact after a reload (IndexedDB autosave)', async () => {
    const { page } = session;
    const before = await territoryCommunes(page);
    const population = await page.textContent('[data-testid="territory-population"]');
    await page.reload();
    await waitForMapReady(page);
    await page.click('[data-testid="tab-territory"]');
    await page.waitForSelector('[data-testid="territory-communes"]', { timeout: 0 });
    expect(await territoryCommunes(page)).toBe(before);
    expect(await page.textContent('[data-testid="territory-population"]')).toBe(population);
    expect(
      await page.$eval(
        '[data-testid="territory-select"]',
        (s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent,
      ),
    ).toContain('CPTS Essai Été');
  });

  it('exports the map as a PNG at twice the screen size, with legend and sources', async () => {
    const { page } = session;
    const box = (await page.locator('[data-testid="map"]').boundingBox())!;
    const { name, file } = await download(page, 'export-png');
    expect(name).toMatch(/^cpts-essai-ete-\d{4}-\d{2}-\d{2}\.png$/);
    const png = PNG.sync.read(fs.readFileSync(file));
    // The map at 2× plus the legend column beside it (the legend never covers the map).
    expect(png.width).toBeGreaterThanOrEqual(2 * Math.floor(box.width) + 2 * 180);
    expect(png.height).toBeGreaterThanOrEqual(2 * Math.floor(box.height));
    // The composed image is not blank: the map area has coloured pixels.
    let coloured = 0;
    for (let i = 0; i < png.data.length; i += 4 * 97)
      if (Math.abs(png.data[i]! - png.data[i + 2]!) > 40) coloured += 1;
    expect(coloured).toBeGreaterThan(100);
  });

  it('exports a GeoJSON that GDAL reads, a CSV with BOM and a printable dossier', async () => {
    const { page } = session;
    const communes = await territoryCommunes(page);
    const geo = await download(page, 'export-geojson');
    expect(geo.name).toMatch(/\.geojson$/);
    const info = ogrinfoSummary(geo.file);
    expect(info).toContain(`Feature Count: ${communes + 1}`);
    expect(info).toMatch(/population_municipale: Integer/);
    const csv = await download(page, 'export-csv');
    const text = fs.readFileSync(csv.file, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(text.slice(1).trim(), {
      header: true,
      delimiter: ';',
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(communes);
    expect(parsed.data[0]!.code_insee).toMatch(/^96\d{3}$/);
    expect(new Set(parsed.data.map((r) => r.territoire))).toEqual(new Set(['CPTS Essai Été']));
    const dossier = await download(page, 'export-dossier');
    expect(dossier.name).toMatch(/^diagnostic-.+\.html$/);
    const html = fs.readFileSync(dossier.file, 'utf8');
    expect(html).toContain('@media print');
    expect(html).toContain('Tranche ACI');
    expect(html).toContain('DONNÉES FICTIVES');
    expect(html).toMatch(/<div class="map"><svg /);
    expect(session.problems).toEqual([]);
  });
});
