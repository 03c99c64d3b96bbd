/**
 * Place names on the map, in Chromium on the embedded demo: at the first view the main town (the
 * most populous demo commune) is labelled by the MapLibre symbol layer, labels do not overlap, the
 * label fonts come from the app's own origin (no request leaves 127.0.0.1) and the same names are
 * drawn in the PNG export.
 */
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computePngLayout } from '../../src/map/png-layout';
import { openApp, RESULTS_DIR, waitForMapReady, type E2eSession } from './browser';

const DEMO = path.resolve(import.meta.dirname, '../../data/demo');

/** Name of the most populous commune of the demo (population municipale), read from its files. */
function demoMainTown(): string {
  const rows = Papa.parse<Record<string, string>>(
    fs.readFileSync(path.join(DEMO, 'populations-legales-2021-96-fictif.csv'), 'utf8'),
    { header: true, delimiter: ';', skipEmptyLines: true, dynamicTyping: false },
  ).data;
  const top = [...rows].sort((a, b) => Number(b.PMUN) - Number(a.PMUN))[0]!;
  const communes = JSON.parse(
    fs.readFileSync(path.join(DEMO, 'communes-96-fictif.geojson'), 'utf8'),
  ) as { features: { properties: { code: string; nom: string } }[] };
  return communes.features.find((f) => f.properties.code === top.COM)!.properties.nom;
}

interface RenderedLabel {
  name: string;
  x: number;
  y: number;
}

async function renderedLabels(page: Page): Promise<RenderedLabel[]> {
  const json = await page.getAttribute('[data-testid="map"]', 'data-place-labels');
  return JSON.parse(json ?? '[]') as RenderedLabel[];
}

/** Pixels darker than the label text colour threshold in a window (image pixels) of a PNG. */
function darkPixels(png: PNG, cx: number, cy: number, halfWidth: number, halfHeight: number) {
  let dark = 0;
  for (let y = Math.max(0, cy - halfHeight); y < Math.min(png.height, cy + halfHeight); y += 1)
    for (let x = Math.max(0, cx - halfWidth); x < Math.min(png.width, cx + halfWidth); x += 1) {
      const i = (y * png.width + x) * 4;
      if (png.data[i]! < 60 && png.data[i + 1]! < 60 && png.data[i + 2]! < 60) dark += 1;
    }
  return dark;
}

describe('place names on the map in Chromium', () => {
  let session: E2eSession;
  const mainTown = demoMainTown();
  /** Label font files fetched by the page, with their HTTP status. */
  const fonts: { url: string; status: number }[] = [];

  beforeAll(async () => {
    session = await openApp();
    session.page.on('response', (response) => {
      if (/noto-sans-.*\.woff2$/.test(response.url()))
        fonts.push({ url: response.url(), status: response.status() });
    });
    await session.page.goto(session.baseUrl);
    await waitForMapReady(session.page);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('labels the main town at the first view, from fonts of our own origin', async () => {
    const { page } = session;
    const labels = await renderedLabels(page);
    expect(labels.map((l) => l.name)).toContain(mainTown);
    // Density follows the zoom: several names, far fewer than the 352 communes at the first view.
    expect(labels.length).toBeGreaterThan(3);
    expect(labels.length).toBeLessThan(352);
    // No two names drawn at the same place (placement without overlap).
    for (const [i, a] of labels.entries())
      for (const b of labels.slice(i + 1)) expect(distance(a, b)).toBeGreaterThan(8);
    const town = labels.find((l) => l.name === mainTown)!;
    const shot = await page.locator('[data-testid="map"]').screenshot();
    fs.writeFileSync(path.join(RESULTS_DIR, 'map-labels-first-view.png'), shot);
    // The name is drawn: dark text pixels around the label's point (the choropleth has none).
    expect(darkPixels(PNG.sync.read(shot), town.x, town.y, 30, 8)).toBeGreaterThan(20);
    // The names are drawn with the bundled Noto Sans, fetched from the app's own origin.
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(new URL(font.url).origin).toBe(new URL(session.baseUrl).origin);
      expect(font.status).toBe(200);
    }
    expect(session.problems).toEqual([]);
  });

  it('draws the same names in the PNG export of a territory', async () => {
    const { page } = session;
    await page.click('[data-testid="tab-territory"]');
    await page.waitForSelector('[data-testid="territory-panel"][data-status="ready"]', {
      timeout: 0,
    });
    // Back to the first view (the territory tab keeps the view): reload is the simplest reset.
    await page.reload();
    await waitForMapReady(page);
    await page.click('[data-testid="tab-territory"]');
    await page.waitForSelector('[data-testid="territory-panel"][data-status="ready"]', {
      timeout: 0,
    });
    const labels = await renderedLabels(page);
    const town = labels.find((l) => l.name === mainTown)!;
    expect(town).toBeDefined();
    await page.click('[data-testid="territory-new"]');
    const box = (await page.locator('[data-testid="map"]').boundingBox())!;
    // The commune labelled farthest from the main town (a label sits on its commune's point
    // inside), so that the territory outline stays away from the main town's name.
    // Away from the map's edges, where the controls, the scale and the banners lie over it.
    const margin = 90;
    // Nor under the legend over the map's corner.
    const legend = await page.locator('[data-testid="map-legend"]').boundingBox();
    const underLegend = (l: { x: number; y: number }) =>
      legend !== null &&
      box.x + l.x >= legend.x &&
      box.x + l.x <= legend.x + legend.width &&
      box.y + l.y >= legend.y &&
      box.y + l.y <= legend.y + legend.height;
    const far = labels
      .filter(
        (l) =>
          l.x > margin &&
          l.y > margin &&
          l.x < box.width - margin &&
          l.y < box.height - margin &&
          !underLegend(l),
      )
      .sort((a, b) => distance(b, town) - distance(a, town))[0]!;
    const [x, y] = [far.x, far.y];
    // The point must be on the map's canvas, or the click would add nothing and the test wait.
    expect(
      await page.evaluate(
        ([px, py]) => document.elementFromPoint(px!, py!)?.tagName,
        [box.x + x, box.y + y],
      ),
    ).toBe('CANVAS');
    await page.mouse.click(box.x + x, box.y + y);
    await page.waitForFunction(
      () => document.querySelector('[data-testid="territory-communes"]')?.textContent === '1',
    );
    await page.mouse.move(0, 0); // no hover outline over the map
    const [dl] = await Promise.all([
      page.waitForEvent('download', { timeout: 0 }),
      page.click('[data-testid="export-png"]'),
    ]);
    const file = path.join(RESULTS_DIR, `map-labels-${dl.suggestedFilename()}`);
    await dl.saveAs(file);
    const png = PNG.sync.read(fs.readFileSync(file));
    expect(png.width).toBeGreaterThanOrEqual(2 * Math.floor(box.width));
    // The map is drawn at 2× at the left of the image, below the header (`computePngLayout`).
    const mapTop = computePngLayout({
      mapWidth: 2 * box.width,
      mapHeight: 2 * box.height,
      legendLabelWidth: 0,
      legendRows: 0,
      footerLines: 1,
      scale: 2,
    }).map.y;
    const townNow = (await renderedLabels(page)).find((l) => l.name === mainTown)!;
    expect(darkPixels(png, 2 * townNow.x, mapTop + 2 * townNow.y, 60, 16)).toBeGreaterThan(60);
    expect(session.problems).toEqual([]);
  });
});

function distance(a: RenderedLabel, b: RenderedLabel): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}
