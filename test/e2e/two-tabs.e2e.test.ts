/**
 * Two tabs of Périmètre on the same demo, as a user who forgot the first one: both add communes
 * and a territory; after a reload nothing of either tab is lost (the last save does not win).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESULTS_DIR, waitForMapReady } from './browser';
import { clickCommuneInto, openTerritoryTab, useDemoSession } from './demo-session';

const options = (page: import('playwright-core').Page) =>
  page.$$eval('[data-testid="territory-select"] option', (os) =>
    os.map((o) => o.textContent ?? ''),
  );

describe('two tabs on the same territories', () => {
  const demo = useDemoSession();

  it('keeps what both tabs did, and says so in the tab that took the other’s work', async () => {
    const { page: tabA, context, baseUrl } = demo();
    // Tab B is opened first, with one territory of one commune.
    const tabB = await context.newPage();
    tabB.setDefaultTimeout(0);
    await tabB.goto(baseUrl);
    await waitForMapReady(tabB);
    await openTerritoryTab(tabB);
    await tabB.click('[data-testid="territory-new"]');
    await clickCommuneInto(tabB, 1);
    // Tab A (opened before, still showing its own state) gets B's territory and adds to it.
    await openTerritoryTab(tabA);
    await tabA.waitForFunction(
      () => document.querySelector('[data-testid="territory-communes"]')?.textContent === '1',
    );
    await clickCommuneInto(tabA, 2, 60, 0);
    await tabA.click('[data-testid="territory-new"]');
    await clickCommuneInto(tabA, 1, -80, 40);
    // Tab B, without reload, received A's work, then adds one more commune to its territory.
    await tabB.waitForFunction(
      () => document.querySelectorAll('[data-testid="territory-select"] option').length >= 2,
    );
    expect(await tabB.textContent('[data-testid="territory-message"]')).toMatch(/autre onglet/);
    await tabB.waitForFunction(
      () => document.querySelector('[data-testid="territory-communes"]')?.textContent === '2',
    );
    await clickCommuneInto(tabB, 3, 0, 70);
    // After a reload of A, both territories are there with every commune of both tabs.
    await tabA.reload();
    await waitForMapReady(tabA);
    await openTerritoryTab(tabA);
    const listed = await options(tabA);
    expect(listed).toHaveLength(2);
    expect(listed.map((l) => /\((\d+)\)$/.exec(l)?.[1])).toEqual(['3', '1']);
    await tabA.screenshot({ path: path.join(RESULTS_DIR, 'two-tabs.png') });
    await tabB.close();
    expect(demo().problems).toEqual([]);
  });
});
