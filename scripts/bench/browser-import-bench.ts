/**
 * Import at scale in headless Chromium (issue « National scale », goal « browser import rows/s /
 * DuckDB-WASM `read_csv` alone on the same file ≥ 0.7× »): a page built by Vite from the app's own
 * modules (`browser-import/page.ts`) imports the user's `File` as the app does (import worker,
 * DuckDB-WASM reading the file handle, rules per distinct value, rows appended by SQL, commit),
 * then reads the same file with DuckDB-WASM `read_csv` alone, in the same page and the same
 * DuckDB. Files as in `import-bench.ts` (Annuaire Santé 2 M rows, PMSI 1 M; `BENCH_RPPS_ROWS`,
 * `BENCH_PMSI_ROWS`), runs `BENCH_RUNS` (default 3). Wall time in the page, CPU of every browser
 * process (CDP `SystemInfo.getProcessInfo`), p50 and p95.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { findChromium } from '../../test/e2e/browser';
import { pmsi, writeAnnuaire } from './import-bench';
import { percentile } from './stats';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TMP = path.join(ROOT, '.bench-tmp');
const OUT_DIR = `.e2e-build/bench-import-${process.pid}`;
const PAGE = 'scripts/bench/browser-import/index.html';
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const GOAL = 0.7;

interface Timed {
  rows: number;
  wallMs: number[];
  cpuMs: number[];
}

async function browserCpuMs(browser: Browser): Promise<number> {
  const cdp = await browser.newBrowserCDPSession();
  const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as {
    processInfo: { cpuTime: number }[];
  };
  await cdp.detach();
  return processInfo.reduce((sum, p) => sum + p.cpuTime, 0) * 1000;
}

async function timeInPage(browser: Browser, page: Page, run: () => Promise<number>) {
  const out: Timed = { rows: 0, wallMs: [], cpuMs: [] };
  for (let i = 0; i < RUNS; i++) {
    const cpu = await browserCpuMs(browser);
    const start = performance.now();
    out.rows = await run();
    out.wallMs.push(performance.now() - start);
    out.cpuMs.push((await browserCpuMs(browser)) - cpu);
  }
  return out;
}

const fr = (n: number) => Math.round(n).toLocaleString('fr-FR');

function line(label: string, t: Timed): number {
  const rate = t.rows / (percentile(t.wallMs, 50) / 1000);
  const ms = (v: number) => `${fr(v)} ms`;
  console.log(
    `  ${label.padEnd(62)} ${fr(t.rows)} lignes, ${fr(rate)} lignes/s ; mur p50 ${ms(percentile(t.wallMs, 50))} p95 ${ms(percentile(t.wallMs, 95))} ; ` +
      `CPU p50 ${ms(percentile(t.cpuMs, 50))} p95 ${ms(percentile(t.cpuMs, 95))}`,
  );
  return rate;
}

async function suite(browser: Browser, page: Page, label: string, file: string, delim: string) {
  console.log(`\n${label} : ${(fs.statSync(file).size / 1e6).toFixed(0)} Mo, ${RUNS} essai(s)`);
  await page.setInputFiles('#file', file);
  const ours = line(
    'Chromium : notre import (DuckDB-WASM lit le File)',
    await timeInPage(browser, page, () =>
      page.evaluate(() =>
        (window as unknown as { benchImport: () => Promise<number> }).benchImport(),
      ),
    ),
  );
  const alone = line(
    'Chromium : DuckDB-WASM read_csv seul (toutes colonnes VARCHAR)',
    await timeInPage(browser, page, () =>
      page.evaluate(
        (d) =>
          (window as unknown as { benchReadCsv: (d: string) => Promise<number> }).benchReadCsv(d),
        delim,
      ),
    ),
  );
  const r = ours / alone;
  console.log(
    `  objectif navigateur / read_csv DuckDB-WASM ≥ ${GOAL} × : ${fr(ours)} lignes/s face à ${fr(alone)} (${r.toFixed(2)} ×) : ${r >= GOAL ? 'PASS' : 'FAIL'}`,
  );
}

export async function run(): Promise<void> {
  await build({
    root: ROOT,
    configFile: false,
    logLevel: 'warn',
    worker: { format: 'es' },
    build: { outDir: OUT_DIR, emptyOutDir: true, target: 'es2022', rollupOptions: { input: PAGE } },
  });
  const server = await preview({
    root: ROOT,
    configFile: false,
    logLevel: 'warn',
    build: { outDir: OUT_DIR },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'perimetre-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'],
  });
  fs.mkdirSync(TMP, { recursive: true });
  const rpps = path.join(TMP, 'PS_LibreAcces_Personne_activite_202601010000.txt');
  const stays = path.join(TMP, 'pmsi-bench.csv');
  try {
    const browser = context.browser();
    if (!browser) throw new Error('Navigateur introuvable pour CDP');
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(0);
    page.on('pageerror', (e) => console.log(`  erreur de page : ${e.message}`));
    await page.goto(`${server.resolvedUrls?.local[0] ?? ''}${PAGE}`);
    await page.waitForFunction(() => (window as unknown as { benchReady?: unknown }).benchReady);
    await page.evaluate(() => (window as unknown as { benchReady: Promise<boolean> }).benchReady);
    const rppsRows = Number(process.env.BENCH_RPPS_ROWS ?? 2_000_000);
    const pmsiRows = Number(process.env.BENCH_PMSI_ROWS ?? 1_000_000);
    const what = writeAnnuaire(rpps, rppsRows);
    pmsi(stays, pmsiRows);
    await suite(browser, page, `${what}, ${fr(rppsRows)} lignes`, rpps, '|');
    await suite(browser, page, `PMSI, ${fr(pmsiRows)} lignes`, stays, ';');
  } finally {
    await context.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    fs.rmSync(profile, { recursive: true, force: true });
    fs.rmSync(path.join(ROOT, OUT_DIR), { recursive: true, force: true });
    fs.rmSync(rpps, { force: true });
    fs.rmSync(stays, { force: true });
  }
}
