/**
 * Accessibility of every tab of the demo in Chromium at 1366×768, the smallest supported screen:
 * axe-core (injected from node_modules by @axe-core/playwright, no network) finds no serious or
 * critical violation, the tabs sit on one line, the panel never scrolls sideways, and a screenshot
 * of each tab is saved in test-results/ to be looked at.
 */
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RESULTS_DIR } from './browser';
import { clickCommuneInto, openTerritoryTab, useDemoSession } from './demo-session';

/** The serious and critical axe violations of the page, one line each (rule, help, first targets). */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}) : ${v.help} — ${v.nodes
          .slice(0, 4)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

/** Tab bar on one line and side panel without horizontal overflow. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const tabs = [...document.querySelectorAll<HTMLElement>('[role="tab"]')];
    const tops = new Set(tabs.map((t) => Math.round(t.getBoundingClientRect().top)));
    if (tops.size !== 1) problems.push(`onglets sur ${tops.size} lignes`);
    const nav = document.querySelector<HTMLElement>('.tabs');
    if (nav && nav.scrollWidth > nav.clientWidth + 1)
      problems.push(`barre d’onglets tronquée (${nav.scrollWidth} > ${nav.clientWidth} px)`);
    const panel = document.querySelector<HTMLElement>('.panel');
    if (panel) {
      const right = panel.getBoundingClientRect().right;
      // A control inside a container that scrolls sideways (the wide tables) is reachable.
      const inScroller = (el: HTMLElement) => {
        for (let p = el.parentElement; p && p !== panel; p = p.parentElement)
          if (['auto', 'scroll'].includes(getComputedStyle(p).overflowX)) return true;
        return false;
      };
      for (const el of panel.querySelectorAll<HTMLElement>('select, input, button')) {
        if (inScroller(el)) continue;
        const box = el.getBoundingClientRect();
        if (box.width > 0 && box.right > right + 1)
          problems.push(
            `${el.tagName.toLowerCase()} ${el.dataset.testid ?? el.getAttribute('aria-label') ?? ''} dépasse du panneau`,
          );
      }
    }
    return problems;
  });
}

async function check(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(RESULTS_DIR, `a11y-1366-${name}.png`) });
  const found = { layout: await layoutProblems(page), axe: await seriousViolations(page) };
  expect(found).toEqual({ layout: [], axe: [] });
}

describe('accessibility and layout of every tab at 1366×768', () => {
  const session = useDemoSession();

  it('Carte: first screen with « Par où commencer », then dismissed for good', async () => {
    const { page } = session();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.locator('[data-testid="start-guide"]').waitFor();
    await check(page, 'carte');
    await page.click('[data-testid="start-guide-close"]');
    await page.reload();
    await page.locator('[data-testid="indicator-picker"]').waitFor();
    expect(await page.locator('[data-testid="start-guide"]').count()).toBe(0);
  });

  it('Territoire: empty territory says where to click, then one commune', async () => {
    const { page } = session();
    await openTerritoryTab(page);
    await page.click('[data-testid="territory-new"]');
    await page.locator('[data-testid="territory-empty-hint"]').waitFor();
    const empty = await page.textContent('[data-testid="territory-indicators"]');
    expect(empty).toContain('Cliquez sur les communes de la carte pour les ajouter');
    expect(empty).not.toMatch(/Taille 1|seul tenant/);
    await check(page, 'territoire-vide');
    await clickCommuneInto(page, 1);
    await page.locator('[data-testid="territory-tranche"]').waitFor();
    await check(page, 'territoire');
  });

  it('Flux PMSI', async () => {
    const { page } = session();
    await page.click('[data-testid="tab-flows"]');
    await page.waitForFunction(() =>
      /^[1-9]\d* flux/.test(
        document.querySelector('[data-testid="flows-line-count"]')?.textContent ?? '',
      ),
    );
    await check(page, 'flux');
  });

  it('Accès aux soins, with professions in French plural', async () => {
    const { page } = session();
    await page.click('[data-testid="tab-access"]');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="access-profession"] option').length > 3,
    );
    const options = await page
      .locator('[data-testid="access-profession"] option')
      .allTextContents();
    expect(options.join(' ; ')).toMatch(/Infirmiers \(/);
    expect(options.join(' ; ')).not.toMatch(/Infirmier \(|Sage-Femme/);
    await check(page, 'acces');
  });

  it('Vue ARS, in a wider panel', async () => {
    const { page } = session();
    await page.click('[data-testid="tab-region"]');
    await page.waitForSelector('[data-testid="region-panel"][data-state="ready"]');
    const width = await page.$eval('.panel', (p) => p.getBoundingClientRect().width);
    expect(width).toBeGreaterThan(600);
    await check(page, 'vue-ars');
  });

  it('Importer', async () => {
    const { page } = session();
    await page.click('[data-testid="tab-import"]');
    await page.locator('[data-testid="import-panel"]').waitFor();
    await check(page, 'importer');
    expect(session().problems).toEqual([]);
  });
});
