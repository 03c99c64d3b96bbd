/**
 * One import path: the same files through the app (Import panel → import worker → DuckDB-WASM →
 * the workbench in Chromium) and through the CLI (`perimetre territory --json`, Node) must give the
 * same figures. Case 1: the demo and one of its CPTS. Case 2: real open data of ../shared/data
 * (Manche contours, INSEE populations, GISCO hospitals placed by their position), territory
 * Sud-Manche (the two EPCI 200069425 and 200042604).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeShared, sharedPath } from '../support/shared-data';
import { waitForImportOutcome } from './import-outcome';
import { openApp, renderCount, RESULTS_DIR, waitForMapReady, type E2eSession } from './browser';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PROFESSIONS = [
  'gp',
  'doctors',
  'nurses',
  'physios',
  'pharmacists',
  'midwives',
  'dentists',
] as const;

interface Figures {
  population: number | null;
  communes: number;
  tranche: string;
  people: Record<string, number | null>;
  establishments: number | null;
}

function cli(args: string[]): Record<string, unknown> {
  const out = execFileSync('node', ['bin/perimetre.mjs', 'territory', ...args, '--json'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out) as Record<string, unknown>;
}

function cliFigures(json: Record<string, unknown>): Figures {
  const professions = json.professions as { key: string; people: number }[] | null;
  const establishments = json.establishments as { count: number }[] | null;
  return {
    population: json.population as number | null,
    communes: json.communeCount as number,
    tranche: String((json.tranche as { size: number } | null)?.size ?? ''),
    people: Object.fromEntries(
      PROFESSIONS.map((k) => [k, professions?.find((p) => p.key === k)?.people ?? null]),
    ),
    establishments: establishments?.reduce((s, e) => s + e.count, 0) ?? null,
  };
}

async function appFigures(page: Page): Promise<Figures> {
  const text = async (id: string) => (await page.textContent(`[data-testid="${id}"]`)) ?? '';
  const digits = (s: string) => (/\d/.test(s) ? Number(s.replace(/\D/g, '')) : null);
  const people: Record<string, number | null> = {};
  for (const k of PROFESSIONS) {
    const cells = await page.locator(`[data-testid="territory-prof-${k}"] td`).allTextContents();
    people[k] = cells.length > 2 ? Number(cells[1]) : null;
  }
  const rows = await page
    .locator('table[data-testid="territory-establishments"] tbody tr td:nth-child(2)')
    .allTextContents();
  const establishmentsTable = await page.locator('table[data-testid="territory-establishments"]');
  return {
    population: digits(await text('territory-population')),
    communes: Number(await text('territory-communes')),
    tranche: (await page.getAttribute('[data-testid="territory-tranche"]', 'data-size')) ?? '',
    people,
    establishments:
      (await establishmentsTable.count()) > 0 ? rows.reduce((s, r) => s + Number(r), 0) : null,
  };
}

async function waitForCommunes(page: Page, n: number): Promise<void> {
  await page.waitForFunction(
    (count) =>
      Number(document.querySelector('[data-testid="territory-communes"]')?.textContent) === count,
    n,
  );
}

describe('the CLI and the app give the same figures (demo)', () => {
  let session: E2eSession;
  beforeAll(async () => {
    session = await openApp();
    await session.page.goto(session.baseUrl);
    await waitForMapReady(session.page);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('for a CPTS of the demo', async () => {
    const { page } = session;
    const json = cli(['--territory', 'CPTS du Littoral Fictif']);
    await page.click('[data-testid="tab-territory"]');
    await page.waitForSelector('[data-testid="territory-panel"][data-status="ready"]');
    await page.selectOption('[data-testid="territory-from-cpts"]', 'CPTS du Littoral Fictif');
    await waitForCommunes(page, json.communeCount as number);
    const app = await appFigures(page);
    expect(app).toEqual(cliFigures(json));
    expect(app.people.gp).toBeGreaterThan(0);
    expect(session.problems).toEqual([]);
  });
});

describeShared('the CLI and the app give the same figures (real files)', () => {
  let session: E2eSession;
  let dir: string;
  const files = () => [
    sharedPath('geo', 'communes-cog2026', 'communes-50.geojson'),
    sharedPath('population', 'communes-france-cog2026.csv'),
    sharedPath('finess', 'hopitaux-gisco-2020-zones-50-01.geojson'),
  ];
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perimetre-parity-'));
    session = await openApp();
    await session.page.goto(session.baseUrl);
    await waitForMapReady(session.page);
  });
  afterAll(async () => {
    await session?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('for Sud-Manche on the Manche contours, INSEE populations and GISCO hospitals', async () => {
    const { page } = session;
    const population = fs.readFileSync(files()[1]!, 'utf8').split('\n');
    const header = population[0]!.split(',');
    const [iCode, iEpci] = [header.indexOf('code'), header.indexOf('epci')];
    const codes = population
      .slice(1)
      .map((l) => l.split(','))
      .filter((c) => c[iEpci] === '200069425' || c[iEpci] === '200042604')
      .map((c) => c[iCode]!);
    const list = path.join(dir, 'sud-manche.txt');
    fs.writeFileSync(list, codes.join('\n'));
    const json = cli(['--territory', list, ...files().flatMap((f) => ['--load', f])]);
    expect(json.communeCount).toBe(127);

    await page.click('[data-testid="tab-import"]');
    await page.setInputFiles('[data-testid="import-input"]', files());
    await page.waitForSelector('[data-testid="import-meta-2"]');
    const before = await renderCount(page);
    await page.check('[data-testid="import-drop-demo"]');
    await page.click('[data-testid="import-load"]');
    expect((await waitForImportOutcome(page)).outcome).toBe('loaded');
    await waitForMapReady(page, before + 1);
    await page.click('[data-testid="tab-territory"]');
    await page.waitForSelector('[data-testid="territory-panel"][data-status="ready"]');
    await page.click('[data-testid="territory-new"]');
    await page.selectOption('[data-testid="territory-epci"]', '200069425');
    await page.selectOption('[data-testid="territory-epci"]', '200042604');
    await waitForCommunes(page, 127);
    const app = await appFigures(page);
    await page.screenshot({ path: path.join(RESULTS_DIR, 'parity-sud-manche.png') });
    expect(app).toEqual(cliFigures(json));
    // 21 GISCO hospitals lie in Sud-Manche (test/fixtures/locate-establishments); no Annuaire loaded.
    expect(app.establishments).toBe(21);
    expect(app.people.gp).toBeNull();
    expect(session.problems).toEqual([]);
  });
});
