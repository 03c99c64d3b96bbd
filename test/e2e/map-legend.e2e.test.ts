/**
 * The one legend over the map, in every tab of the demo at 1366×768: it lists what the map draws
 * (choropleth, CPTS outlines, establishments, search highlight, territory, contiguity problems,
 * overlaps, flow widths, Vue ARS coverage and chosen CPTS), an entry goes when its layer is turned
 * off, the legend covers neither the map's controls nor the territory, problem communes are marked
 * over their whole surface and the search highlight has its own colour. Screenshots
 * test-results/legend-1366-*.png are to be looked at.
 */
import path from 'node:path';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RESULTS_DIR, waitForMapReady } from './browser';
import { clickCommuneInto, openTerritoryTab, useDemoSession } from './demo-session';

/** Block ids of the legend over the map, in order (e.g. `search territory choropleth`). */
const sections = async (page: Page) =>
  ((await page.getAttribute('[data-testid="map-legend"]', 'data-sections')) ?? '').split(' ');

/** Waits until the legend's blocks satisfy `test` (a condition the app reaches on its own). */
async function waitForSections(page: Page, has: string[], hasNot: string[] = []): Promise<void> {
  await page.waitForFunction(
    ([yes, no]) => {
      const ids = (
        document.querySelector<HTMLElement>('[data-testid="map-legend"]')?.dataset.sections ?? ''
      ).split(' ');
      return yes!.every((id) => ids.includes(id)) && no!.every((id) => !ids.includes(id));
    },
    [has, hasNot],
  );
}

const entries = (page: Page, block: string) =>
  page
    .locator(`[data-testid="${block === 'choropleth' ? 'legend' : `legend-${block}`}"] li`)
    .allTextContents();

/** Map controls the legend overlaps (none expected), by class. */
async function coveredControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const legend = document.querySelector('[data-testid="map-legend"]')?.getBoundingClientRect();
    if (!legend) return ['pas de légende'];
    const hit = (b: DOMRect) =>
      b.width > 0 &&
      legend.left < b.right &&
      b.left < legend.right &&
      legend.top < b.bottom &&
      b.top < legend.bottom;
    return [...document.querySelectorAll<HTMLElement>('[data-testid="map"] .maplibregl-ctrl')]
      .filter((c) => hit(c.getBoundingClientRect()))
      .map((c) => c.className);
  });
}

/** What is under a point of the page (« CANVAS » when the map shows there). */
const tagAt = (page: Page, x: number, y: number) =>
  page.evaluate(([px, py]) => document.elementFromPoint(px!, py!)?.tagName ?? 'rien', [x, y]);

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(RESULTS_DIR, `legend-1366-${name}.png`) });
  expect(await coveredControls(page)).toEqual([]);
}

/**
 * Pixels of the map matching `match`, around (dx, dy) from its centre (12 px square) or over the
 * whole map, re-read up to `tries` times while the map finishes drawing.
 */
async function pixelsNear(
  page: Page,
  at: [number, number] | 'all',
  match: (r: number, g: number, b: number) => boolean,
  tries = 12,
): Promise<number> {
  const box = (await page.locator('[data-testid="map"]').boundingBox())!;
  const clip =
    at === 'all'
      ? box
      : {
          x: box.x + box.width / 2 + at[0] - 6,
          y: box.y + box.height / 2 + at[1] - 6,
          width: 12,
          height: 12,
        };
  let found = 0;
  for (let i = 0; i < tries && found === 0; i++) {
    if (i > 0) await page.waitForTimeout(500);
    const png = PNG.sync.read(await page.screenshot({ clip }));
    for (let p = 0; p < png.data.length; p += 4)
      if (match(png.data[p]!, png.data[p + 1]!, png.data[p + 2]!)) found += 1;
  }
  return found;
}
const isProblemRed = (r: number, g: number, b: number) => r > 150 && g < 70 && b < 70;
const isSearchMagenta = (r: number, g: number, b: number) => r > 170 && g < 90 && b > 70 && b < 190;

describe('one legend over the map in every tab, at 1366×768', () => {
  const session = useDemoSession();

  it('Carte: classes, CPTS outlines and establishments; a layer turned off leaves the legend', async () => {
    const { page } = session();
    await page.setViewportSize({ width: 1366, height: 768 });
    await waitForSections(page, ['perimeters', 'establishments', 'choropleth']);
    expect(await sections(page)).toEqual(['perimeters', 'establishments', 'choropleth']);
    expect((await entries(page, 'establishments'))[0]).toMatch(/ · \d+ établissements?$/);
    expect(await page.textContent('[data-testid="legend"] .unit')).toContain('hab./km²');
    await shoot(page, 'carte');
    await page.uncheck('[data-testid="toggle-perimeters"]');
    await waitForSections(page, ['establishments'], ['perimeters']);
    await page.uncheck('[data-testid="toggle-establishments"]');
    await waitForSections(page, ['choropleth'], ['establishments']);
    expect(await sections(page)).toEqual(['choropleth']);
    await page.check('[data-testid="toggle-perimeters"]');
    await page.check('[data-testid="toggle-establishments"]');
    await waitForSections(page, ['perimeters', 'establishments']);
    // Folds to its title by keyboard, and opens again.
    await page.focus('[data-testid="map-legend-toggle"]');
    await page.keyboard.press('Enter');
    expect(await page.isHidden('[data-testid="legend"]')).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.isVisible('[data-testid="legend"]')).toBe(true);
  });

  it('Carte: the hover tooltip gives the density unit', async () => {
    const { page } = session();
    const box = (await page.locator('[data-testid="map"]').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2 - 20, box.y + box.height / 2);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.locator('[data-testid="tooltip"]').waitFor();
    expect(await page.textContent('[data-testid="tooltip"]')).toMatch(
      /Densité de population : [\d\s\u202f]+ hab\.\/km²/,
    );
    await page.mouse.move(box.x + 2, box.y + box.height - 2);
  });

  it('Carte: the search highlight has its own colour and entry while it shows', async () => {
    const { page } = session();
    await page.fill('[data-testid="search-input"]', 'Bourg');
    await page.locator('[data-testid="search-results"] button').first().click();
    await waitForSections(page, ['search']);
    const [entry] = await entries(page, 'search');
    expect(entry).toMatch(/^Commune recherchée : /);
    expect(await page.textContent('[data-testid="commune-card"]')).toContain(
      entry!.replace('Commune recherchée : ', ''),
    );
    // Outlined in magenta on the map, a colour nothing else uses.
    expect(await pixelsNear(page, 'all', isSearchMagenta)).toBeGreaterThan(20);
    await shoot(page, 'recherche');
    await page.click('[data-testid="commune-card"] button');
    await waitForSections(page, ['choropleth'], ['search']);
  });

  it('Territoire: territory, outline and a contiguity problem marked over the whole commune', async () => {
    const { page } = session();
    await openTerritoryTab(page);
    await page.click('[data-testid="territory-new"]');
    await clickCommuneInto(page, 1);
    // A commune under the legend's usual corner: fold it to click there, then open it again.
    await page.click('[data-testid="map-legend-toggle"]');
    await clickCommuneInto(page, 2, 220, 60);
    await page.click('[data-testid="map-legend-toggle"]');
    await waitForSections(page, ['territory']);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="legend-territory"] li')].some((li) =>
        li.textContent?.startsWith('Problème de contiguïté'),
      ),
    );
    const territory = await entries(page, 'territory');
    expect(territory).toContain('Communes du territoire · 2 communes');
    expect(territory).toContain('Contour du territoire');
    expect(territory).toContain('Problème de contiguïté (morceau détaché, enclave) · 1 commune');
    expect(await page.textContent('[data-testid="territory-contiguity"]')).toMatch(
      /1 commune\(s\) quadrillée\(s\) et entourée\(s\) de tirets rouges sur la carte : /,
    );
    // The problem commune is red inside, not only on one edge of its boundary.
    const inside = Math.max(
      await pixelsNear(page, [0, 0], isProblemRed),
      await pixelsNear(page, [220, 60], isProblemRed),
    );
    expect(inside).toBeGreaterThan(4);
    // The legend moved to leave the territory visible: the communes clicked show the map.
    await page.waitForFunction(
      () =>
        document.querySelector<HTMLElement>('[data-testid="map-legend"]')?.dataset.corner !==
        'bottom-right',
    );
    const box = (await page.locator('[data-testid="map"]').boundingBox())!;
    for (const [dx, dy] of [
      [0, 0],
      [220, 60],
    ])
      expect(await tagAt(page, box.x + box.width / 2 + dx!, box.y + box.height / 2 + dy!)).toBe(
        'CANVAS',
      );
    await shoot(page, 'territoire');
  });

  it('Territoire: a CPTS overlapping another has the hatched overlap entry', async () => {
    const { page } = session();
    const names = (
      await page.locator('[data-testid="territory-from-cpts"] option').allTextContents()
    ).filter((n) => n !== 'choisir…');
    let overlapping = false;
    for (const name of names) {
      await page.selectOption('[data-testid="territory-from-cpts"]', { label: name });
      // The new territory is active and drawn with its communes.
      await page.waitForFunction((n) => {
        const select = document.querySelector<HTMLSelectElement>(
          '[data-testid="territory-select"]',
        );
        const label = select?.selectedOptions[0]?.textContent ?? '';
        const count = /\((\d+)\)$/.exec(label)?.[1];
        const map = document.querySelector<HTMLElement>('[data-testid="map"]');
        return (
          label.startsWith(n) && count !== undefined && map?.dataset.territoryCommunes === count
        );
      }, name);
      const roles = JSON.parse(
        (await page.getAttribute('[data-testid="map"]', 'data-territory-roles')) ?? '{}',
      ) as Record<string, number>;
      await waitForSections(page, ['territory']);
      const texts = await entries(page, 'territory');
      const overlapEntry = texts.find((t) => t.startsWith('Aussi dans une autre CPTS'));
      if (roles.overlap) {
        expect(overlapEntry).toBe(
          `Aussi dans une autre CPTS (chevauchement) · ${roles.overlap} commune${roles.overlap > 1 ? 's' : ''}`,
        );
        overlapping = true;
        break;
      }
      expect(overlapEntry).toBeUndefined();
    }
    expect(overlapping).toBe(true);
    await waitForMapReady(page);
    await shoot(page, 'territoire-chevauchement');
  });

  it('Territoire: a comparison keys only A / only B / both with the two territories’ names', async () => {
    const { page } = session();
    const activeLabel =
      (await page
        .locator('[data-testid="territory-select"] option:checked')
        .first()
        .textContent()) ?? '';
    const activeName = activeLabel.replace(/ \(\d+\)$/, '');
    // The « Comparer » section is folded by default.
    await page.evaluate(() => {
      for (const d of document.querySelectorAll('details'))
        if (d.querySelector('summary')?.textContent === 'Comparer') d.open = true;
    });
    const other = page.locator('[data-testid="territory-compare"] option').nth(1);
    const [otherId, otherName] = [await other.getAttribute('value'), await other.textContent()];
    await page.selectOption('[data-testid="territory-compare"]', otherId!);
    await page.locator('[data-testid="territory-comparison"]').waitFor();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="legend-territory"] li')].some(
        (li) =>
          li.textContent?.startsWith('Seulement dans «') || li.textContent?.startsWith('Dans «'),
      ),
    );
    const texts = await entries(page, 'territory');
    const roles = JSON.parse(
      (await page.getAttribute('[data-testid="map"]', 'data-territory-roles')) ?? '{}',
    ) as Record<string, number>;
    const count = (n: number) => `${n} commune${n > 1 ? 's' : ''}`;
    const expected = [
      roles['only-a'] && `Seulement dans « ${activeName} » · ${count(roles['only-a'])}`,
      roles['only-b'] && `Seulement dans « ${otherName} » · ${count(roles['only-b'])}`,
      roles.both && `Dans « ${activeName} » et dans « ${otherName} » · ${count(roles.both)}`,
    ].filter(Boolean);
    expect(expected.length).toBeGreaterThan(0);
    expect(texts).toEqual(expected);
    expect(texts.join(' ')).not.toMatch(/territoire (actif|comparé)/);
    await shoot(page, 'territoire-comparaison');
    await page.selectOption('[data-testid="territory-compare"]', '');
    await page.waitForFunction(
      () =>
        ![...document.querySelectorAll('[data-testid="legend-territory"] li')].some((li) =>
          li.textContent?.startsWith('Seulement dans «'),
        ),
    );
  });

  it('Flux PMSI: flow widths with the stays they stand for; lines turned off leave the legend', async () => {
    const { page } = session();
    await page.click('[data-testid="tab-flows"]');
    await waitForSections(page, ['flows'], ['territory']);
    const widths = await entries(page, 'flows');
    expect(widths.length).toBeGreaterThanOrEqual(1);
    for (const w of widths) expect(w).toMatch(/^[\d\s\u202f]+ séjours?$/);
    expect(await page.textContent('[data-testid="legend-flows"]')).toMatch(/\d+ lignes?/);
    await shoot(page, 'flux');
    await page.uncheck('[data-testid="flows-show-lines"]');
    await waitForSections(page, [], ['flows']);
    await page.check('[data-testid="flows-show-lines"]');
    await waitForSections(page, ['flows']);
  });

  it('Accès aux soins: the score with its unit', async () => {
    const { page } = session();
    await page.click('[data-testid="tab-access"]');
    await waitForSections(page, ['choropleth'], ['flows']);
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="access-profession"] option').length > 3,
    );
    await page.click('[data-testid="access-compute"]');
    await page.waitForFunction(() =>
      document
        .querySelector('[data-testid="legend"] .unit')
        ?.textContent?.includes('consultations par an'),
    );
    await shoot(page, 'acces');
  });

  it('Vue ARS: coverage 0 / 1 / 2+ and the chosen CPTS', async () => {
    const { page } = session();
    await page.click('[data-testid="tab-region"]');
    await page.waitForSelector('[data-testid="region-panel"][data-state="ready"]');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="legend"] h3')?.textContent?.includes('Couverture'),
    );
    expect(await entries(page, 'choropleth')).toHaveLength(3);
    const name = 'CPTS du Littoral Fictif';
    await page.click(`[data-testid="region-row"][data-name="${name}"]`);
    await waitForSections(page, ['region']);
    expect(await entries(page, 'region')).toEqual([name]);
    await waitForMapReady(page);
    await shoot(page, 'vue-ars');
    expect(session().problems).toEqual([]);
  });
});
