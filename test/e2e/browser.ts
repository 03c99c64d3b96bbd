/**
 * End-to-end harness: builds the app, serves it on 127.0.0.1 with Vite's preview server and drives
 * Debian's Chromium through playwright-core. Fails (never skips) when no Chromium is found.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build, preview, type PluginOption, type PreviewServer } from 'vite';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const RESULTS_DIR = path.join(ROOT, 'test-results');
/** Each test process builds into its own folder, so parallel runs never overwrite each other. */
const E2E_OUT_DIR = `.e2e-build/${process.pid}`;

/** Path of the Chromium binary, or a thrown error that says how to install one. */
export function findChromium(): string {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  const found = candidates.find((p): p is string => !!p && fs.existsSync(p));
  if (!found) {
    throw new Error(
      'Aucun Chromium trouvé pour les tests de bout en bout. Installez-le (Debian/Ubuntu : ' +
        '`sudo apt-get install chromium`) ou indiquez son chemin dans la variable CHROME_PATH.',
    );
  }
  return found;
}

let built: Promise<void> | null = null;

/** Builds the production bundle once per test process (into dist-e2e/, not the user's dist/). */
export function buildApp(): Promise<void> {
  process.once('exit', () =>
    fs.rmSync(path.join(ROOT, E2E_OUT_DIR), { recursive: true, force: true }),
  );
  built ??= build({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: E2E_OUT_DIR, emptyOutDir: true },
  }).then(() => undefined);
  return built;
}

export interface E2eSession {
  server: PreviewServer;
  context: BrowserContext;
  page: Page;
  baseUrl: string;
  /** Page errors, console errors and requests that left 127.0.0.1, collected during the test. */
  problems: string[];
  /** The production build being served (this test process's own). */
  buildDir: string;
  close: () => Promise<void>;
}

/** Serves the built app and opens it in a fresh headless Chromium profile. */
export async function openApp(plugins: PluginOption[] = []): Promise<E2eSession> {
  const executablePath = findChromium();
  await buildApp();
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    plugins,
    build: { outDir: E2E_OUT_DIR },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const baseUrl = server.resolvedUrls?.local[0] ?? '';
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'perimetre-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1280, height: 860 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--enable-unsafe-swiftshader',
    ],
  });
  const problems: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (['data:', 'blob:'].includes(url.protocol)) return;
    if (url.hostname !== '127.0.0.1') problems.push(`requête hors de 127.0.0.1 : ${request.url()}`);
  });
  const page = context.pages()[0] ?? (await context.newPage());
  // No wall-clock limit on a shared machine: a wait ends when the app answers (timings: `npm run bench`).
  page.setDefaultTimeout(0);
  page.on('pageerror', (error) => problems.push(`erreur de page : ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error : ${message.text()}`);
  });
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  return {
    server,
    context,
    page,
    baseUrl,
    problems,
    buildDir: path.join(ROOT, E2E_OUT_DIR),
    close: async () => {
      await context.close();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Waits until the map has drawn its data and is idle (`data-state="ready"`) for the n-th time. */
export async function waitForMapReady(page: Page, minRenderCount = 1, timeout = 0): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const map = document.querySelector<HTMLElement>('[data-testid="map"]');
      if (map?.dataset.state === 'error') {
        const alert = document.querySelector('[role="alert"]')?.textContent ?? '';
        throw new Error(`La carte est en erreur (data-state="error") : ${alert}`);
      }
      return map?.dataset.state === 'ready' && Number(map.dataset.renderCount ?? 0) >= n;
    },
    minRenderCount,
    { timeout },
  );
}

export async function renderCount(page: Page): Promise<number> {
  return Number(await page.getAttribute('[data-testid="map"]', 'data-render-count'));
}
