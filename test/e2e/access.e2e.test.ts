/**
 * The « Accès aux soins » tab in headless Chromium on the fictitious demo, as a user drives it:
 * compute the GP score, read the unit on the legend and the territory figures, run a what-if
 * (« ouverture d'une MSP »), load a (fictitious) DREES APL file and see the comparison.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, renderCount, RESULTS_DIR, waitForMapReady, type E2eSession } from './browser';

const APL_FIXTURE = path.resolve(import.meta.dirname, '../fixtures/access/apl-fictif-96.csv');
const frNumber = (text: string | null) => Number((text ?? '').replace(/\s/g, '').replace(',', '.'));

describe('access tab in Chromium', () => {
  let session: E2eSession;

  beforeAll(async () => {
    session = await openApp();
    await session.page.goto(session.baseUrl);
    await waitForMapReady(session.page);
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  it('computes the GP score and shows it on the map with its unit', async () => {
    const { page } = session;
    await page.click('[data-testid="tab-access"]');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="access-profession"] option').length > 3,
    );
    const options = await page
      .locator('[data-testid="access-profession"] option')
      .allTextContents();
    expect(options[0]).toMatch(/^Médecins généralistes \(288\)/);
    const count = await renderCount(page);
    await page.click('[data-testid="access-compute"]');
    await page.locator('[data-testid="access-unit"]').waitFor();
    await waitForMapReady(page, count + 1);
    const unit = 'consultations par an et par habitant standardisé';
    await expect(page.locator('[data-testid="access-unit"]').textContent()).resolves.toBe(unit);
    await expect(page.locator('[data-testid="legend"] h3').textContent()).resolves.toContain(
      'Médecins généralistes',
    );
    await expect(page.locator('[data-testid="legend"] .unit').textContent()).resolves.toContain(
      unit,
    );
    const score = frNumber(
      await page.locator('[data-testid="access-territory-score"]').textContent(),
    );
    // 288 GPs × 5,400 consultations / 335,053 inhabitants ≈ 4.64 (the CLI prints the same).
    expect(score).toBeCloseTo(4.64, 1);
    await page.screenshot({ path: path.join(RESULTS_DIR, 'access-score.png') });
  });

  it('rolls up to a CPTS and runs a what-if without reloading', async () => {
    const { page } = session;
    await page.selectOption(
      '[data-testid="access-territory"]',
      'CPTS des Trois Vallées Imaginaires',
    );
    const before = frNumber(
      await page.locator('[data-testid="access-territory-score"]').textContent(),
    );
    expect(before).toBeGreaterThan(0);
    const box = (await page.locator('[data-testid="map"]').boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.55, box.y + box.height * 0.5);
    await expect(page.locator('[data-testid="access-picked"]').textContent()).resolves.toMatch(
      /\(96\d{3}\)/,
    );
    const count = await renderCount(page);
    await page.click('[data-testid="access-whatif-msp"]');
    await page.locator('[data-testid="access-whatif-effect"]').waitFor();
    await waitForMapReady(page, count + 1);
    await expect(page.locator('[data-testid="legend"] h3').textContent()).resolves.toContain(
      'Effet du scénario',
    );
    await expect(page.locator('[data-testid="legend"]').textContent()).resolves.toMatch(/inchangé/);
    const effect = await page.locator('[data-testid="access-whatif-effect"]').textContent();
    const [, from, to] = /: ([\d,\s]+) → ([\d,\s]+) ;/.exec(effect ?? '') ?? [];
    expect(frNumber(to ?? '')).toBeGreaterThanOrEqual(frNumber(from ?? ''));
    await page.screenshot({ path: path.join(RESULTS_DIR, 'access-whatif.png') });
    await page.click('[data-testid="access-whatif-reset"]');
    await page.locator('[data-testid="access-whatif-effect"]').waitFor({ state: 'detached' });
  });

  it('compares with a (fictitious) DREES APL file', async () => {
    const { page } = session;
    await page.setInputFiles('[data-testid="access-file"]', APL_FIXTURE);
    await page.locator('[data-testid="access-apl"]').waitFor();
    await expect(page.locator('[data-testid="access-apl-largest"] tbody tr').count()).resolves.toBe(
      3,
    );
    const count = await renderCount(page);
    await page.check('[data-testid="access-map-apl"]');
    await waitForMapReady(page, count + 1);
    await expect(page.locator('[data-testid="legend"] h3').textContent()).resolves.toContain(
      'APL DREES',
    );
    await page.screenshot({ path: path.join(RESULTS_DIR, 'access-apl.png') });
  });

  it('made no request outside 127.0.0.1 and logged no error', () => {
    expect(session.problems).toEqual([]);
  });
});
