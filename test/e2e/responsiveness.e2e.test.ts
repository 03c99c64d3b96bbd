/**
 * Every action answers at once, on the demo in Chromium: a clicked commune is marked before the
 * worker's analysis and the panel says « Calcul des indicateurs… » meanwhile; a double click adds
 * the commune once (the click rule of `PendingClicks`); « Carte PNG » and the Vue ARS exports are
 * disabled with their progress while they run; basins, access scores, the prepared workbench, the
 * territory chosen in Flux PMSI and « Proposer un territoire » survive a tab round trip without
 * being computed again.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RESULTS_DIR } from './browser';
import { clickMap, openTerritoryTab, useDemoSession } from './demo-session';

/** Page coordinates of the point (dx, dy) from the map's centre, checked to be on its canvas. */
async function pointOnMap(page: Page, dx: number, dy: number): Promise<[number, number]> {
  const box = (await page.locator('[data-testid="map"]').boundingBox())!;
  const [x, y] = [box.x + box.width / 2 + dx, box.y + box.height / 2 + dy];
  const tag = await page.evaluate(
    ([px, py]) => document.elementFromPoint(px!, py!)?.tagName,
    [x, y],
  );
  expect(tag).toBe('CANVAS');
  return [x, y];
}

/**
 * Waits until every click is settled (no mark left, no analysis computing, the map drawing what
 * the panel shows) and returns the commune count then.
 */
async function settled(page: Page): Promise<string> {
  const handle = await page.waitForFunction(() => {
    const map = document.querySelector('[data-testid="map"]') as HTMLElement | null;
    const analysis = document.querySelector('[data-testid="territory-analysis"]');
    const shown = document.querySelector('[data-testid="territory-communes"]')?.textContent;
    const quiet =
      analysis?.getAttribute('aria-busy') === 'false' &&
      (map?.dataset.pending ?? '') === '' &&
      map?.dataset.territoryCommunes === shown;
    return quiet ? shown : false;
  });
  return (await handle.jsonValue()) as string;
}

/** Records, on every change of the mark or the busy state, what the panel shows at that moment. */
async function recordFeedback(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: { pending: string; busy: string | null; communes: string | null }[] = [];
    (window as unknown as { feedback: typeof seen }).feedback = seen;
    const map = document.querySelector('[data-testid="map"]') as HTMLElement;
    const note = () =>
      seen.push({
        pending: map.dataset.pending ?? '',
        busy:
          document.querySelector('[data-testid="territory-analysis"]')?.getAttribute('aria-busy') ??
          null,
        communes: document.querySelector('[data-testid="territory-communes"]')?.textContent ?? null,
      });
    new MutationObserver(note).observe(document.body, {
      subtree: true,
      attributes: true,
      attributeFilter: ['data-pending', 'aria-busy'],
    });
  });
}

const feedback = (page: Page) =>
  page.evaluate(
    () =>
      (
        window as unknown as {
          feedback: { pending: string; busy: string | null; communes: string | null }[];
        }
      ).feedback,
  );

describe('every action answers at once', () => {
  const demo = useDemoSession();

  it('marks a click before the analysis, shows the busy state, and a double click adds once', async () => {
    const { page, problems } = demo();
    await openTerritoryTab(page);
    await page.click('[data-testid="territory-new"]');
    await page.locator('[data-testid="territory-empty-hint"]').waitFor();
    await recordFeedback(page);

    // One click: marked, then « Calcul des indicateurs… » while the count is still 0, then 1.
    await clickMap(page);
    expect(await settled(page)).toBe('1');
    const first = await feedback(page);
    const markedEarly = first.find((f) => f.pending !== '');
    expect(markedEarly?.pending).toMatch(/^96\d{3}$/);
    expect(markedEarly?.communes).toBe('0');
    expect(first.some((f) => f.busy === 'true' && f.communes !== '1')).toBe(true);

    // A double click on another commune (its second click comes during the computation) adds it once.
    const [x, y] = await pointOnMap(page, 70, 20);
    await page.mouse.dblclick(x, y);
    expect(await settled(page)).toBe('2');
    // The map zoomed on the double click, if at all, around the pointer: the same commune is
    // under it. Once shown, a single click removes it again (the rule only ignores the repeat).
    await page.waitForTimeout(600);
    await clickMap(page, 70, 20);
    expect(await settled(page)).toBe('1');
    await page.screenshot({ path: path.join(RESULTS_DIR, 'responsiveness-clicks.png') });
    expect(problems).toEqual([]);
  });

  it('disables « Carte PNG » with its progress while the image is composed', async () => {
    const { page, problems } = demo();
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { pngStates: string[] }).pngStates = seen;
      const button = document.querySelector('[data-testid="export-png"]') as HTMLButtonElement;
      new MutationObserver(() =>
        seen.push(`${button.disabled ? 'désactivé' : 'actif'} ${button.textContent ?? ''}`),
      ).observe(button, { attributes: true, childList: true, subtree: true, characterData: true });
    });
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 0 }),
      page.click('[data-testid="export-png"]'),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    await page.waitForSelector('[data-testid="export-png"]:not([disabled])');
    const states = await page.evaluate(
      () => (window as unknown as { pngStates: string[] }).pngStates,
    );
    expect(states).toContain('désactivé Carte PNG en cours…');
    expect(states.at(-1)).toBe('actif Carte PNG');
    expect(problems).toEqual([]);
  });

  it('keeps basins, access scores and the prepared workbench across a tab round trip', async () => {
    const { page, problems } = demo();
    // Basins of the Flux PMSI tab.
    await page.click('[data-testid="tab-flows"]');
    await page.locator('[data-testid="flows-panel"]').waitFor({ timeout: 0 });
    await page.click('[data-testid="compute-basins"]');
    const basinRows = page.locator('[data-testid="plurality-table"] tbody tr');
    await basinRows.first().waitFor({ timeout: 0 });
    await page.waitForSelector('[data-testid="flows-panel"][data-basin-runs="1"]');
    const basins = await page.locator('[data-testid="plurality-table"]').textContent();
    // Access scores (computed at once for the workbench's territory, else on « Calculer »).
    await page.click('[data-testid="tab-access"]');
    await page.waitForSelector('[data-testid="access-panel"][aria-busy="false"]');
    if ((await page.getAttribute('[data-testid="access-panel"]', 'data-runs')) === '0')
      await page.click('[data-testid="access-compute"]');
    await page.waitForSelector('[data-testid="access-panel"][data-runs="1"][aria-busy="false"]');
    const score = await page.locator('[data-testid="access-territory-score"]').textContent();

    // Away and back: no « Préparation de l’atelier… », no « Lecture des séjours », nothing recomputed.
    await page.click('[data-testid="tab-indicators"]');
    await page.evaluate(() => {
      const w = window as unknown as { waits: string[] };
      w.waits = [];
      new MutationObserver(() => {
        const text = document.querySelector('.panel')?.textContent ?? '';
        for (const wait of ['Préparation de l’atelier', 'Lecture des séjours PMSI'])
          if (text.includes(wait) && !w.waits.includes(wait)) w.waits.push(wait);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.click('[data-testid="tab-territory"]');
    expect(await page.getAttribute('[data-testid="territory-panel"]', 'data-status')).toBe('ready');
    await page.click('[data-testid="tab-flows"]');
    expect(await page.locator('[data-testid="plurality-table"]').textContent()).toBe(basins);
    expect(await page.getAttribute('[data-testid="flows-panel"]', 'data-basin-runs')).toBe('1');
    await page.click('[data-testid="tab-access"]');
    expect(await page.locator('[data-testid="access-territory-score"]').textContent()).toBe(score);
    expect(await page.getAttribute('[data-testid="access-panel"]', 'data-runs')).toBe('1');
    expect(await page.evaluate(() => (window as unknown as { waits: string[] }).waits)).toEqual([]);
    await page.screenshot({ path: path.join(RESULTS_DIR, 'responsiveness-tab-return.png') });
    expect(problems).toEqual([]);
  });

  it('keeps the Flux PMSI territory and the proposal (with its outlines) across a tab round trip', async () => {
    const { page, problems } = demo();
    await page.click('[data-testid="tab-flows"]');
    await page.locator('[data-testid="flows-panel"]').waitFor({ timeout: 0 });
    await page.selectOption('[data-testid="flows-territory"]', {
      label: 'CPTS du Littoral Fictif',
    });
    const chosen = await page.inputValue('[data-testid="flows-territory"]');
    const autarcie = page.locator('[data-testid="flows-autarcie"]');
    await autarcie.waitFor({ timeout: 0 });
    const indicators = await autarcie.textContent();
    // A proposal from the commune at the centre of the map, with its outlines and their legend.
    await page.click('[data-testid="propose-territory"]');
    await clickMap(page);
    const proposal = page.locator('[data-testid="proposal"]');
    await proposal.waitFor({ timeout: 0 });
    await page.waitForSelector('[data-testid="propose-territory"]:not([disabled])');
    await page.waitForFunction(() =>
      (
        document.querySelector<HTMLElement>('[data-testid="map-legend"]')?.dataset.sections ?? ''
      ).includes('outlines'),
    );
    const proposed = await proposal.textContent();

    await page.click('[data-testid="tab-indicators"]');
    await page.waitForFunction(
      () =>
        !document.querySelector('[data-testid="flows-panel"]') &&
        !(
          document.querySelector<HTMLElement>('[data-testid="map-legend"]')?.dataset.sections ?? ''
        ).includes('outlines'),
    );
    await page.evaluate(() => {
      const w = window as unknown as { flowWaits: string[] };
      w.flowWaits = [];
      new MutationObserver(() => {
        const text = document.querySelector('.panel')?.textContent ?? '';
        for (const wait of ['Lecture des séjours PMSI', 'Calcul de la proposition'])
          if (text.includes(wait) && !w.flowWaits.includes(wait)) w.flowWaits.push(wait);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.click('[data-testid="tab-flows"]');
    // Shown at once: the same territory and figures, the same proposal, its outlines drawn again.
    expect(await page.inputValue('[data-testid="flows-territory"]')).toBe(chosen);
    expect(await autarcie.textContent()).toBe(indicators);
    expect(await proposal.textContent()).toBe(proposed);
    await page.waitForFunction(() =>
      (
        document.querySelector<HTMLElement>('[data-testid="map-legend"]')?.dataset.sections ?? ''
      ).includes('outlines'),
    );
    expect(
      await page.evaluate(() => (window as unknown as { flowWaits: string[] }).flowWaits),
    ).toEqual([]);
    await proposal.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(RESULTS_DIR, 'responsiveness-proposal-kept.png') });
    expect(problems).toEqual([]);
  });

  it('disables the Vue ARS exports with the progress of the one running', async () => {
    const { page, problems } = demo();
    await page.click('[data-testid="tab-region"]');
    await page.waitForSelector('[data-testid="region-panel"][data-state="ready"]');
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { regionStates: string[] }).regionStates = seen;
      const panel = document.querySelector('[data-testid="region-panel"]') as HTMLElement;
      const note = () => {
        const buttons = [
          ...panel.querySelectorAll<HTMLButtonElement>('[data-testid^="region-export-"]'),
        ]
          .filter((b) => b.tagName === 'BUTTON')
          .map((b) => `${b.disabled ? 'désactivé' : 'actif'} ${b.textContent ?? ''}`);
        const status = panel.querySelector('[data-testid="region-export-status"]')?.textContent;
        seen.push([...buttons, status ?? ''].join(' | '));
      };
      new MutationObserver(note).observe(panel, {
        attributes: true,
        childList: true,
        subtree: true,
        characterData: true,
      });
    });
    for (const [id, busy] of [
      ['region-export-csv', 'désactivé Tableau CSV en cours…'],
      ['region-export-png', 'désactivé Carte PNG en cours…'],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 0 }),
        page.click(`[data-testid="${id}"]`),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.(csv|png)$/);
      await page.waitForSelector(`[data-testid="${id}"]:not([disabled])`);
      const states = await page.evaluate(
        () => (window as unknown as { regionStates: string[] }).regionStates,
      );
      // While it ran: its button said so, the other exports were disabled, a status line showed.
      const during = states.find((s) => s.includes(busy));
      expect(during, `états vus : ${states.join(' / ')}`).toBeDefined();
      expect(
        during!
          .split(' | ')
          .slice(0, 3)
          .every((b) => b.startsWith('désactivé')),
      ).toBe(true);
      expect(during!.split(' | ')[3]).toMatch(/^(Tableau CSV|Carte PNG) : /);
      expect(states.at(-1)).toBe(
        'actif Tableau CSV | actif Carte PNG | actif Résumé imprimable | ',
      );
    }
    expect(problems).toEqual([]);
  });
});
