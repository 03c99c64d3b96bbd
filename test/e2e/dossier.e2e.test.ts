/**
 * The dossier « Diagnostic territorial » as a promoter gets it: built from the « Dossier » button
 * of the workbench in Chromium, printed to A4 with Chromium's `page.pdf()`, read back with
 * `pdftotext` (poppler-utils). Checks: at most 4 pages before the commune annex; the population
 * exactly as the panel shows it; the loaded files' names; the glossary; « DONNÉES FICTIVES » on
 * every page of the demo; the same figures as `perimetre dossier` on the same files; without an
 * Annuaire Santé, « non disponible » and no professional count at all.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { renderCount, RESULTS_DIR, waitForMapReady, type E2eSession } from './browser';
import { clickCommuneInto, openTerritoryTab, useDemoSession } from './demo-session';
import { waitForImportOutcome } from './import-outcome';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CPTS = 'CPTS du Littoral Fictif';
const DEMO = path.join(ROOT, 'data', 'demo');

/** Spaces as one ASCII space (Intl writes U+202F between thousands, pdftotext may keep it). */
const flat = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ');

/** The `data-figure` values of a dossier. */
function figures(html: string): Record<string, string> {
  return Object.fromEntries(
    [...html.matchAll(/data-figure="([^"]+)">([^<]*)</g)].map((m) => [m[1]!, flat(m[2]!)]),
  );
}

/** Clicks « Dossier » and returns the downloaded HTML. */
async function downloadDossier(page: Page, name: string): Promise<string> {
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.click('[data-testid="export-dossier"]'),
  ]);
  expect(dl.suggestedFilename()).toMatch(/^diagnostic-.+-\d{4}-\d{2}-\d{2}\.html$/);
  const file = path.join(RESULTS_DIR, `dossier-${name}.html`);
  await dl.saveAs(file);
  return fs.readFileSync(file, 'utf8');
}

/** Prints the HTML to an A4 PDF with Chromium and returns the text of each page. */
async function printPages(session: E2eSession, html: string, name: string): Promise<string[]> {
  const page = await session.context.newPage();
  await page.setContent(html, { waitUntil: 'load' });
  const pdf = path.join(RESULTS_DIR, `dossier-${name}.pdf`);
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  await page.close();
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  return Array.from({ length: pages }, (_, i) =>
    flat(
      execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', pdf, '-'], {
        encoding: 'utf8',
      }),
    ),
  );
}

describe('the dossier « Diagnostic territorial »', () => {
  const demo = useDemoSession();

  it('prints a CPTS of the demo on A4 with its figures, sources and glossary, like the CLI', async () => {
    const session = demo();
    const { page } = session;
    await openTerritoryTab(page);
    await page.selectOption('[data-testid="territory-from-cpts"]', CPTS);
    const cli = execFileSync(
      'node',
      ['bin/perimetre.mjs', 'dossier', '--territory', CPTS, '--json'],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const cliCount = (JSON.parse(cli) as { communes: unknown[] }).communes.length;
    await page.waitForFunction(
      (n) =>
        Number(document.querySelector('[data-testid="territory-communes"]')?.textContent) === n,
      cliCount,
    );
    const population = flat(
      (await page.textContent('[data-testid="territory-population"]'))!.replace(/ hab\.$/, ''),
    );
    // The CPTS it started from is its own perimeter: not listed as an overlap, and said so.
    expect(await page.textContent('[data-testid="territory-overlaps"]')).not.toContain(CPTS);
    expect(await page.textContent('[data-testid="territory-started-from"]')).toContain(
      `« ${CPTS} »`,
    );
    const html = await downloadDossier(page, 'demo');
    expect(html).toContain(`Le territoire est parti de la CPTS « ${CPTS} »`);
    const pages = await printPages(session, html, 'demo');
    await page.screenshot({ path: path.join(RESULTS_DIR, 'dossier-demo-panel.png') });

    const annex = pages.findIndex((p) => p.includes('Annexe — communes du territoire'));
    expect(annex).toBeGreaterThanOrEqual(1);
    expect(annex).toBeLessThanOrEqual(4); // pages 1–4 before the annex
    for (const p of pages) expect(p).toContain('DONNÉES FICTIVES');
    const all = pages.join(' ');
    expect(all).toContain(`${population} habitants`);
    for (const file of [
      'communes-96-fictif.geojson',
      'populations-legales-2021-96-fictif.csv',
      'PS_LibreAcces_Personne_activite_fictif.txt',
      'pmsi-sejours-2023-96-fictif.csv',
      'finess-etablissements-96-fictif.csv',
    ])
      expect(all).toContain(file);
    for (const term of ['Glossaire', 'Taux d’autarcie', 'Cases masquées', 'Tranche ACI', 'E2SFCA'])
      expect(all).toContain(term);
    expect(all).toMatch(/établi le \d{1,2}(er)? [a-zéû]+ \d{4}/);

    // The same figures as `perimetre dossier` on the same (demo) files.
    const out = path.join(RESULTS_DIR, 'dossier-demo-cli.html');
    execFileSync('node', ['bin/perimetre.mjs', 'dossier', '--territory', CPTS, '--out', out], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const app = figures(html);
    expect(app.population).toBe(population);
    expect(Object.keys(app)).toEqual(
      expect.arrayContaining(['autarcie', 'access-score', 'professionals-gp', 'tranche']),
    );
    expect(app).toEqual(figures(fs.readFileSync(out, 'utf8')));
    expect(session.problems).toEqual([]);
  });

  it('says « non disponible » without an Annuaire Santé, and prints no professional count', async () => {
    const session = demo();
    const { page } = session;
    await page.click('[data-testid="tab-import"]');
    await page.setInputFiles('[data-testid="import-input"]', [
      path.join(DEMO, 'communes-96-fictif.geojson'),
      path.join(DEMO, 'populations-legales-2021-96-fictif.csv'),
    ]);
    await page.waitForSelector('[data-testid="import-meta-1"]');
    const before = await renderCount(page);
    await page.check('[data-testid="import-drop-demo"]');
    await page.click('[data-testid="import-load"]');
    expect((await waitForImportOutcome(page)).outcome).toBe('loaded');
    await waitForMapReady(page, before + 1);
    await openTerritoryTab(page);
    await page.click('[data-testid="territory-new"]');
    await clickCommuneInto(page, 1);
    const html = await downloadDossier(page, 'sans-annuaire');
    const pages = await printPages(session, html, 'sans-annuaire');
    const all = pages.join(' ');
    expect(all).toContain('non disponible — chargez l’Annuaire Santé');
    expect(all).toContain('non disponible — chargez les séjours PMSI');
    expect(Object.keys(figures(html)).filter((k) => k.startsWith('professionals-'))).toEqual([]);
    expect(html).not.toMatch(/Médecins généralistes<\/td><td class="n">0</);
    expect(all).toContain('populations-legales-2021-96-fictif.csv');
    expect(session.problems).toEqual([]);
  });
});
