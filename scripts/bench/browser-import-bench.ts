/**
 * Import at scale in headless Chromium (issue « National scale », goal « browser import rows/s /
 * DuckDB-WASM `read_csv` alone on the same file ≥ 0.7× »): a page built by Vite from the app's own
 * modules (`browser-import/page.ts`) imports the user's `File` as the app does (import worker,
 * DuckDB-WASM reading the file handle, rules per distinct value, rows appended by SQL, commit),
 * then reads the same file with DuckDB-WASM `read_csv` alone, in the same page and the same
 * DuckDB. Files as in `import-bench.ts` (Annuaire Santé 2 M rows, PMSI 1 M; `BENCH_RPPS_ROWS`,
 * `BENCH_PMSI_ROWS`, 0 leaves a file out), runs `BENCH_RUNS` (default 3), ours and `read_csv`
 * alone in turn, after one `read_csv` alone that is not counted (memory growth of a fresh
 * DuckDB). Wall time in the page, CPU of every browser process (CDP `SystemInfo.getProcessInfo`),
 * p50 and p95; the profile of the last run (time per DuckDB-WASM statement, time outside DuckDB)
 * and, with `BENCH_TRACE=1`, one more traced run of our import (busy time of each browser thread).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { findChromium } from '../../test/e2e/browser';
import { pmsi, writeAnnuaire } from './import-bench';
import { percentile } from './stats';
import type { TimedCall } from './browser-import/timed-connector';
import { summariseTrace, type TraceEvent } from './trace-summary';

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

/** One timed run in the page: its rows, wall and CPU time are added to `out`. */
async function timeOnce(browser: Browser, out: Timed, run: () => Promise<number>): Promise<void> {
  const cpu = await browserCpuMs(browser);
  const start = performance.now();
  out.rows = await run();
  out.wallMs.push(performance.now() - start);
  out.cpuMs.push((await browserCpuMs(browser)) - cpu);
}

const fr = (n: number) => Math.round(n).toLocaleString('fr-FR');

function line(label: string, t: Timed): { wall: number; cpu: number } {
  const rate = t.rows / (percentile(t.wallMs, 50) / 1000);
  const ms = (v: number) => `${fr(v)} ms`;
  console.log(
    `  ${label.padEnd(62)} ${fr(t.rows)} lignes, ${fr(rate)} lignes/s ; mur p50 ${ms(percentile(t.wallMs, 50))} p95 ${ms(percentile(t.wallMs, 95))} ; ` +
      `CPU p50 ${ms(percentile(t.cpuMs, 50))} p95 ${ms(percentile(t.cpuMs, 95))}`,
  );
  return { wall: rate, cpu: t.rows / (percentile(t.cpuMs, 50) / 1000) };
}

/** The connector calls of a run in the page (`benchProfile`). */
interface Profile {
  calls: TimedCall[];
  totalMs: number;
}

function lastProfile(page: Page): Promise<Profile> {
  return page.evaluate(() => (window as unknown as { benchProfile: () => Profile }).benchProfile());
}

/**
 * Where the last run spent its wall time: DuckDB-WASM calls summed per statement (largest first),
 * and the rest (the import worker's own work, round trips between workers, waits).
 */
function printProfile({ calls, totalMs }: Profile): void {
  const byLabel = new Map<string, { ms: number; n: number }>();
  for (const c of calls) {
    const s = byLabel.get(c.label) ?? { ms: 0, n: 0 };
    s.ms += c.ms;
    s.n += 1;
    byLabel.set(c.label, s);
  }
  const inDuckDb = calls.reduce((sum, c) => sum + c.ms, 0);
  console.log(
    `    profil du dernier essai : ${fr(totalMs)} ms, dont ${fr(inDuckDb)} ms dans DuckDB-WASM (${calls.length} appels), ${fr(totalMs - inDuckDb)} ms hors DuckDB`,
  );
  const sorted = [...byLabel].sort((a, b) => b[1].ms - a[1].ms);
  for (const [label, s] of sorted.filter(([, s]) => s.ms >= Math.max(5, totalMs / 200)))
    console.log(`      ${fr(s.ms).padStart(7)} ms ${s.n > 1 ? `(${s.n}×) ` : ''}${label}`);
}

/**
 * One more run of `run` under CDP Tracing (`BENCH_TRACE=1`): the busy time of every browser thread
 * (page, import worker, DuckDB worker), so the profile says which thread holds the time.
 */
async function traced(browser: Browser, run: () => Promise<number>): Promise<void> {
  if (process.env.BENCH_TRACE !== '1') return;
  const cdp = await browser.newBrowserCDPSession();
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'v8', 'toplevel'] },
  });
  await run();
  const finished = new Promise<void>((resolve) =>
    cdp.once('Tracing.tracingComplete', () => resolve()),
  );
  await cdp.send('Tracing.end');
  await finished;
  await cdp.detach();
  console.log('    passage tracé — temps occupé par fil :');
  for (const row of summariseTrace(events)) console.log(`      ${row}`);
}

/**
 * Our import and `read_csv` alone, run in turn (ours, alone, ours, alone…) so that the load of a
 * shared machine weighs on both alike; the ratio of rows/s by wall time is the goal's, the ratio by
 * CPU time of the browser's processes is printed beside it (less sensitive to that load).
 */
async function suite(browser: Browser, page: Page, label: string, file: string, delim: string) {
  console.log(`\n${label} : ${(fs.statSync(file).size / 1e6).toFixed(0)} Mo, ${RUNS} essai(s)`);
  await page.setInputFiles('#file', file);
  const importRun = () =>
    page.evaluate(() =>
      (window as unknown as { benchImport: () => Promise<number> }).benchImport(),
    );
  const readCsvRun = () =>
    page.evaluate(
      (d) =>
        (window as unknown as { benchReadCsv: (d: string) => Promise<number> }).benchReadCsv(d),
      delim,
    );
  const oursTimed: Timed = { rows: 0, wallMs: [], cpuMs: [] };
  const aloneTimed: Timed = { rows: 0, wallMs: [], cpuMs: [] };
  let oursProfile: Profile | null = null;
  let aloneProfile: Profile | null = null;
  // The first big statement of a DuckDB-WASM pays for growing its memory (pages touched for the
  // first time): one `read_csv` alone, not counted, so that this cost falls on neither side.
  const warmStart = performance.now();
  await readCsvRun();
  console.log(
    `  mise en route (read_csv seul, non compté) : ${fr(performance.now() - warmStart)} ms`,
  );
  for (let i = 0; i < RUNS; i++) {
    await timeOnce(browser, oursTimed, importRun);
    oursProfile = await lastProfile(page);
    await timeOnce(browser, aloneTimed, readCsvRun);
    aloneProfile = await lastProfile(page);
  }
  const ours = line('Chromium : notre import (DuckDB-WASM lit le File)', oursTimed);
  if (oursProfile) printProfile(oursProfile);
  await traced(browser, importRun);
  const alone = line('Chromium : DuckDB-WASM read_csv seul (toutes colonnes VARCHAR)', aloneTimed);
  if (aloneProfile) printProfile(aloneProfile);
  const r = ours.wall / alone.wall;
  const rCpu = ours.cpu / alone.cpu;
  console.log(
    `  objectif navigateur / read_csv DuckDB-WASM ≥ ${GOAL} × : ${fr(ours.wall)} lignes/s face à ${fr(alone.wall)} (${r.toFixed(2)} ×) : ${r >= GOAL ? 'PASS' : 'FAIL'}` +
      ` ; par temps CPU : ${rCpu.toFixed(2)} ×`,
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
    if (rppsRows > 0) {
      const what = writeAnnuaire(rpps, rppsRows);
      await suite(browser, page, `${what}, ${fr(rppsRows)} lignes`, rpps, '|');
    }
    if (pmsiRows > 0) {
      pmsi(stays, pmsiRows);
      await suite(browser, page, `PMSI, ${fr(pmsiRows)} lignes`, stays, ';');
    }
  } finally {
    await context.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    fs.rmSync(profile, { recursive: true, force: true });
    fs.rmSync(path.join(ROOT, OUT_DIR), { recursive: true, force: true });
    fs.rmSync(rpps, { force: true });
    fs.rmSync(stays, { force: true });
  }
}
