/**
 * Communes of metropolitan France and of two overseas départements loaded together (real COG 2026
 * contours of ../shared/data: the Manche, Guadeloupe, Mayotte): the map opens on the main land mass
 * (the Manche) and its « Zone affichée » selector reaches each overseas département, drawn from the
 * same vector tiles.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { Plugin } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeShared, sharedPath } from '../support/shared-data';
import { openApp, RESULTS_DIR, waitForMapReady, type E2eSession } from './browser';

type Communes = FeatureCollection<never, { code: string; nom: string }>;

function read(...parts: string[]): Communes {
  return JSON.parse(fs.readFileSync(sharedPath(...parts), 'utf8')) as Communes;
}

/** Serves one contour file and its `?data=` manifest at `/e2e-data/`. */
function servePlugin(file: string): Plugin {
  const manifest = JSON.stringify({
    title: 'Manche, Guadeloupe et Mayotte',
    fictitious: false,
    files: [{ path: 'communes.geojson', kind: 'communes' }],
  });
  return {
    name: 'perimetre-e2e-overseas',
    configurePreviewServer(server) {
      server.middlewares.use('/e2e-data/', (req, res, next) => {
        const name = (req.url ?? '').split('?')[0]?.replace(/^\/+/, '');
        if (name === 'manifest.json') return res.end(manifest);
        if (name === 'communes.geojson') return fs.createReadStream(file).pipe(res);
        return next();
      });
    },
  };
}

/**
 * INSEE code of the commune under the centre of the map, read from the hover tooltip (« Nom
 * (code) »). The pointer is moved until the tooltip shows a commune whose code starts with
 * `prefix` (after a change of view, tiles may still be on their way), at most 100 times, by turns
 * on the centre of the map and on the centre of its part left of the legend's column (a land mass
 * is fitted there when that costs little zoom: `LandMassControl`).
 */
async function codeAtCentre(session: E2eSession, prefix: string): Promise<string> {
  const { page } = session;
  const box = (await page.locator('[data-testid="map"]').boundingBox())!;
  const tooltip = page.locator('[data-testid="tooltip"] strong');
  let code = '';
  for (let i = 0; i < 100 && !code.startsWith(prefix); i++) {
    const x = i % 2 === 0 ? box.width / 2 : (box.width - 300) / 2;
    await page.mouse.move(box.x + x + (i % 4 < 2 ? 0 : 1), box.y + box.height / 2);
    await page.waitForTimeout(200);
    if (await tooltip.isVisible())
      code = /\(([0-9AB]{5})\)/.exec((await tooltip.textContent()) ?? '')?.[1] ?? '';
  }
  return code;
}

describeShared('metropolitan and overseas communes on one map', () => {
  let session: E2eSession;
  let dir: string;
  const national = read('geo/national-cog2026/communes-france-cog2026-simplifie.geojson');
  const overseas = national.features.filter((f) => /^97[16]/.test(f.properties.code));
  const manche = read('geo/communes-cog2026/communes-50.geojson').features;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perimetre-overseas-'));
    const file = path.join(dir, 'communes.geojson');
    fs.writeFileSync(
      file,
      JSON.stringify({ type: 'FeatureCollection', features: [...manche, ...overseas] }),
    );
    session = await openApp([servePlugin(file)]);
    await session.page.goto(`${session.baseUrl}?data=/e2e-data/manifest.json`);
    await waitForMapReady(session.page);
  });

  afterAll(async () => {
    await session?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('opens on the Manche and offers the two overseas départements', async () => {
    const { page } = session;
    const select = page.getByLabel('Zone affichée sur la carte');
    await expect(select.locator('option').allTextContents()).resolves.toEqual([
      'Métropole',
      'Guadeloupe',
      'Mayotte',
    ]);
    expect(await select.inputValue()).toBe('metropole');
    const rendered = Number(
      await page.getAttribute('[data-testid="map"]', 'data-rendered-communes'),
    );
    // The view fits the Manche: the communes drawn are some of its own, none overseas.
    expect(rendered).toBeGreaterThan(300);
    expect(rendered).toBeLessThanOrEqual(manche.length);
    expect(await codeAtCentre(session, '50')).toMatch(/^50\d{3}$/);
    await page.screenshot({ path: path.join(RESULTS_DIR, 'overseas-map-manche.png') });
  });

  it('shows Mayotte, drawn from the tiles, when chosen', async () => {
    const { page } = session;
    await page.getByLabel('Zone affichée sur la carte').selectOption('976');
    expect(await codeAtCentre(session, '976')).toMatch(/^976\d{2}$/);
    await page.screenshot({ path: path.join(RESULTS_DIR, 'overseas-map-mayotte.png') });
  });

  it('made no request outside 127.0.0.1 and logged no error', () => {
    expect(session.problems).toEqual([]);
  });
});
