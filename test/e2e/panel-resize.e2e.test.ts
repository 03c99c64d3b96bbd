/**
 * The side panel resized in Chromium at 1366×768: dragging the handle widens the panel and narrows
 * the map's canvas, the arrow keys change it by 20 px within its bounds, the width survives a
 * reload, the « Vue ARS » keeps its own wider default, axe-core finds no serious or critical
 * violation, and the demo département stays whole in the narrowest map. A screenshot is saved in test-results/ to be looked at.
 */
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RESULTS_DIR, waitForMapReady } from './browser';
import { useDemoSession } from './demo-session';
import { colouredShare } from './pixels';

const HANDLE = '[data-testid="panel-resizer"]';

/** Widths in CSS pixels: panel, map canvas, and the width the handle announces. */
async function widths(page: Page): Promise<{ panel: number; canvas: number; announced: number }> {
  return page.evaluate((handle) => {
    const panel = document.querySelector<HTMLElement>('.panel')!;
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="map"] canvas')!;
    return {
      panel: Math.round(panel.getBoundingClientRect().width),
      canvas: Math.round(canvas.getBoundingClientRect().width),
      announced: Number(document.querySelector(handle)!.getAttribute('aria-valuenow')),
    };
  }, HANDLE);
}

/** Waits until the map canvas (resized by MapLibre's own ResizeObserver) is narrower than `px`. */
async function waitForCanvasNarrowerThan(page: Page, px: number): Promise<void> {
  await page.waitForFunction(
    (limit) =>
      document.querySelector('[data-testid="map"] canvas')!.getBoundingClientRect().width < limit,
    px,
  );
}

describe('resizable side panel at 1366×768', () => {
  const session = useDemoSession();

  it('drag: panel wider, map canvas narrower', async () => {
    const { page } = session();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.waitForFunction(
      () => document.querySelector('[data-testid="map"] canvas')!.getBoundingClientRect().width > 0,
    );
    const before = await widths(page);
    expect(before.announced).toBe(before.panel);
    expect(await page.getAttribute(HANDLE, 'role')).toBe('separator');
    expect(await page.getAttribute(HANDLE, 'aria-orientation')).toBe('vertical');
    expect(await page.getAttribute(HANDLE, 'aria-valuemin')).toBe('400');
    expect(await page.getAttribute(HANDLE, 'aria-valuemax')).toBe('683');

    const box = (await page.locator(HANDLE).boundingBox())!;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 80, y, { steps: 4 });
    await page.mouse.move(x + 150, y, { steps: 4 });
    await page.mouse.up();
    await waitForCanvasNarrowerThan(page, before.canvas - 100);
    const after = await widths(page);
    expect(after.panel).toBe(before.panel + 150);
    expect(after.announced).toBe(after.panel);
    expect(after.canvas).toBeLessThanOrEqual(before.canvas - 140);
  });

  it('keyboard: 20 px per arrow, kept within 400 px and half the window', async () => {
    const { page } = session();
    const start = (await widths(page)).panel;
    await page.focus(HANDLE);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    expect((await widths(page)).panel).toBe(start + 20);
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowRight');
    expect(await widths(page)).toMatchObject({ panel: 683, announced: 683 });
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowLeft');
    expect(await widths(page)).toMatchObject({ panel: 400, announced: 400 });
    // At the narrowest the tabs still sit on one line, whole.
    const tabs = await page.$eval('.tabs', (nav) => ({
      lines: new Set(
        [...nav.querySelectorAll('[role="tab"]')].map((t) =>
          Math.round(t.getBoundingClientRect().top),
        ),
      ).size,
      overflow: nav.scrollWidth - nav.clientWidth,
    }));
    expect(tabs).toEqual({ lines: 1, overflow: 0 });
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    expect((await widths(page)).panel).toBe(500);
  });

  it('reload: width kept; « Vue ARS » keeps its own wider default', async () => {
    const { page } = session();
    await page.focus(HANDLE);
    await page.keyboard.press('ArrowRight');
    await page.reload();
    await waitForMapReady(page);
    expect(await widths(page)).toMatchObject({ panel: 520, announced: 520 });

    await page.click('[data-testid="tab-region"]');
    await page.waitForSelector('[data-testid="region-panel"][data-state="ready"]');
    // min(760 px, 58 vw) from region.css, not the width chosen for the other tabs.
    await page.waitForFunction(
      (handle) => document.querySelector(handle)?.getAttribute('aria-valuenow') === '760',
      HANDLE,
    );
    expect((await widths(page)).panel).toBe(760);
    await page.click('[data-testid="tab-indicators"]');
    expect((await widths(page)).panel).toBe(520);
  });

  it('no serious or critical axe violation; screenshot', async () => {
    const { page } = session();
    await page.focus(HANDLE);
    // A key press shows the keyboard focus ring (:focus-visible) in the screenshot.
    await page.keyboard.press('ArrowRight');
    await page.screenshot({ path: path.join(RESULTS_DIR, 'panel-resize-1366.png') });
    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
      .analyze();
    const serious = result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} : ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
    expect(serious).toEqual([]);
    expect(session().problems).toEqual([]);
  });

  it('the widest panel: the map refits, no commune cut at its left or right edge', async () => {
    const { page } = session();
    const before = await widths(page);
    await page.focus(HANDLE);
    await page.keyboard.press('End');
    await waitForCanvasNarrowerThan(page, before.canvas - 100);
    // The handle's focus ring overlaps the map's first pixels.
    await page.locator(HANDLE).blur();
    // The legend and controls hidden: the map alone, its 12 px edges free of communes (the fit
    // leaves 30 px). Kept centred instead, the narrower map cut both ends of the département.
    await page.addStyleTag({
      content: '.map-legend, .maplibregl-control-container { visibility: hidden; }',
    });
    const map = page.locator('[data-testid="map"] canvas');
    const edges = async () => {
      const shot = await map.screenshot();
      const width = (await widths(page)).canvas;
      return [
        colouredShare(shot, { x: 0, width: 12 }),
        colouredShare(shot, { x: width - 12, width: 12 }),
      ];
    };
    let shares = await edges();
    // The refit happens on MapLibre's resize, a frame or two after the canvas narrows.
    for (let i = 0; i < 50 && shares.some((s) => s > 0.01); i++) {
      await page.evaluate(() => new Promise(requestAnimationFrame));
      shares = await edges();
    }
    expect(shares.every((s) => s <= 0.01)).toBe(true);
    expect(colouredShare(await map.screenshot())).toBeGreaterThan(0.15);
  });
});
