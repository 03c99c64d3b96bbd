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
