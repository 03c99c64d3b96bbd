/**
 * CSV exports of names that a spreadsheet would run as formulas (`=`, `+`, `-`, `@`): a CPTS list
 * whose names begin so, imported in Chromium with the demo contours, then every CSV the app
 * offers for it — the rejected lines of the import, the « Vue ARS » table, the commune list of
 * the CPTS opened in the workbench. Each cell must be neutralised as `csvCell` does
 * (src/core/export/csv.ts, OWASP « CSV Injection »: a leading `'`), and the CLI's CSV of the
 * same files must be the same bytes.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegionView } from '../../src/core/region/region-types';
import { RESULTS_DIR } from './browser';
import { useDemoSession } from './demo-session';
import { waitForImportOutcome } from './import-outcome';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/perimetre.mjs');
const CONTOURS = path.join(ROOT, 'data/demo/communes-96-fictif.geojson');
/** The file name begins with `@` too, so that the rejected-lines CSV has a cell to neutralise. */
const CPTS_FILE = '@cpts-injection.csv';
const HYPERLINK = '=HYPERLINK("http://x","y")';
const NAMES = [HYPERLINK, '+33 CPTS', '-CPTS Sud', '@SUM(1+1)'];

const run = (args: string[]) =>
  promisify(execFile)('node', [BIN, ...args], { cwd: ROOT, maxBuffer: 64 << 20 });

async function download(page: Page, testId: string): Promise<{ name: string; text: string }> {
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 0 }),
    page.click(`[data-testid="${testId}"]`),
  ]);
  const file = path.join(RESULTS_DIR, `csv-injection-${dl.suggestedFilename()}`);
  await dl.saveAs(file);
  return { name: dl.suggestedFilename(), text: fs.readFileSync(file, 'utf8') };
}

/** Cells of a `;` CSV (BOM and CRLF as the app writes them). */
function cells(text: string): string[][] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** Cells a spreadsheet would run as a formula (OWASP's characters, plain numbers excepted). */
const formulaCells = (rows: string[][]) =>
  rows.flat().filter((c) => /^[=+\-@\t\r]/.test(c) && !/^-?\d+(?:[.,]\d+)?$/.test(c));

describe('CSV exports neutralise names beginning with =, +, -, @', () => {
  const session = useDemoSession();
  let dir = '';
  let cptsPath = '';

  beforeAll(async () => {
    // Five demo communes per CPTS (codes from the CLI's own « Vue ARS » of the demo), and one
    // line whose code is a formula: rejected, so that the rejected-lines CSV exists.
    const { stdout } = await run(['region', '--json']);
    const demo = JSON.parse(stdout) as RegionView;
    const lines = ['Département;Code INSEE;Libellé commune;CPTS'];
    NAMES.forEach((name, i) => {
      const codes = demo.rows[i % demo.rows.length]!.codes.slice(i < 3 ? 0 : 5, i < 3 ? 5 : 10);
      for (const code of codes) lines.push(`96;${code};x;${name}`);
    });
    lines.push(`96;=1+1;x;${HYPERLINK}`);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perimetre-csv-injection-'));
    cptsPath = path.join(dir, CPTS_FILE);
    fs.writeFileSync(cptsPath, `${lines.join('\n')}\n`);
  });

  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('imports the list: the rejected-lines CSV has its file name neutralised, the CLI’s bytes', async () => {
    const { page } = session();
    await page.click('[data-testid="tab-import"]');
    await page.setInputFiles('[data-testid="import-input"]', [CONTOURS, cptsPath]);
    await page.waitForSelector('[data-testid="import-meta-1"]');
    await page.check('[data-testid="import-drop-demo"]');
    await page.click('[data-testid="import-load"]');
    // Both files loaded; the one bad line is reported, not a failure of the import.
    expect((await waitForImportOutcome(page)).outcome).toBe('loaded');
    expect(await page.textContent('[data-testid="import-reports"]')).toContain('« =1+1 »');
    // Only the CPTS list has a rejected line, hence a single download button.
    const buttons = page.locator('[data-testid^="import-rejected-csv-"]');
    expect(await buttons.count()).toBe(1);
    const testId = (await buttons.first().getAttribute('data-testid'))!;
    const app = await download(page, testId);
    const rows = cells(app.text);
    expect(rows[0]).toEqual(['fichier', 'ligne', 'colonne', 'motif', 'message']);
    // `perimetre inspect --rejets` writes the same bytes for the same file.
    const out = path.join(dir, 'rejets.csv');
    await run(['inspect', cptsPath, '--rejets', out]);
    expect(fs.readFileSync(out, 'utf8')).toBe(app.text);
    expect(rows).toHaveLength(2);
    expect(rows[1]![0]).toBe(`'${CPTS_FILE}`);
    expect(rows[1]![1]).toBe(String(NAMES.length * 5 + 2));
    expect(rows[1]![4]).toMatch(/^'@cpts-injection\.csv, ligne 22, colonne Code INSEE : /);
    expect(rows[1]![4]).toContain('« =1+1 »');
    expect(formulaCells(rows)).toEqual([]);
    expect(session().problems).toEqual([]);
  });

  it('exports the Vue ARS table with each name as text, the CLI’s bytes', async () => {
    const { page } = session();
    await page.click('[data-testid="tab-region"]');
    await page.waitForSelector('[data-testid="region-panel"][data-state="ready"]');
    const app = await download(page, 'region-export-csv');
    const rows = cells(app.text);
    expect(rows[0]![0]).toBe('CPTS');
    expect(
      rows
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(NAMES.map((n) => `'${n}`).sort());
    expect(formulaCells(rows)).toEqual([]);
    // The raw cell of the HYPERLINK name: quoted (it holds `"`), apostrophe first.
    expect(app.text).toContain(`\r\n"'=HYPERLINK(""http://x"",""y"")";5;`);

    const out = path.join(dir, 'region.csv');
    await run(['region', '--load', CONTOURS, '--load', cptsPath, '--csv', out]);
    expect(fs.readFileSync(out, 'utf8')).toBe(app.text);
    expect(session().problems).toEqual([]);
  });

  it('opens the =HYPERLINK CPTS in the workbench and exports its communes, the CLI’s bytes', async () => {
    const { page } = session();
    await page.click(`[data-testid="region-row"][data-name=${JSON.stringify(HYPERLINK)}]`);
    await page.waitForSelector(
      `[data-testid="region-selection"][data-name=${JSON.stringify(HYPERLINK)}]`,
    );
    await page.click('[data-testid="region-open"]');
    await page.waitForSelector('[data-testid="territory-panel"][data-status="ready"]');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="territory-communes"]')?.textContent === '5',
    );
    expect(await page.inputValue('[data-testid="territory-name"]')).toBe(HYPERLINK);
    const app = await download(page, 'export-csv');
    // The name reaches the file name only as a slug, with no formula character.
    expect(app.name).toMatch(/^hyperlink-http-x-y-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = cells(app.text);
    expect(rows).toHaveLength(6);
    expect(formulaCells(rows)).toEqual([]);

    const out = path.join(dir, 'territory.csv');
    await run([
      'export',
      '--territory',
      HYPERLINK,
      '--load',
      CONTOURS,
      '--load',
      cptsPath,
      '--csv',
      out,
    ]);
    expect(fs.readFileSync(out, 'utf8')).toBe(app.text);
    expect(session().problems).toEqual([]);
  });
});
