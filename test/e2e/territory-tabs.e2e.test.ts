/**
 * One territory, every tab: a territory built by clicks in « Territoire » is selected by default in
 * « Flux PMSI » (with its indicators) and « Accès aux soins » (with its roll-up), the Territoire
 * panel summarises both, and an edit in Territoire changes the figures of both tabs.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Plugin } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, RESULTS_DIR, waitForMapReady, type E2eSession } from './browser';
import { clickCommuneInto, clickMap, openTerritoryTab, useDemoSession } from './demo-session';

const NAME = 'CPTS Cœur de Bourg-Fictif';

const text = async (page: Page, testId: string) =>
  (await page.locator(`[data-testid="${testId}"]`).textContent())?.trim() ?? '';

/** The flow indicators of the selected territory, once computed. */
async function flowFigures(page: Page) {
  await page.locator('[data-testid="flows-indicators"]').waitFor();
  return {
    selected: await page.$eval(
      '[data-testid="flows-territory"]',
      (s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent ?? '',
    ),
    autarcie: await text(page, 'flows-autarcie'),
    indicators: await text(page, 'flows-indicators'),
  };
}

/** Computes the access score and reads the roll-up of the selected territory. */
async function accessFigures(page: Page) {
  await page.click('[data-testid="tab-access"]');
  await page.click('[data-testid="access-compute"]');
  await page.locator('[data-testid="access-territory-score"]').waitFor();
  return {
    selected: await page.$eval(
      '[data-testid="access-territory"]',
      (s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent ?? '',
    ),
    score: await text(page, 'access-territory-score'),
    results: await text(page, 'access-results'),
  };
}

/** Waits until both summaries show the figures of the territory as it is now. */
async function summaryReady(page: Page) {
  for (const id of ['summary-flows', 'summary-access'])
    await page.waitForSelector(`[data-testid="${id}"][data-state="ready"][data-fresh="true"]`);
}

describe('one territory, every tab', () => {
  const demo = useDemoSession();

  it('follows a territory built by clicks through Flux PMSI and Accès aux soins', async () => {
    const session = demo();
    const { page } = session;
    await openTerritoryTab(page);
    await page.click('[data-testid="territory-new"]');
    // The new territory is the active one (its name field shows its default name) before renaming.
    await page.waitForSelector('[data-testid="territory-name"][value="Territoire 1"]');
    await page.fill('[data-testid="territory-name"]', NAME);
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (name) =>
        (
          document.querySelector('[data-testid="territory-select"]') as HTMLSelectElement | null
        )?.selectedOptions[0]?.textContent?.includes(name),
      NAME,
    );
    await clickCommuneInto(page, 1);
    await clickCommuneInto(page, 2, 60, 10);

    // The Territoire panel summarises flows and access (the demo loads stays and the Annuaire).
    await summaryReady(page);
    const summaryBefore = await text(page, 'territory-summary');
    const summaryAutarcie = await text(page, 'summary-autarcie');
    expect(summaryBefore).not.toMatch(/non chargé/);
    expect(await text(page, 'summary-access-score')).toMatch(/^\d+,\d\d$/);
    await page.screenshot({ path: path.join(RESULTS_DIR, 'territory-tabs-summary.png') });
    console.log(`Résumé (2 communes) : ${summaryBefore}`);

    // « Détails des flux » opens Flux PMSI with the territory selected and its indicators.
    await page.click('[data-testid="summary-open-flows"]');
    const flowsBefore = await flowFigures(page);
    expect(flowsBefore.selected).toContain(NAME);
    expect(flowsBefore.autarcie).toMatch(/%$/);
    expect(flowsBefore.autarcie).toBe(summaryAutarcie);
    await page.screenshot({ path: path.join(RESULTS_DIR, 'territory-tabs-flows.png') });

    const accessBefore = await accessFigures(page);
    expect(accessBefore.selected).toContain(NAME);
    expect(accessBefore.results).toMatch(/population2 \/ /);
    await page.locator('[data-testid="access-results"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(RESULTS_DIR, 'territory-tabs-access.png') });

    // An edit in Territoire (a whole EPCI) changes the figures of both tabs.
    await openTerritoryTab(page);
    const epci = await page.$eval(
      '[data-testid="territory-epci"] option:nth-child(2)',
      (o) => (o as HTMLOptionElement).value,
    );
    await page.selectOption('[data-testid="territory-epci"]', epci);
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid="territory-communes"]')?.textContent) > 2,
    );
    const communes = Number(await text(page, 'territory-communes'));
    await summaryReady(page);
    expect(await text(page, 'territory-summary')).not.toBe(summaryBefore);
    await page.click('[data-testid="tab-flows"]');
    const flowsAfter = await flowFigures(page);
    expect(flowsAfter.selected).toContain(`${NAME} (atelier, ${communes} communes)`);
    expect(flowsAfter.indicators).not.toBe(flowsBefore.indicators);
    const accessAfter = await accessFigures(page);
    expect(accessAfter.selected).toContain(`${NAME} (atelier, ${communes} communes)`);
    expect(accessAfter.results).toMatch(new RegExp(`population${communes} / `));
    expect(accessAfter.results).not.toBe(accessBefore.results);
    await page.locator('[data-testid="access-results"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(RESULTS_DIR, 'territory-tabs-after-edit.png') });
    await openTerritoryTab(page);
    await summaryReady(page);
    // The summary gives the figures of the tabs (GP access with the default parameters).
    expect(await text(page, 'summary-autarcie')).toBe(flowsAfter.autarcie);
    expect(await text(page, 'summary-access-score')).toBe(accessAfter.score);
    await page.locator('[data-testid="territory-summary"]').scrollIntoViewIfNeeded();
    await page.screenshot({
      path: path.join(RESULTS_DIR, 'territory-tabs-summary-after-edit.png'),
    });
    console.log(`Résumé (${communes} communes) : ${await text(page, 'territory-summary')}`);
    expect(session.problems).toEqual([]);
  });

  it('selects a proposed territory sent to the workbench in Flux PMSI by default', async () => {
    const session = demo();
    const { page } = session;
    await page.click('[data-testid="tab-flows"]');
    await page.click('[data-testid="propose-territory"]');
    await clickMap(page);
    await page.locator('[data-testid="proposal"]').waitFor();
    await page.click('[data-testid="proposal-to-workbench-proposed"]');
    await page.waitForSelector('[data-testid="territory-panel"][data-status="ready"]');
    const active = await page.$eval(
      '[data-testid="territory-select"]',
      (s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent ?? '',
    );
    expect(active.startsWith('Proposition depuis ')).toBe(true);
    const name = active.replace(/ \(\d+\)$/, '');
    await page.click('[data-testid="tab-flows"]');
    const flows = await flowFigures(page);
    expect(flows.selected.startsWith(name)).toBe(true);
    expect(flows.autarcie).toMatch(/%$/);
    // Compared with the plurality basins: the shares of its population add up to 100 %.
    await page.click('[data-testid="flows-basin-comparison-empty"] button');
    await page.locator('[data-testid="flows-basin-comparison"]').waitFor();
    const shares = (await page.locator('[data-testid="flows-basin-share"]').allTextContents()).map(
      (t) => Number(t.replace(/[^\d,]/g, '').replace(',', '.')),
    );
    expect(shares.length).toBeGreaterThan(0);
    expect(Math.abs(shares.reduce((a, b) => a + b, 0) - 100)).toBeLessThan(0.1 * shares.length);
    expect(await text(page, 'flows-territory-li')).toMatch(/^0,\d\d$|^1,00$/);
    // Both drafted territories are listed in Accès aux soins too.
    await page.click('[data-testid="tab-access"]');
    await page.click('[data-testid="access-compute"]');
    await page.locator('[data-testid="access-territory-score"]').waitFor();
    const labels = await page.$$eval('[data-testid="access-territory"] option', (os) =>
      os.map((o) => o.textContent ?? ''),
    );
    expect(labels.filter((l) => l.includes('(atelier,'))).toHaveLength(2);
    expect(labels).toContain('CPTS des Trois Vallées Imaginaires');
    expect(session.problems).toEqual([]);
  });
});

/** Serves the demo without its stays and Annuaire at /sans-flux/manifest.json (same origin). */
function demoWithoutStaysPlugin(): Plugin {
  const manifest = JSON.parse(
    fs.readFileSync(path.resolve(import.meta.dirname, '../../data/demo/manifest.json'), 'utf8'),
  ) as { title: string; files: { kind: string; path: string }[] };
  const dropped = new Set(['stays', 'pmsi-zones', 'professionals']);
  const body = JSON.stringify({
    ...manifest,
    title: `${manifest.title} — sans séjours ni Annuaire`,
    files: manifest.files
      .filter((f) => !dropped.has(f.kind))
      .map((f) => ({ ...f, path: `../demo/${f.path}` })),
  });
  return {
    name: 'demo-without-stays',
    configurePreviewServer(server) {
      server.middlewares.use('/sans-flux/manifest.json', (_req, res) => {
        res.setHeader('Content-Type', 'application/json');
        res.end(body);
      });
    },
  };
}

describe('one territory, every tab, without stays nor Annuaire', () => {
  let session: E2eSession;

  beforeAll(async () => {
    session = await openApp([demoWithoutStaysPlugin()]);
    await session.page.goto(`${session.baseUrl}?data=sans-flux/manifest.json`);
    await waitForMapReady(session.page);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('says « non chargé » in the summary, never 0', async () => {
    const { page } = session;
    await openTerritoryTab(page);
    await page.click('[data-testid="territory-new"]');
    await clickCommuneInto(page, 1);
    await page.waitForSelector('[data-testid="summary-flows"][data-state="absent"]');
    await page.waitForSelector('[data-testid="summary-access"][data-state="absent"]');
    const flows = await text(page, 'summary-flows');
    const access = await text(page, 'summary-access');
    expect(flows).toMatch(/non chargé — chargez les séjours PMSI/);
    expect(access).toMatch(/non chargé — chargez l’Annuaire Santé/);
    expect(`${flows} ${access}`).not.toMatch(/\d/);
    await page.locator('[data-testid="territory-summary"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(RESULTS_DIR, 'territory-tabs-not-loaded.png') });
    // The button leads to the import tab.
    await page.click('[data-testid="summary-import-flows"]');
    await expect(page.getAttribute('[data-testid="tab-import"]', 'aria-selected')).resolves.toBe(
      'true',
    );
    expect(session.problems).toEqual([]);
  });
});
