/**
 * The « Vue ARS » in Chromium: the demo's three CPTS in the table, sorted by a header click, one
 * clicked and highlighted on the coverage map, exports (CSV parsed, PNG decoded, summary HTML), the
 * comparison with another CPTS and « Ouvrir dans l’atelier »; the totals are the CLI's.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { RegionView } from '../../src/core/region/region-types';
import { RESULTS_DIR, waitForMapReady } from './browser';
import { clickMap, useDemoSession } from './demo-session';

const BIN = path.resolve(import.meta.dirname, '../../bin/perimetre.mjs');

async function download(page: Page, testId: string): Promise<{ name: string; file: string }> {
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 0 }),
    page.click(`[data-testid="${testId}"]`),
  ]);
  const file = path.join(RESULTS_DIR, `region-${dl.suggestedFilename()}`);
  await dl.saveAs(file);
  return { name: dl.suggestedFilename(), file };
}

const tableRows = (page: Page) =>
  page.$$eval('[data-testid="region-row"]', (rows) =>
    rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')),
  );
const toNumber = (text: string) => Number(text.replace(/[\s\u202f]/g, '').replace(',', '.'));

describe('Vue ARS in Chromium', () => {
  const session = useDemoSession();

  it('shows every CPTS, sorts, highlights a clicked CPTS and exports the CSV', async () => {
    const { page } = session();
    await page.click('[data-testid="tab-region"]');
    await page.waitForSelector('[data-testid="region-panel"][data-state="ready"]');
    await waitForMapReady(page);
    expect(await page.textContent('[data-testid="legend"]')).toContain('Couverture par les CPTS');
    await page.screenshot({ path: path.join(RESULTS_DIR, 'region-coverage.png') });

    // Default order: population descending; a click on the header turns it ascending.
    const populations = async () =>
      (await tableRows(page)).map((r) => toNumber(r[2]!.split(' (')[0]!));
    const before = await populations();
    expect(before).toHaveLength(3);
    expect(before).toEqual([...before].sort((a, b) => b - a));
    await page.click('[data-testid="region-sort-population"]');
    await page.waitForSelector('th[aria-sort="ascending"] [data-testid="region-sort-population"]');
    expect(await populations()).toEqual([...before].sort((a, b) => a - b));

    // Coverage totals: the panel's are the CLI's (same worker function).
    const { stdout } = await promisify(execFile)('node', [BIN, 'region', '--json'], {
      maxBuffer: 32 << 20,
    });
    const cli = JSON.parse(stdout) as RegionView;
    const coverageText = await page.textContent(
      '[data-testid="region-coverage"] [data-class="none"]',
    );
    expect(cli.coverage!.none.population).toBeGreaterThan(0);
    expect(coverageText).toContain(cli.coverage!.none.population!.toLocaleString('fr-FR'));

    // A click on a commune of a CPTS selects that CPTS: 200 px west of the centre of the map,
    // narrowed by the wide panel of this tab, lies in the CPTS du Littoral Fictif (the first view
    // keeps the département left of the legend's column).
    await clickMap(page, -200, 0);
    const picked = await page.waitForSelector('[data-testid="region-selection"]');
    expect(cli.rows.map((r) => r.name)).toContain(await picked.getAttribute('data-name'));

    // Click a CPTS in the table: selected, highlighted on the map (the view fits to it).
    const name = 'CPTS du Littoral Fictif';
    await page.click(`[data-testid="region-row"][data-name="${name}"]`);
    await page.waitForSelector(`[data-testid="region-selection"][data-name="${name}"]`);
    await waitForMapReady(page);
    await page.screenshot({ path: path.join(RESULTS_DIR, 'region-selected.png') });
    // By keyboard: focus another row, Entrée selects it; then back to the first one.
    const other = cli.rows.map((r) => r.name).find((n) => n !== name)!;
    await page.focus(`[data-testid="region-row"][data-name="${other}"]`);
    await page.keyboard.press('Enter');
    await page.waitForSelector(`[data-testid="region-selection"][data-name="${other}"]`);
    await page.focus(`[data-testid="region-row"][data-name="${name}"]`);
    await page.keyboard.press(' ');
    await page.waitForSelector(`[data-testid="region-selection"][data-name="${name}"]`);

    const csv = await download(page, 'region-export-csv');
    expect(csv.name).toMatch(/\.csv$/);
    const text = fs.readFileSync(csv.file, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), {
      header: true,
      delimiter: ';',
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((r) => r.CPTS).sort()).toEqual(cli.rows.map((r) => r.name).sort());
    const littoral = parsed.data.find((r) => r.CPTS === name)!;
    expect(Number(littoral['Population (hab.)'])).toBe(
      cli.rows.find((r) => r.name === name)!.population,
    );
    expect(session().problems).toEqual([]);
  });

  it('exports the coverage map as PNG and the printable summary', async () => {
    const { page } = session();
    const png = await download(page, 'region-export-png');
    const image = PNG.sync.read(fs.readFileSync(png.file));
    const map = (await page.locator('[data-testid="map"]').boundingBox())!;
    expect(image.width).toBeGreaterThan(map.width * 2);
    const summary = await download(page, 'region-export-summary');
    const html = fs.readFileSync(summary.file, 'utf8');
    expect(html).toContain('Vue régionale des CPTS');
    expect(html).toContain('<svg');
    expect(html).toContain('DONNÉES FICTIVES');
    expect(session().problems).toEqual([]);
  });

  it('compares the CPTS with another and opens it in the workbench', async () => {
    const { page } = session();
    await page.selectOption('[data-testid="region-compare"]', 'CPTS Terres de Sainte-Fabulette');
    await page.waitForSelector(
      '[data-testid="region-selection"] [data-testid="territory-comparison"]',
    );
    const communes = Number(
      (await page.textContent('[data-testid="region-row"][aria-selected="true"] td:nth-child(2)'))!,
    );
    await page.click('[data-testid="region-open"]');
    await page.waitForSelector('[data-testid="territory-panel"][data-status="ready"]');
    await page.waitForFunction(
      (n) =>
        document.querySelector('[data-testid="territory-communes"]')?.textContent === String(n),
      communes,
    );
    await page.screenshot({ path: path.join(RESULTS_DIR, 'region-workbench.png') });
    expect(session().problems).toEqual([]);
  });
});
