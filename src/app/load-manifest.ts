/**
 * The data the app opens with: the files of a dataset manifest (by default the embedded fictitious
 * demo; another manifest served from our own origin with `?data=…/manifest.json`, which the
 * benchmarks use), imported by the one import path of the Import panel (`startImport`).
 */
import { getWasmConnector } from '../db/wasm-connector';
import { getAnalysisClient } from '../workers/analysis-client';
import { startImport, type ImportProgress } from './import-data';
import { restoreKeptImports } from './kept-imports';
import type { LoadedData } from './load-data';
import { fetchManifestFiles, type DatasetManifest } from './manifest-files';

export { DEMO_MANIFEST_URL } from './manifest-files';

const loads = new Map<string, Promise<LoadedData>>();

/**
 * `loadManifest` once per manifest for the page: a second call (React's StrictMode runs mount
 * effects twice) gets the same load instead of importing the files again, which would replace the
 * data — and the territory project built on it — seconds later, under the user's clicks. A
 * failed load is forgotten, so that it can be retried.
 */
export function loadManifestOnce(
  manifestUrl: string,
  onProgress: (step: string) => void,
  onManifest?: (manifest: DatasetManifest) => void,
): Promise<LoadedData> {
  let load = loads.get(manifestUrl);
  if (!load) {
    load = loadManifest(manifestUrl, onProgress, onManifest);
    loads.set(manifestUrl, load);
    load.catch(() => loads.delete(manifestUrl));
  }
  return load;
}

/**
 * Loads a manifest's files (by default the demo) through the import path of user files;
 * its commune contours are tiled as soon as they are read (before DuckDB has the tables);
 * `onManifest` gets the manifest as soon as its files are fetched (the page can say what it loads,
 * e.g. the demo's « données fictives » banner, before DuckDB is up).
 */
export async function loadManifest(
  manifestUrl: string,
  onProgress: (step: string) => void,
  onManifest?: (manifest: DatasetManifest) => void,
): Promise<LoadedData> {
  onProgress('Lecture des fichiers…');
  // DuckDB-WASM (34–39 MB to fetch and compile) and the files were started at boot (main.tsx), or
  // start here; the import awaits DuckDB and reports a failed start itself. The analysis worker
  // (CPTS outlines, after the import) starts once DuckDB is up, while the rows are inserted.
  getWasmConnector()
    .then(() => getAnalysisClient())
    .catch(() => undefined);
  const { manifest, files } = await fetchManifestFiles(manifestUrl);
  onManifest?.(manifest);
  const job = startImport(
    files,
    manifest.files.map((f) => (f.populationYear === undefined ? {} : { year: f.populationYear })),
    null,
    {
      dropDemo: false,
      origin: manifest.fictitious ? 'demo' : 'user',
      title: manifest.title,
      tileEarly: true,
    },
    (p: ImportProgress) => onProgress(p.step),
  );
  const data = await job.done;
  // The user's files kept on this computer (if they chose so) are re-imported over it.
  return restoreKeptImports(
    { ...data, fictitious: manifest.fictitious, lastImport: undefined },
    onProgress,
  );
}
