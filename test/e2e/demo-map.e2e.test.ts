/**
 * The app on the embedded demo, as a user sees it: built, served on 127.0.0.1, opened in headless
 * Chromium. Fails on any page error, console error or request leaving 127.0.0.1.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, renderCount, RESULTS_DIR, waitForMapReady, type E2eSession } from './browser';
import { colouredShare } from './pixels';

const manifest = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '../../data/demo/manifest.json'), 'utf8'),
) as { files: { path: string; kind: string; rows: number }[] };
const communeCount = manifest.files.find((f) => f.kind === 'communes')?.rows ?? 0;

/** Share of pixels whose colour differs noticeably between two screenshots of the same size. */
function changedPixelShare(a: Buffer, b: Buffer): number {
  const pa = PNG.sync.read(a);
  const pb = PNG.sync.read(b);
  expect([pb.width, pb.height]).toEqual([pa.width, pa.height]);
  let changed = 0;
  for (let i = 0; i < pa.data.length; i += 4) {
    const d =
      Math.abs(pa.data[i]! - pb.data[i]!) +
      Math.abs(pa.data[i + 1]! - pb.data[i + 1]!) +
      Math.abs(pa.data[i + 2]! - pb.data[i + 2]!);
    if (d > 30) changed += 1;
  }
  return changed / (pa.width * pa.height);
}

describe('the demo in Chromium', () => {
  let session: E2eSession;

  beforeAll(async () => {
    session = await openApp();
    await session.page.goto(session.baseUrl);
    await waitForMapReady(session.page);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('draws every demo commune and shows the « données fictives » banner', async () => {
    const { page } = session;
    expect(communeCount).toBeGreaterThan(300);
    const rendered = Number(
      await page.getAttribute('[data-testid="map"]', 'data-rendered-communes'),
    );
    expect(rendered).toBe(communeCount);
    // The map fills its area and shows the choropleth: many pixels are neither background nor white.
    const box = (await page.locator('[data-testid="map"]').boundingBox())!;
    expect(box.width).toBeGreaterThan(600);
    expect(box.height).toBeGreaterThan(500);
    expect(colouredShare(await page.locator('[data-testid="map"]').screenshot())).toBeGreaterThan(
      0.2,
    );
    await expect(page.locator('[data-testid="demo-banner"]').textContent()).resolves.toContain(
      'Données fictives',
    );
    await expect(page.locator('[data-testid="legend"] li').count()).resolves.toBeGreaterThanOrEqual(
      3,
    );
    await page.screenshot({ path: path.join(RESULTS_DIR, 'demo-map.png') });
  });

  it('opens with every demo commune clear of the legend', async () => {
    const { page } = session;
    const legend = page.locator('[data-testid="map-legend"]');
    const box = (await legend.boundingBox())!;
    expect(box.width).toBeGreaterThan(100);
    // What the legend hides: the map under its box, the legend made invisible for the shot.
    const style = await page.addStyleTag({ content: '.map-legend { visibility: hidden; }' });
    const under = await page.screenshot({ clip: box });
    await style.evaluate((node) => (node as Element).remove());
    expect(colouredShare(under)).toBeLessThan(0.01);
  });

  it('recolours the map when the indicator changes', async () => {
    const { page } = session;
    const map = page.locator('[data-testid="map"]');
    const before = await map.screenshot();
    const count = await renderCount(page);
    await page.selectOption('[data-testid="indicator-picker"]', 'gp');
    await waitForMapReady(page, count + 1);
    const after = await map.screenshot();
    expect(changedPixelShare(before, after)).toBeGreaterThan(0.05);
    await expect(page.locator('[data-testid="legend"] h3').textContent()).resolves.toContain(
      'généralistes',
    );
    // Honest classes: communes without a GP are their own class, never mixed with 10 per 10 000;
    // every commune is counted in exactly one class.
    const entries = await page.locator('[data-testid="legend"] li').allTextContents();
    expect(entries[0]).toMatch(/^Aucun \(0\) · \d+ communes$/);
    const counted = entries.map((e) =>
      Number(/· ([\d\s\u202f]+) commune/.exec(e)?.[1]?.replace(/\D/g, '')),
    );
    expect(counted.reduce((a, b) => a + b, 0)).toBe(communeCount);
    expect(entries.slice(1).every((e) => !/^0 –/.test(e))).toBe(true);
    await page.screenshot({ path: path.join(RESULTS_DIR, 'demo-map-gp.png') });
  });

  it('finds a commune by name and opens its card', async () => {
    const { page } = session;
    const [, firstName] = /"nom":"([^"]+)"/.exec(
      fs.readFileSync(
        path.resolve(
          import.meta.dirname,
          '../../data/demo',
          manifest.files.find((f) => f.kind === 'communes')!.path,
        ),
        'utf8',
      ),
    )!;
    await page.fill('[data-testid="search-input"]', firstName!);
    await page.press('[data-testid="search-input"]', 'Enter');
    const card = page.locator('[data-testid="commune-card"]');
    await card.waitFor();
    await expect(card.locator('h3').textContent()).resolves.toContain(firstName);
    await expect(page.locator('[data-testid="card-population"]').textContent()).resolves.toMatch(
      /\d/,
    );
    // Professionals are counted in people: every profession row shows a number, never a dash.
    const counts = await card.locator('table.professions tbody td:nth-child(2)').allTextContents();
    expect(counts).toHaveLength(6);
    for (const count of counts) expect(count).toMatch(/^\d+$/);
  });

  it('opens the card of the commune under the pointer when the map is clicked', async () => {
    const { page } = session;
    await page.locator('.commune-card .close').click();
    const box = (await page.locator('[data-testid="map"]').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.locator('[data-testid="tooltip"]').waitFor();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.locator('[data-testid="commune-card"]').waitFor();
    await page.screenshot({ path: path.join(RESULTS_DIR, 'demo-commune-card.png') });
  });

  it('hides and shows the CPTS and establishment layers', async () => {
    const { page } = session;
    await page.uncheck('[data-testid="toggle-perimeters"]');
    await page.uncheck('[data-testid="toggle-establishments"]');
    await page.check('[data-testid="toggle-perimeters"]');
    await page.check('[data-testid="toggle-establishments"]');
  });

  it('serves DuckDB’s wasm compressed, as the build’s SERVIR.md tells a host to', async () => {
    const wasm = fs
      .readdirSync(path.join(session.buildDir, 'assets'))
      .find((f) => f.endsWith('.wasm'))!;
    expect(fs.existsSync(path.join(session.buildDir, 'assets', `${wasm}.gz`))).toBe(true);
    const notes = fs.readFileSync(path.join(session.buildDir, 'SERVIR.md'), 'utf8');
    expect(notes).toContain(wasm);
    expect(notes).toContain('application/wasm');
    const response = await fetch(`${session.baseUrl}assets/${wasm}`, {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('content-type')).toBe('application/wasm');
    const bytes = new Uint8Array(await response.arrayBuffer()); // fetch decompresses
    expect([...bytes.slice(0, 4)]).toEqual([0x00, 0x61, 0x73, 0x6d]); // « \0asm »
  });

  it('sends the security headers with every response, and writes them for static hosts', async () => {
    for (const url of [session.baseUrl, `${session.baseUrl}demo/manifest.json`]) {
      const response = await fetch(url);
      expect(response.headers.get('content-security-policy')).toMatch(
        /default-src 'self'.*frame-ancestors 'none'/,
      );
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    }
    const hostHeaders = fs.readFileSync(path.join(session.buildDir, '_headers'), 'utf8');
    expect(hostHeaders).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'self'/);
    expect(fs.readFileSync(path.join(session.buildDir, 'SERVIR.md'), 'utf8')).toContain(
      'X-Content-Type-Options: nosniff',
    );
  });

  it('made no request outside 127.0.0.1 and logged no error', () => {
    expect(session.problems).toEqual([]);
  });

  // Last: it leaves the map without a drawing context.
  it('says so when the browser takes the map’s WebGL context away, instead of a blank map', async () => {
    const { page } = session;
    await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="map"] canvas')!;
      const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!;
      gl.getExtension('WEBGL_lose_context')!.loseContext();
    });
    await page.waitForSelector('[data-testid="map"][data-state="error"]');
    expect(await page.textContent('[role="alert"]')).toContain('contexte graphique (WebGL)');
  });
});
