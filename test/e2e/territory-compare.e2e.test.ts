/**
 * The territory workbench in Chromium, second part: lasso and polygon selection (with removal and
 * undo), the comparison of two territories and of a territory with an existing CPTS (map roles and
 * the two-column table), and the project file (save, reopen, reopen with communes not loaded).
 */
import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, RESULTS_DIR, waitForMapReady, type E2eSession } from './browser';

async function communeCount(page: Page): Promise<number> {
  return Number(await page.textContent('[data-testid="territory-communes"]'));
}

async function waitForCount(page: Page, test: string, n: number): Promise<void> {
  await page.waitForFunction(
    ([op, value]) => {
      const v = Number(document.querySelector('[data-testid="territory-communes"]')?.textContent);
      return op === '>' ? v > Number(value) : v === Number(value);
    },
    [test, n] as const,
    { timeout: 0 },
  );
}

/** Presses at the centre, drags round a circle of radius r (CSS px), releases at the start. */
async function dragCircle(page: Page, cx: number, cy: number, r: number): Promise<void> {
  await page.mouse.move(cx + r, cy);
  await page.mouse.down();
  for (let i = 1; i <= 16; i++) {
    const a = (i / 16) * 2 * Math.PI;
    await page.mouse.move(cx + r * Math.cos(a), cy + r * Math.sin(a));
  }
  await page.mouse.up();
}

/** Screenshot of the map area as decoded pixels. */
async function mapPixels(page: Page): Promise<PNG> {
  return PNG.sync.read(await page.locator('[data-testid="map"] canvas').screenshot());
}

function differingShare(a: PNG, b: PNG): number {
  let differ = 0;
  for (let i = 0; i < a.data.length; i += 4)
    if (Math.abs(a.data[i]! - b.data[i]!) + Math.abs(a.data[i + 1]! - b.data[i + 1]!) > 30)
      differ += 1;
  return differ / (a.data.length / 4);
}

async function mapRoles(page: Page): Promise<Record<string, number>> {
  return JSON.parse(
    (await page.getAttribute('[data-testid="map"]', 'data-territory-roles')) ?? '{}',
  ) as Record<string, number>;
}

/** The comparison table as rows of cell texts. */
async function comparisonRows(page: Page): Promise<string[][]> {
  return page.$$eval('[data-testid="territory-comparison"] tbody tr', (rows) =>
    rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')),
  );
}

/** Opens the panel's collapsible section titled `summary` (idempotent). */
async function openSection(page: Page, summary: string): Promise<void> {
  await page.$$eval(
    '.territory-tools',
    (sections, title) => {
      for (const d of sections as HTMLDetailsElement[])
        if (d.querySelector('summary')?.textContent === title) d.open = true;
    },
    summary,
  );
}

const toNumber = (text: string) => Number(text.replace(/[\s\u202f]/g, '').replace(',', '.'));

describe('territory workbench in Chromium: selection, comparison, project file', () => {
  let session: E2eSession;
  let centre: { x: number; y: number };

  beforeAll(async () => {
    session = await openApp();
    const { page } = session;
    await page.goto(session.baseUrl);
    await waitForMapReady(page);
    await page.click('[data-testid="tab-territory"]');
    await page.waitForSelector('[data-testid="territory-panel"][data-status="ready"]', {
      timeout: 0,
    });
    const box = (await page.locator('[data-testid="map"]').boundingBox())!;
    centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  });

  afterAll(async () => {
    await session?.close();
  });

  it('adds communes with a freehand lasso without moving the map, removes with Shift, undoes', async () => {
    const { page } = session;
    await page.click('[data-testid="territory-new"]');
    await page.fill('[data-testid="territory-name"]', 'Lasso');
    await page.keyboard.press('Enter');
    await page.click('[data-testid="territory-lasso"]');
    await page.waitForSelector('[data-testid="territory-lasso-help"]');
    // A lasso in remove mode on an empty territory changes nothing: the map must look the same,
    // which it would not if the drag had panned it.
    await page.mouse.move(centre.x + 120, centre.y);
    await page.waitForTimeout(800);
    const before = await mapPixels(page);
    await page.keyboard.down('Shift');
    await dragCircle(page, centre.x, centre.y, 120);
    await page.keyboard.up('Shift');
    await page.waitForFunction(() =>
      /^0 commune\(s\) retirée\(s\) par la sélection \([1-9]\d* entourée\(s\)\)/.test(
        document.querySelector('[data-testid="territory-message"]')?.textContent ?? '',
      ),
    );
    await page.waitForTimeout(800);
    expect(differingShare(before, await mapPixels(page))).toBeLessThan(0.02);

    await dragCircle(page, centre.x, centre.y, 120);
    await waitForCount(page, '>', 2);
    const big = await communeCount(page);
    await page.waitForTimeout(800);
    await page.screenshot({ path: path.join(RESULTS_DIR, 'territory-lasso.png') });
    // Shift + a smaller lasso inside removes part of it.
    await page.keyboard.down('Shift');
    await dragCircle(page, centre.x, centre.y, 50);
    await page.keyboard.up('Shift');
    await page.waitForFunction(
      (n) => Number(document.querySelector('[data-testid="territory-communes"]')?.textContent) < n,
      big,
    );
    const holed = await communeCount(page);
    expect(holed).toBeGreaterThan(0);
    await page.click('[data-testid="territory-lasso-done"]');
    // Ctrl+Z undoes the removal, Ctrl+Y redoes it.
    await page.keyboard.press('Control+z');
    await waitForCount(page, '=', big);
    await page.keyboard.press('Control+y');
    await waitForCount(page, '=', holed);
    await page.keyboard.press('Control+z');
    await waitForCount(page, '=', big);
  });

  it('adds the communes inside a clicked polygon, and the « Retirer » toggle removes them', async () => {
    const { page } = session;
    await page.click('[data-testid="territory-new"]');
    // The square's right side lies under the legend's corner: fold it while drawing.
    await page.click('[data-testid="map-legend-toggle"]');
    await page.click('[data-testid="territory-polygon"]');
    const dx = 140;
    const vertices = [
      [centre.x + dx - 70, centre.y - 70],
      [centre.x + dx + 70, centre.y - 70],
      [centre.x + dx + 70, centre.y + 70],
      [centre.x + dx - 70, centre.y + 70],
    ] as const;
    for (const [x, y] of vertices) {
      await page.mouse.click(x, y);
      await page.waitForTimeout(150);
    }
    await page.waitForFunction(() =>
      document.body.textContent?.includes('4 sommet(s) : cliquez sur la carte'),
    );
    await page.click('[data-testid="territory-polygon-done"]');
    await waitForCount(page, '>', 1);
    const added = await communeCount(page);
    // The same square in remove mode empties the territory again.
    await page.check('[data-testid="territory-draw-remove"]');
    await page.click('[data-testid="territory-polygon"]');
    for (const [x, y] of vertices) {
      await page.mouse.click(x, y);
      await page.waitForTimeout(150);
    }
    await page.click('[data-testid="territory-polygon-done"]');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="territory-communes"]')?.textContent === '0',
    );
    await page.uncheck('[data-testid="territory-draw-remove"]');
    await page.click('[data-testid="map-legend-toggle"]');
    await page.click('[data-testid="territory-undo"]');
    await waitForCount(page, '=', added);
    await page.waitForTimeout(800);
    await page.screenshot({ path: path.join(RESULTS_DIR, 'territory-polygon.png') });
    await page.fill('[data-testid="territory-name"]', 'Polygone');
    await page.keyboard.press('Enter');
  });

  it('compares two territories: only A / only B / both on the map and B − A in the table', async () => {
    const { page } = session;
    const a = await communeCount(page); // « Polygone », active
    await openSection(page, 'Comparer');
    const lassoId = await page.$eval(
      '[data-testid="territory-compare"]',
      (s) =>
        [...(s as HTMLSelectElement).options].find((o) => o.textContent === 'Lasso')?.value ?? '',
    );
    await page.selectOption('[data-testid="territory-compare"]', lassoId);
    await page.waitForSelector('[data-testid="territory-comparison"]');
    const rows = await comparisonRows(page);
    const communes = rows.find((r) => r[0] === 'Communes')!;
    expect(toNumber(communes[1]!)).toBe(a);
    const b = toNumber(communes[2]!);
    expect(b).toBeGreaterThan(0);
    const population = rows.find((r) => r[0]!.startsWith('Population municipale'))!;
    const [pa, pb, diff] = population.slice(1).map(toNumber) as [number, number, number];
    expect(diff).toBe(pb - pa);
    await page.waitForFunction(() =>
      document
        .querySelector('[data-testid="map"]')
        ?.getAttribute('data-territory-roles')
        ?.includes('only-'),
    );
    const roles = await mapRoles(page);
    expect((roles['only-a'] ?? 0) + (roles.both ?? 0)).toBe(a);
    expect((roles['only-b'] ?? 0) + (roles.both ?? 0)).toBe(b);
    expect(roles.both ?? 0).toBeGreaterThan(0); // the two squares overlap on the map
    expect(roles.in ?? 0).toBe(0);
    await page.locator('[data-testid="territory-comparison"]').scrollIntoViewIfNeeded();
    await page.waitForTimeout(1000);
    await page.screenshot({ path: path.join(RESULTS_DIR, 'territory-compare.png') });
  });

  it('compares a territory with an existing CPTS started from its perimeter', async () => {
    const { page } = session;
    const cpts = await page.$eval(
      '[data-testid="territory-from-cpts"] option:nth-child(2)',
      (o) => (o as HTMLOptionElement).value,
    );
    await page.selectOption('[data-testid="territory-from-cpts"]', cpts);
    await page.waitForFunction(
      (name) =>
        (
          document.querySelector('[data-testid="territory-select"]') as HTMLSelectElement
        ).selectedOptions[0]?.textContent?.startsWith(name),
      cpts,
    );
    await waitForCount(page, '>', 1);
    const cptsCount = await communeCount(page);
    await openSection(page, 'Comparer');
    const lassoId = await page.$eval(
      '[data-testid="territory-compare"]',
      (s) =>
        [...(s as HTMLSelectElement).options].find((o) => o.textContent === 'Lasso')?.value ?? '',
    );
    await page.selectOption('[data-testid="territory-compare"]', lassoId);
    await page.waitForFunction(
      (name) =>
        document
          .querySelector('[data-testid="territory-comparison"] thead')
          ?.textContent?.includes(name),
      cpts,
    );
    const rows = await comparisonRows(page);
    expect(toNumber(rows.find((r) => r[0] === 'Communes')![1]!)).toBe(cptsCount);
    const roles = await mapRoles(page);
    expect((roles['only-a'] ?? 0) + (roles.both ?? 0)).toBe(cptsCount);
    expect(await page.textContent('[data-testid="territory-comparison"] p')).toMatch(
      /seulement .+\(\d+\).+seulement Lasso \(\d+\).+les deux \(\d+\)/,
    );
    await page.locator('[data-testid="territory-comparison"]').scrollIntoViewIfNeeded();
    await page.waitForTimeout(1000);
    await page.screenshot({ path: path.join(RESULTS_DIR, 'territory-compare-cpts.png') });
    await page.selectOption('[data-testid="territory-compare"]', '');
  });

  it('saves the project file and reopens it after the territories were changed', async () => {
    const { page } = session;
    await openSection(page, 'Projet');
    const [dl] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="project-save"]'),
    ]);
    const file = path.join(RESULTS_DIR, `territory-${dl.suggestedFilename()}`);
    await dl.saveAs(file);
    expect(dl.suggestedFilename()).toMatch(/^projet-.+-\d{4}-\d{2}-\d{2}\.json$/);
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      format: string;
      territories: { name: string; codes: string[] }[];
    };
    expect(saved.format).toBe('perimetre-territoires');
    expect(saved.territories.map((t) => t.name)).toContain('Lasso');
    const lasso = saved.territories.find((t) => t.name === 'Lasso')!;
    expect(lasso.codes.every((c) => /^96\d{3}$/.test(c))).toBe(true);
    const options = () =>
      page.$$eval('[data-testid="territory-select"] option', (o) => o.map((x) => x.textContent));
    const savedOptions = await options();
    // Change the project: a new empty territory.
    await page.click('[data-testid="territory-new"]');
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="territory-select"] option').length === n,
      savedOptions.length + 1,
    );
    const before = await options();
    await page.setInputFiles('[data-testid="project-open"]', file);
    await page.waitForFunction(() =>
      /Projet « .+ » ouvert/.test(
        document.querySelector('[data-testid="territory-message"]')?.textContent ?? '',
      ),
    );
    // The reopened territories are added after the current ones (nothing is replaced), each
    // name made unique with « (2) ».
    expect(await options()).toEqual([
      ...before,
      ...savedOptions.map((o) => o?.replace(/ \((\d+)\)$/, ' (2) ($1)')),
    ]);
    // « Annuler » takes the whole opening back.
    await page.click('[data-testid="territory-undo"]');
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="territory-select"] option').length === n,
      before.length,
    );
    expect(await options()).toEqual(before);
    // Chosen « remplace » : the file's territories alone, and « Annuler » brings the others back.
    await page.check('[data-testid="project-open-replace"]');
    await page.setInputFiles('[data-testid="project-open"]', file);
    await page.waitForFunction(() =>
      /remplacent vos/.test(
        document.querySelector('[data-testid="territory-message"]')?.textContent ?? '',
      ),
    );
    expect(await options()).toEqual(savedOptions);
    await page.click('[data-testid="territory-undo"]');
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="territory-select"] option').length === n,
      before.length,
    );
    expect(await options()).toEqual(before);
    await page.check('[data-testid="project-open-add"]');
  });

  it('opens a project whose communes are not loaded and says what is missing', async () => {
    const { page } = session;
    const file = path.join(RESULTS_DIR, 'territory-projet-autre-departement.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        format: 'perimetre-territoires',
        version: 1,
        data: 'Manche (50), contours IGN',
        territories: [
          { id: 'x1', name: 'CPTS du Cotentin', codes: ['50129', '50502', '50173'], basedOn: null },
        ],
        activeId: 'x1',
      }),
    );
    await page.setInputFiles('[data-testid="project-open"]', file);
    const message = page.locator('[data-testid="territory-message"]');
    await page.waitForFunction(() =>
      document
        .querySelector('[data-testid="territory-message"]')
        ?.textContent?.includes('Données manquantes'),
    );
    const text = (await message.textContent()) ?? '';
    expect(text).toContain('« CPTS du Cotentin » : 3 commune(s) absente(s) (50129, 50173, 50502)');
    expect(text).toContain('Manche (50), contours IGN');
    expect(
      await page.$eval(
        '[data-testid="territory-select"]',
        (s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent,
      ),
    ).toBe('CPTS du Cotentin (3)');
    // The panel still works: it analyses the loaded part (nothing) and nothing crashed.
    await page.waitForFunction(
      () => document.querySelector('[data-testid="territory-communes"]')?.textContent === '0',
    );
    await page.screenshot({ path: path.join(RESULTS_DIR, 'territory-missing-project.png') });
    expect(session.problems).toEqual([]);
  });
});
