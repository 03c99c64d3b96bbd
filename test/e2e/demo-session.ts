/** Shared steps of the end-to-end tests: a session on the demo per describe block, tab opening. */
import type { Page } from 'playwright-core';
import type { PluginOption } from 'vite';
import { afterAll, beforeAll } from 'vitest';
import { openApp, waitForMapReady, type E2eSession } from './browser';

/**
 * Opens the app on its demo (map drawn) before the tests of the enclosing describe block and
 * closes it after; returns the session getter.
 */
export function useDemoSession(plugins: PluginOption[] = []): () => E2eSession {
  let session: E2eSession | undefined;
  beforeAll(async () => {
    session = await openApp(plugins);
    await session.page.goto(session.baseUrl);
    await waitForMapReady(session.page);
  });
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error('La session de test n’est pas ouverte.');
    return session;
  };
}

/** Opens the « Territoire » tab and waits for its workbench. */
export async function openTerritoryTab(page: Page): Promise<void> {
  await page.click('[data-testid="tab-territory"]');
  await page.waitForSelector('[data-testid="territory-panel"][data-status="ready"]');
}

/**
 * Clicks the map at (dx, dy) from its centre, after checking that the point is on the map's
 * canvas (a control, a banner or a card over it would take the click and leave a test waiting).
 */
export async function clickMap(page: Page, dx = 0, dy = 0): Promise<void> {
  const box = (await page.locator('[data-testid="map"]').boundingBox())!;
  const [x, y] = [box.x + box.width / 2 + dx, box.y + box.height / 2 + dy];
  const target = await page.evaluate(
    ([px, py]) => {
      const el = document.elementFromPoint(px!, py!);
      return el ? `${el.tagName}${el.className ? `.${String(el.className)}` : ''}` : 'rien';
    },
    [x, y],
  );
  if (!target.startsWith('CANVAS'))
    throw new Error(`Le point (${dx}, ${dy}) de la carte est couvert par ${target}.`);
  await page.mouse.click(x, y);
}

/**
 * Clicks a commune of the map in the territory workbench and waits until the territory has
 * `count` communes; fails at once if the click opened the commune card instead (no active
 * territory took it).
 */
export async function clickCommuneInto(page: Page, count: number, dx = 0, dy = 0): Promise<void> {
  await clickMap(page, dx, dy);
  const outcome = await page.waitForFunction((n) => {
    if (document.querySelector('[data-testid="territory-communes"]')?.textContent === String(n))
      return 'ajoutée';
    if (document.querySelector('[data-testid="commune-card"]')) return 'fiche commune ouverte';
    return false;
  }, count);
  const what = await outcome.jsonValue();
  if (what !== 'ajoutée')
    throw new Error(`Clic sur la carte : ${String(what)}, commune non ajoutée.`);
}
