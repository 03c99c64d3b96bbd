/**
 * The state of the loaded data as a user sees it across imports and reloads (real Manche contours
 * from ../shared/data over the demo): « Fichiers chargés » marks the files a later import replaced,
 * a population file without ages keeps the ages loaded before (and says so), a territory built on
 * the demo is kept and flagged once its communes are no longer loaded, the Import tab says whether
 * imported data survive a reload, keeping them on this computer restores them at reload, and
 * erasing them brings the demo back. Fails on any console error, page error or request leaving
 * 127.0.0.1.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeShared, sharedPath } from '../support/shared-data';
import { openApp, RESULTS_DIR, waitForMapReady, type E2eSession } from './browser';
import { clickCommuneInto, openTerritoryTab } from './demo-session';
import { waitForImportOutcome } from './import-outcome';

const ROOT = path.resolve(import.meta.dirname, '../..');
const NEW_POPULATION = 'populations-legales-nouvelles-96.csv';
const CONTOURS = 'communes-50.geojson';

/** The demo's populations légales with one more inhabitant per commune (no age columns). */
function newPopulation(): Buffer {
  const text = fs.readFileSync(
    path.join(ROOT, 'data/demo/populations-legales-2021-96-fictif.csv'),
    'utf8',
  );
  const lines = text.trim().split('\n');
  const bumped = lines.slice(1).map((l) => {
    const cells = l.split(';');
    cells[5] = String(Number(cells[5]) + 1);
    return cells.join(';');
  });
  return Buffer.from([lines[0], ...bumped].join('\n'), 'utf8');
}

async function importFiles(page: Page, files: { name: string; buffer: Buffer }[]) {
  await page.click('[data-testid="tab-import"]');
  await page.setInputFiles(
    '[data-testid="import-input"]',
    files.map((f) => ({ ...f, mimeType: 'application/octet-stream' })),
  );
  await page.waitForSelector(`[data-testid="import-meta-${files.length - 1}"]`);
  await page.click('[data-testid="import-load"]');
  return waitForImportOutcome(page);
}

/** Waits for the map of a fresh page load showing `communes` communes. */
async function waitForCommunes(page: Page, communes: number) {
  await waitForMapReady(page);
  await page.waitForFunction(
    (n) =>
      document.querySelector('[data-testid="map"]')?.getAttribute('data-rendered-communes') ===
      String(n),
    communes,
  );
}

describeShared('state of the loaded data across imports and reloads (Chromium)', () => {
  let session: E2eSession;

  beforeAll(async () => {
    session = await openApp();
    await session.page.setViewportSize({ width: 1366, height: 768 });
    await session.page.goto(session.baseUrl);
    await waitForMapReady(session.page);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('lists the replaced files and keeps the ages of the demo', async () => {
    const { page } = session;
    // A territory of the demo, built before any import.
    await openTerritoryTab(page);
    await page.click('[data-testid="territory-new"]');
    await clickCommuneInto(page, 1);
    await clickCommuneInto(page, 2, 60, 0);

    const { outcome, text } = await importFiles(page, [
      { name: NEW_POPULATION, buffer: newPopulation() },
    ]);
    expect(outcome).toBe('loaded');
    expect(text).toContain(
      '« populations-legales-2021-96-fictif.csv », « base-cc-evol-struct-pop-2021-96-fictif.csv » remplacés (plus dans les tables)',
    );
    const report = await page.textContent('[data-testid="import-report-0"]');
    expect(report).toContain('est conservée pour 352 commune(s), millésime 2021');

    await page.click('[data-testid="tab-indicators"]');
    await page.click('[data-testid="data-report"] summary');
    const gone = await page.textContent('[data-testid="data-report-gone"]');
    expect(gone).toContain('populations-legales-2021-96-fictif.csv');
    expect(gone).toContain(`remplacé par « ${NEW_POPULATION} »`);
    const loaded = await page.textContent('[data-testid="data-report-loaded"]');
    expect(loaded).toContain(`${NEW_POPULATION}Population (INSEE) → table population`);
    const names = await page.$$eval('[data-testid="data-report-loaded"] > li > .file-name', (els) =>
      els.map((e) => e.textContent ?? ''),
    );
    expect(names.some((n) => n.includes('populations-legales-2021'))).toBe(false);
    expect(names.some((n) => n.includes('base-cc-evol'))).toBe(false);
    // The ages kept are said with their own year and the file they come from.
    expect(await page.textContent('[data-testid="data-report-ages"]')).toBe(
      'Âges : millésime 2021, repris de « base-cc-evol-struct-pop-2021-96-fictif.csv » (352 communes)',
    );
    await page.screenshot({ path: path.join(RESULTS_DIR, 'import-state-replaced.png') });

    // Ages still loaded: the territory shows its age shares, the population year is not « 0 ».
    await openTerritoryTab(page);
    const vintage = await page.textContent('[data-testid="territory-population-vintage"]');
    expect(vintage).toBe('INSEE, année inconnue');
    expect(await page.textContent('[data-testid="territory-indicators"]')).toMatch(
      /0–14 \/ 60\+ \/ 75\+\s*\d/,
    );
    expect(await page.textContent('[data-testid="territory-ages-vintage"]')).toBe(
      ' (âges : millésime 2021, repris de « base-cc-evol-struct-pop-2021-96-fictif.csv »)',
    );
    expect(await page.textContent('[data-testid="territory-indicators"]')).not.toMatch(
      /[Mm]illésime 0/,
    );
    await page.screenshot({ path: path.join(RESULTS_DIR, 'import-state-ages-vintage.png') });
  });

  it('keeps a territory whose communes an import removed, and flags it', async () => {
    const { page } = session;
    const { outcome } = await importFiles(page, [
      { name: CONTOURS, buffer: fs.readFileSync(sharedPath('geo', 'communes-cog2026', CONTOURS)) },
    ]);
    expect(outcome).toBe('loaded');
    await waitForCommunes(page, 445);
    await openTerritoryTab(page);
    const flag = page.locator('[data-testid="territory-missing"]');
    await flag.waitFor();
    expect(await flag.textContent()).toMatch(
      /2 communes de ce territoire ne sont pas dans les données chargées \(aucune de ses communes n’est chargée\) : 96\d{3}, 96\d{3}/,
    );
    const options = await page.$$eval('[data-testid="territory-select"] option', (os) =>
      os.map((o) => o.textContent ?? ''),
    );
    expect(options).toEqual(['Territoire 1 (2)']);
    await page.screenshot({ path: path.join(RESULTS_DIR, 'import-state-flagged.png') });
    // Removing the missing communes is explicit, and undoable.
    await page.click('[data-testid="territory-missing-remove"]');
    await flag.waitFor({ state: 'detached' });
    await page.click('[data-testid="territory-undo"]');
    await flag.waitFor();
  });

  it('says imported data are forgotten at reload, keeps them on request and restores them', async () => {
    const { page } = session;
    await page.click('[data-testid="tab-import"]');
    expect(await page.textContent('[data-testid="keep-status"]')).toContain(
      'ne sont pas gardés : au rechargement de la page, ils seront oubliés',
    );
    await page.check('[data-testid="keep-toggle"]');
    await page.waitForFunction(() =>
      document
        .querySelector('[data-testid="keep-status"]')
        ?.textContent?.includes('gardés sur cet ordinateur (2 fichiers'),
    );
    expect(await page.textContent('[data-testid="keep-data"]')).toContain(
      'rien n’est envoyé, y compris les séjours PMSI',
    );
    await page.screenshot({ path: path.join(RESULTS_DIR, 'import-state-keep.png') });

    await page.reload();
    await waitForCommunes(page, 445);
    const notice = page.locator('[data-testid="data-notice"]');
    expect(await notice.getAttribute('data-kind')).toBe('restored');
    expect(await notice.textContent()).toMatch(
      new RegExp(
        `^Données restaurées depuis cet ordinateur : « ${NEW_POPULATION} », « ${CONTOURS} » \\(\\d`,
      ),
    );
    await page.screenshot({ path: path.join(RESULTS_DIR, 'import-state-restored.png') });
    // The territory made on the demo is still there, still flagged.
    await openTerritoryTab(page);
    await page.locator('[data-testid="territory-missing"]').waitFor();
    await page.click('[data-testid="tab-import"]');
    expect(await page.isChecked('[data-testid="keep-toggle"]')).toBe(true);
  });

  it('erases the data of this computer: the demo is back, also after another reload', async () => {
    const { page } = session;
    await page.click('[data-testid="erase-computer-data"]');
    await page.locator('[data-testid="erase-confirm"]').waitFor();
    await Promise.all([
      page.waitForEvent('load'),
      page.click('[data-testid="erase-confirm-button"]'),
    ]);
    await waitForCommunes(page, 352);
    const notice = page.locator('[data-testid="data-notice"]');
    expect(await notice.getAttribute('data-kind')).toBe('erased');
    expect(await notice.textContent()).toMatch(
      /^Données effacées de cet ordinateur : 2 fichiers importés \([\d,]+ Mo\) ; territoires enregistrés conservés\.$/,
    );
    await page.screenshot({ path: path.join(RESULTS_DIR, 'import-state-erased.png') });
    await page.reload();
    await waitForCommunes(page, 352);
    expect(await page.locator('[data-testid="data-notice"]').count()).toBe(0);
    expect(await page.locator('[data-testid="demo-banner"]').count()).toBe(1);
    // Territories were not erased (no separate confirmation): the demo territory is back whole.
    await openTerritoryTab(page);
    expect(await page.textContent('[data-testid="territory-communes"]')).toBe('2');
    await page.click('[data-testid="tab-import"]');
    expect(await page.isChecked('[data-testid="keep-toggle"]')).toBe(false);
    expect(session.problems).toEqual([]);
  });
});
