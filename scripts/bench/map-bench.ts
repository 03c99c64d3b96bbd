/**
 * Browser benchmark: the built app in headless Chromium, loading a dataset manifest served from
 * its own origin, timed from navigation to `data-state="ready"`, with the app's own
 * `perimetre:*` performance measures (parse, DuckDB load, queries, classes, map drawing).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { openApp, waitForMapReady } from '../../test/e2e/browser';
import { median } from './stats';

export interface ServedDataset {
  title: string;
  /** Files to serve: name in the manifest -> absolute path on disk, with their kind. */
  files: { name: string; path: string; kind: string }[];
}

/** Serves a dataset and its `?data=` manifest at `/bench-data/` from the preview server. */
export function benchDataPlugin(dataset: ServedDataset): Plugin {
  const manifest = JSON.stringify({
    title: dataset.title,
    fictitious: false,
    files: dataset.files.map((f) => ({ path: f.name, kind: f.kind })),
  });
  return {
    name: 'perimetre-bench-data',
    configurePreviewServer(server) {
      server.middlewares.use('/bench-data/', (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '').split('?')[0] ?? '').replace(/^\/+/, '');
        if (name === 'manifest.json') return res.end(manifest);
        const file = dataset.files.find((f) => f.name === name);
        if (!file) return next();
        fs.createReadStream(file.path).pipe(res);
      });
    },
  };
}

/** Opens the app `runs` times on the dataset and returns the median of each measure (ms). */
export async function benchMapInBrowser(
  dataset: ServedDataset | null,
  runs: number,
): Promise<Record<string, number>> {
  const session = await openApp(dataset ? [benchDataPlugin(dataset)] : []);
  const samples: Record<string, number[]> = {};
  try {
    for (let i = 0; i < runs; i++) {
      const url = dataset ? `${session.baseUrl}?data=/bench-data/manifest.json` : session.baseUrl;
      const start = Date.now();
      await session.page.goto(url);
      await waitForMapReady(session.page, 1, 300_000);
      const total = Date.now() - start;
      const measures = await session.page.evaluate(() =>
        performance
          .getEntriesByType('measure')
          .filter((m) => m.name.startsWith('perimetre:'))
          .map((m) => [m.name.slice('perimetre:'.length), m.duration] as const),
      );
      (samples['total (navigation -> carte prête)'] ??= []).push(total);
      for (const [name, duration] of measures) (samples[name] ??= []).push(duration);
    }
    if (session.problems.length)
      console.warn('Anomalies pendant la mesure :', session.problems.slice(0, 5));
  } finally {
    await session.close();
  }
  return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
}

export const SHARED_DIR = path.resolve(import.meta.dirname, '../../../shared/data');
