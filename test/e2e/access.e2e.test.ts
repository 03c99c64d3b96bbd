/**
 * The « Accès aux soins » tab in headless Chromium on the fictitious demo, as a user drives it:
 * compute the GP score, read the unit on the legend and the territory figures, run a what-if
 * (« ouverture d'une MSP »), load a (fictitious) DREES APL file and see the comparison.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, renderCount, RESULTS_DIR, waitForMapReady, type E2eSession } from './browser';

const APL_FIXTURE = path.resolve(import.meta.dirname, '../fixtures/access/apl-fictif-96.csv');
const ACTIVITY_FIXTURE = path.resolve(
  import.meta.dirname,
  '../fixtures/access/activite-fictive-96.csv',
);
const frNumber = (text: string | null) => Number((text ?? '').replace(/\s/g, '').replace(',', '.'));

describe('access tab in Chromium', () => {
  let session: E2eSession;

  beforeAll(async () => {
    session = await openApp();
    await session.page.goto(session.baseUrl);
    await waitForMapReady(session.page);
  });

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

  it('shows our score and the DREES APL on two synchronised maps', async () => {
    const { page } = session;
    await page.click('[data-testid="access-sbs-open"]');
    const sbs = page.locator('[data-testid="access-sbs"]');
    await page.waitForFunction(
      () =>
        document.querySelector<HTMLElement>('[data-testid="access-sbs"]')?.dataset.state ===
        'ready',
      undefined,
      { timeout: 0 },
    );
    // Both maps drew communes (the fixture covers part of the demo; the rest is « sans donnée »).
    expect(Number(await sbs.getAttribute('data-rendered-left'))).toBeGreaterThan(100);
    expect(Number(await sbs.getAttribute('data-rendered-right'))).toBeGreaterThan(100);
    await expect(
      page.locator('[data-testid="access-sbs-legend-left"] .unit').textContent(),
    ).resolves.toBe('consultations par an et par habitant standardisé');
    await expect(
      page.locator('[data-testid="access-sbs-legend-right"] .unit').textContent(),
    ).resolves.toContain('(DREES)');
    expect(await page.locator('[data-testid="access-sbs"] canvas').count()).toBe(2);
    // Camera sync: zooming the left map brings the right one to the same zoom.
    const before = Number(await sbs.getAttribute('data-zoom-right'));
    await page.click('[data-testid="access-sbs-left"] .maplibregl-ctrl-zoom-in');
    await page.waitForFunction(
      (z) => {
        const el = document.querySelector<HTMLElement>('[data-testid="access-sbs"]');
        return (
          Number(el?.dataset.zoomRight) > z + 0.5 && el?.dataset.zoomRight === el?.dataset.zoomLeft
        );
      },
      before,
      { timeout: 0 },
    );
    await page.waitForFunction(
      () =>
        document.querySelector<HTMLElement>('[data-testid="access-sbs"]')?.dataset.state ===
        'ready',
    );
    await page.screenshot({ path: path.join(RESULTS_DIR, 'access-side-by-side.png') });
    await page.click('[data-testid="access-sbs-close"]');
    await sbs.waitFor({ state: 'detached' });
  });

  it('weights supply by FTE from a (fictitious) activity file and shows the definition', async () => {
    const { page } = session;
    await page.selectOption('[data-testid="access-territory"]', '');
    await page.setInputFiles('[data-testid="access-file"]', ACTIVITY_FIXTURE);
    await page.locator('[data-testid="access-activity-file"]').waitFor();
    await expect(page.locator('[data-testid="access-supply-mode"]').inputValue()).resolves.toBe(
      'fte',
    );
    await page.check('[data-testid="access-map-score"]');
    await page.fill('[data-testid="access-max-age"]', '65');
    await page.uncheck('[data-testid="access-convert"]');
    const count = await renderCount(page);
    await page.click('[data-testid="access-compute"]');
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="access-unit"]')?.textContent ===
        'ETP pour 100 000 habitants standardisés',
    );
    await waitForMapReady(page, count + 1);
    await expect(
      page.locator('[data-testid="access-supply-definition"]').textContent(),
    ).resolves.toMatch(
      /Offre = équivalents temps plein \(ETP\) \(fichier activite-fictive-96\.csv : 288 professionnel\(s\) trouvé\(s\), 0 absent\(s\)\) ; professionnels de plus de 65 ans exclus/,
    );
    await expect(page.locator('[data-testid="access-notes"]').textContent()).resolves.toContain(
      '41 professionnel(s) de plus de 65 ans exclu(s)',
    );
    await expect(page.locator('[data-testid="legend"] .unit').textContent()).resolves.toContain(
      'ETP pour 100 000 habitants standardisés',
    );
    // 206.9 FTE (≤ 65 years) over 335,053 inhabitants ≈ 61.75 per 100,000 (weighted mean).
    const score = frNumber(
      await page.locator('[data-testid="access-territory-score"]').textContent(),
    );
    expect(score).toBeCloseTo(61.75, 0);
    await page.screenshot({ path: path.join(RESULTS_DIR, 'access-activity.png') });
  });

  it('made no request outside 127.0.0.1 and logged no error', () => {
    expect(session.problems).toEqual([]);
  });
});
