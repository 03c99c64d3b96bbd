/**
 * The « Flux PMSI » tab on the demo, as a user drives it in headless Chromium: flow map, CPTS
 * indicators, basins by both methods with their tables, and « Proposer un territoire ».
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, RESULTS_DIR, waitForMapReady, type E2eSession } from './browser';

const percent = (text: string | null) =>
  Number((text ?? '').replace(/[^\d,]/g, '').replace(',', '.'));

/** Name of the most populous commune of the demo (its population file, column PMUN). */
function mainTown(): string {
  const file = path.resolve(
    import.meta.dirname,
    '../../data/demo/populations-legales-2021-96-fictif.csv',
  );
  const rows = fs
    .readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(';'));
  rows.sort((a, b) => Number(b[5]) - Number(a[5]));
  return rows[0]![4]!;
}

describe('the « Flux PMSI » tab in Chromium', () => {
  let session: E2eSession;

  beforeAll(async () => {
    session = await openApp();
    await session.page.goto(session.baseUrl);
    await waitForMapReady(session.page);
    await session.page.click('[data-testid="tab-flows"]');
    await session.page.locator('[data-testid="flows-panel"]').waitFor({ timeout: 0 });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('draws the flow lines and the main-destination choropleth', async () => {
    const { page } = session;
    await page.waitForFunction(() =>
      /^[1-9]\d* flux/.test(
        document.querySelector('[data-testid="flows-line-count"]')?.textContent ?? '',
      ),
    );
    // The overlay legend replaces the indicator's once the worker has answered: wait for it.
    await page.waitForFunction(() =>
      document
        .querySelector('[data-testid="legend"] h3')
        ?.textContent?.includes('Destination principale'),
    );
    await page.fill('[data-testid="flows-top-n"]', '10');
    await page.waitForFunction(() =>
      document
        .querySelector('[data-testid="flows-line-count"]')
        ?.textContent?.startsWith('10 flux'),
    );
    await page.waitForTimeout(1500);
    await page.screenshot({ path: path.join(RESULTS_DIR, 'flows-lines.png') });
  });

  it('shows the indicators of a CPTS', async () => {
    const { page } = session;
    await page.selectOption('[data-testid="flows-territory"]', {
      label: 'CPTS du Littoral Fictif',
    });
    const autarcie = page.locator('[data-testid="flows-autarcie"]');
    await autarcie.waitFor();
    const a = percent(await autarcie.textContent());
    const f = percent(await page.locator('[data-testid="flows-fuite"]').textContent());
    expect(a).toBeGreaterThan(50);
    expect(a + f).toBeCloseTo(100, 0);
    await expect(page.locator('[data-testid="flows-masked"]').textContent()).resolves.toMatch(
      /^[1-9]/,
    );
  });

  it('computes basins by both methods, with tables, modularity and the map', async () => {
    const { page } = session;
    await page.click('[data-testid="compute-basins"]');
    const rows = page.locator('[data-testid="plurality-table"] tbody tr');
    await rows.first().waitFor({ timeout: 0 });
    expect(await rows.count()).toBeGreaterThanOrEqual(2);
    expect(
      await page.locator('[data-testid="modularity-table"] tbody tr').count(),
    ).toBeGreaterThanOrEqual(2);
    const q = Number(
      (await page.locator('[data-testid="modularity-modularity"]').textContent())?.replace(
        ',',
        '.',
      ),
    );
    expect(q).toBeGreaterThan(0.1);
    await expect(page.locator('[data-testid="legend"] h3').textContent()).resolves.toContain(
      'Pluralité',
    );
    await page.waitForTimeout(1500);
    await page.screenshot({ path: path.join(RESULTS_DIR, 'flows-basins.png') });
  });

  it('proposes territories sized like a CPTS from the main town, inside the chosen range', async () => {
    const { page } = session;
    // The main town: the most populous demo commune, clicked where its name is drawn.
    const town = mainTown();
    const labels = JSON.parse(
      (await page.getAttribute('[data-testid="map"]', 'data-place-labels')) ?? '[]',
    ) as { name: string; x: number; y: number }[];
    const label = labels.find((l) => l.name === town);
    expect(label, `le nom « ${town} » est dessiné sur la carte`).toBeDefined();
    await page.fill('[data-testid="proposal-min"]', '20000');
    await page.fill('[data-testid="proposal-max"]', '60000');
    await page.click('[data-testid="propose-territory"]');
    const box = (await page.locator('[data-testid="map"]').boundingBox())!;
    await page.mouse.click(box.x + label!.x, box.y + label!.y);
    const proposal = page.locator('[data-testid="proposal"]');
    await proposal.waitFor({ timeout: 0 });
    expect(await proposal.locator('p strong').first().textContent()).toBe(town);
    const rows = proposal.locator('tbody tr');
    const populations = (await rows.evaluateAll((trs) =>
      trs.map((tr) => Number(tr.getAttribute('data-population'))),
    )) as number[];
    // Every option fits under the ceiling; the proposed one is inside the range.
    for (const p of populations) expect(p).toBeLessThanOrEqual(60000);
    const proposed = Number(
      await page.getAttribute('[data-testid="proposal-proposed"]', 'data-population'),
    );
    expect(proposed).toBeGreaterThanOrEqual(20000);
    expect(proposed).toBeLessThanOrEqual(60000);
    expect(
      percent(
        await page
          .locator('[data-testid="proposal-proposed"] [data-testid="proposal-li"]')
          .textContent(),
      ),
    ).toBeGreaterThan(0);
    await proposal.scrollIntoViewIfNeeded();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: path.join(RESULTS_DIR, 'flows-proposal.png') });
  });

  it('hands the proposed territory to the workbench as a new editable territory', async () => {
    const { page } = session;
    const communes = Number(
      await page.locator('[data-testid="proposal-proposed"] td').first().textContent(),
    );
    expect(communes).toBeGreaterThan(1);
    await page.click('[data-testid="proposal-to-workbench-proposed"]');
    await page.waitForSelector('[data-testid="territory-panel"][data-status="ready"]', {
      timeout: 0,
    });
    await page.waitForFunction(
      (n) =>
        document.querySelector('[data-testid="territory-communes"]')?.textContent === String(n),
      communes,
      { timeout: 0 },
    );
    const selected = await page.$eval(
      '[data-testid="territory-select"]',
      (s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent ?? '',
    );
    expect(selected.startsWith(`Proposition depuis ${mainTown()} (`)).toBe(true);
    expect(selected.endsWith(`) (${communes})`)).toBe(true);
    await page.waitForTimeout(1000);
    await page.screenshot({ path: path.join(RESULTS_DIR, 'flows-proposal-workbench.png') });
  });

  it('made no request outside 127.0.0.1 and logged no error', () => {
    expect(session.problems).toEqual([]);
  });
});
