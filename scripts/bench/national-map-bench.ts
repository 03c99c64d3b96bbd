/**
 * National map benchmark (issue « échelle nationale », parts 1, 5 and 7), in headless Chromium with
 * the built app, baselines measured in the same run and the same browser:
 * - first ready map of the 34,868 communes (navigation -> `data-state="ready"`) against a plain
 *   MapLibre page drawing the same GeoJSON (navigation -> first idle with the communes drawn);
 * - recolour (indicator change -> map idle) against a plain `setPaintProperty` recolour;
 * - main-thread JS heap (CDP `Runtime.getHeapUsage` after a GC) and renderer RSS (`/proc` of the
 *   renderer found by CDP `SystemInfo.getProcessInfo`) after the national layer, against the plain page;
 * Wall and CPU (all Chromium processes, `cpuTime` of `SystemInfo.getProcessInfo`), p50 and p95.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { CDPSession, Page } from 'playwright-core';
import { toFlatGeometries } from '../../src/core/geo/flat-geometries';
import { computeLandMasses } from '../../src/core/geo/land-masses';
import { openApp, waitForMapReady, type E2eSession } from '../../test/e2e/browser';
import { benchDataPlugin, SHARED_DIR, type ServedDataset } from './map-bench';
import { plainMapPagePlugin } from './plain-map-page';
import { percentile } from './stats';

interface Sample {
  wallMs: number;
  cpuMs: number;
  heapMb: number;
  rssMb: number;
  rendered: number;
  recolourMs: number[];
}

/** CPU seconds of every process of the browser, and the RSS (MB) of its biggest renderer. */
async function browserUsage(
  session: E2eSession,
): Promise<{ cpuMs: number; rendererRssMb: number }> {
  const browser = session.context.browser();
  if (!browser) throw new Error('Navigateur introuvable pour CDP');
  const cdp = await browser.newBrowserCDPSession();
  const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as {
    processInfo: { type: string; id: number; cpuTime: number }[];
  };
  await cdp.detach();
  let rss = 0;
  for (const p of processInfo.filter((p) => p.type === 'renderer')) {
    const status = fs.readFileSync(`/proc/${p.id}/status`, 'utf8');
    rss = Math.max(rss, Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
  }
  return { cpuMs: processInfo.reduce((s, p) => s + p.cpuTime, 0) * 1000, rendererRssMb: rss };
}

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 2 ** 20;
}

/** Opens `url` in a new page (its own renderer), waits for `ready`, measures, then recolours. */
async function measurePage(
  session: E2eSession,
  url: string,
  ready: (page: Page) => Promise<number>,
  recolour: (page: Page) => Promise<number>,
  recolours: number,
): Promise<Sample> {
  for (const old of session.context.pages()) await old.close();
  const page = await session.context.newPage();
  page.setDefaultTimeout(0);
  page.on('pageerror', (e) => session.problems.push(`erreur de page : ${e.message}`));
  const cdp = await session.context.newCDPSession(page);
  const before = await browserUsage(session);
  const start = Date.now();
  await page.goto(url);
  const rendered = await ready(page);
  const wallMs = Date.now() - start;
  const after = await browserUsage(session);
  const sample: Sample = {
    wallMs,
    cpuMs: after.cpuMs - before.cpuMs,
    heapMb: await heapMb(cdp),
    rssMb: after.rendererRssMb,
    rendered,
    recolourMs: [],
  };
  for (let i = 0; i < recolours; i++) sample.recolourMs.push(await recolour(page));
  await cdp.detach();
  return sample;
}

async function appReady(page: Page): Promise<number> {
  await waitForMapReady(page, 1);
  return Number(await page.getAttribute('[data-testid="map"]', 'data-rendered-communes'));
}

/** Switches the indicator (population <-> density) and times it until the map is ready again. */
async function appRecolour(page: Page): Promise<number> {
  const select = page.locator('[data-testid="indicator-picker"]');
  return select.evaluate(
    (el) =>
      new Promise<number>((resolve) => {
        const map = document.querySelector<HTMLElement>('[data-testid="map"]') as HTMLElement;
        const count = Number(map.dataset.renderCount ?? 0);
        const select = el as HTMLSelectElement;
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (map.dataset.state !== 'ready' || Number(map.dataset.renderCount) <= count) return;
          observer.disconnect();
          resolve(performance.now() - start);
        });
        observer.observe(map, { attributes: true });
        // React tracks the value it set: go through the prototype's setter so that it sees a change.
        const setValue = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set;
        setValue?.call(select, select.value === 'population' ? 'density' : 'population');
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }),
  );
}

async function plainReady(page: Page): Promise<number> {
  // A console error (a script refused, a failed fetch) means no idle will come: fail, do not wait.
  const failed = new Promise<never>((_, reject) =>
    page.on('console', (m) => {
      if (m.type() === 'error') reject(new Error(`Page MapLibre simple : ${m.text()}`));
    }),
  );
  await Promise.race([
    page.waitForFunction(() => (window as { plainReadyMs?: number }).plainReadyMs),
    failed,
  ]);
  return page.evaluate(() => (window as unknown as { plainRendered: number }).plainRendered);
}

const plainRecolour = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { plainRecolour: () => Promise<number> }).plainRecolour(),
  );

/** Recolours timed per page load. */
const RECOLOURS = 3;

const fmt = (v: number) => `${v.toFixed(0).padStart(6)}`;
const p50 = (v: number[]) => percentile(v, 50);
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

function line(label: string, values: number[], unit = 'ms'): void {
  console.log(
    `${label.padEnd(60)} p50 ${fmt(p50(values))} ${unit}  p95 ${fmt(percentile(values, 95))} ${unit}  (${values.map((v) => v.toFixed(0)).join(', ')})`,
  );
}

/** Runs the national map comparison (`runs` of each page) and prints each figure beside its goal. */
export async function benchNationalMap(
  dataset: ServedDataset,
  geojsonPath: string,
  runs: number,
): Promise<void> {
  const collection = JSON.parse(fs.readFileSync(geojsonPath, 'utf8')) as FeatureCollection<
    Polygon | MultiPolygon,
    { code: string }
  >;
  const [main] = computeLandMasses(
    toFlatGeometries(
      collection.features.map((f) => ({ code: f.properties.code, geometry: f.geometry })),
    ),
  );
  const geojsonName = dataset.files.find((f) => f.path === geojsonPath)?.name ?? '';
  const session = await openApp([benchDataPlugin(dataset), plainMapPagePlugin()]);
  const app: Sample[] = [];
  const plain: Sample[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      console.log(`  passage ${i + 1}/${runs} : app…`);
      app.push(
        await measurePage(
          session,
          `${session.baseUrl}?data=/bench-data/manifest.json`,
          appReady,
          appRecolour,
          RECOLOURS,
        ),
      );
      const box = await session.context.pages()[0]?.locator('[data-testid="map"]').boundingBox();
      const query = new URLSearchParams({
        geojson: `/bench-data/${geojsonName}`,
        bounds: JSON.stringify(main?.bounds),
        w: String(Math.round(box?.width ?? 900)),
        h: String(Math.round(box?.height ?? 700)),
      });
      console.log(`  passage ${i + 1}/${runs} : page MapLibre simple…`);
      plain.push(
        await measurePage(
          session,
          `${session.baseUrl}bench-plain/?${query}`,
          plainReady,
          plainRecolour,
          RECOLOURS,
        ),
      );
    }
  } finally {
    if (session.problems.length)
      console.warn('Anomalies pendant la mesure :', session.problems.slice(0, 5));
    await session.close();
  }
  const get = (s: Sample[], k: 'wallMs' | 'cpuMs' | 'heapMb' | 'rssMb') => s.map((x) => x[k]);
  console.log(
    `Communes dessinées à l’écran : app ${app[0]?.rendered}, page MapLibre simple ${plain[0]?.rendered}`,
  );
  line('Carte France, 1re carte prête (app) — mur', get(app, 'wallMs'));
  line('Carte France, 1re carte prête (app) — CPU Chromium', get(app, 'cpuMs'));
  line('Page MapLibre simple GeoJSON, 1er idle — mur', get(plain, 'wallMs'));
  line('Page MapLibre simple GeoJSON, 1er idle — CPU Chromium', get(plain, 'cpuMs'));
  const ready = p50(get(app, 'wallMs')) / p50(get(plain, 'wallMs'));
  console.log(
    `  rapport 1re carte prête / page simple (mur p50) : ×${ready.toFixed(2)}   objectif ≤ 0,4× : ${verdict(ready <= 0.4)}`,
  );
  const readyCpu = p50(get(app, 'cpuMs')) / p50(get(plain, 'cpuMs'));
  console.log(`  rapport 1re carte prête / page simple (CPU p50) : ×${readyCpu.toFixed(2)}`);
  const appRecolours = app.flatMap((s) => s.recolourMs);
  const plainRecolours = plain.flatMap((s) => s.recolourMs);
  line('Recoloriage France (app, changement d’indicateur -> prête)', appRecolours);
  line('Recoloriage page simple (setPaintProperty -> idle)', plainRecolours);
  const recolour = p50(appRecolours) / p50(plainRecolours);
  console.log(
    `  rapport recoloriage (p50) : ×${recolour.toFixed(2)}   objectif ≤ 0,2× : ${verdict(recolour <= 0.2)}`,
  );
  line('Tas JS (fil principal) après la couche France — app', get(app, 'heapMb'), 'Mo');
  line('Tas JS (fil principal) — page simple', get(plain, 'heapMb'), 'Mo');
  line('RSS du rendu après la couche France — app', get(app, 'rssMb'), 'Mo');
  line('RSS du rendu — page simple', get(plain, 'rssMb'), 'Mo');
  const heap = p50(get(app, 'heapMb')) / p50(get(plain, 'heapMb'));
  const rss = p50(get(app, 'rssMb')) / p50(get(plain, 'rssMb'));
  console.log(
    `  rapport mémoire app / page simple : tas ×${heap.toFixed(2)}, RSS ×${rss.toFixed(2)}   objectif ≤ 1,5× : ${verdict(heap <= 1.5 && rss <= 1.5)}`,
  );
}

/** The 34,868 communes of France (simplified contours, COG 2026) of ../shared/data. */
export const NATIONAL_GEOJSON = path.join(
  SHARED_DIR,
  'geo/national-cog2026/communes-france-cog2026-simplifie.geojson',
);
/** INSEE populations of the same communes. */
export const NATIONAL_POPULATION = path.join(SHARED_DIR, 'population/communes-france-cog2026.csv');

/** Contours and populations of France served to the app through a `?data=` manifest. */
export const NATIONAL_DATASET: ServedDataset = {
  title: 'France entière (communes COG 2026 simplifiées)',
  files: [
    { name: path.basename(NATIONAL_GEOJSON), path: NATIONAL_GEOJSON, kind: 'communes' },
    { name: path.basename(NATIONAL_POPULATION), path: NATIONAL_POPULATION, kind: 'population' },
  ],
};

/** The national map suite alone (`npm run bench -- "Carte nationale"`). */
export async function run(): Promise<void> {
  if (!fs.existsSync(NATIONAL_GEOJSON)) {
    console.log(`France entière : NON MESURÉ (${NATIONAL_GEOJSON} absent).`);
    return;
  }
  await benchNationalMap(NATIONAL_DATASET, NATIONAL_GEOJSON, 3);
}
