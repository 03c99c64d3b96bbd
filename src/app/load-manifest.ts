/**
 * The data the app opens with: the files of a dataset manifest (by default the embedded fictitious
 * demo; another manifest served from our own origin with `?data=…/manifest.json`, which the
 * benchmarks use), imported by the one import path of the Import panel (`startImport`).
 */
import { getWasmConnector } from '../db/wasm-connector';
import type { PublishedTiles } from './commune-tiles';
import { startImport, type ImportProgress } from './import-data';
import { restoreKeptImports } from './kept-imports';
import type { LoadedData } from './load-data';

/** The demo manifest written by scripts/generate-demo.ts. */
interface DatasetManifest {
  title: string;
  fictitious: boolean;
  /** `populationYear`: census year of a population file whose data does not carry it. */
  files: { path: string; kind: string; populationYear?: number }[];
}

/** Manifest of the embedded demo, relative to the app. */
export const DEMO_MANIFEST_URL = 'demo/manifest.json';

/**
 * Fetches the files listed by a dataset manifest, from our own origin only.
 *
 * @example const { manifest, files } = await fetchManifestFiles('demo/manifest.json');
 */
async function fetchManifestFiles(
  manifestUrl: string,
): Promise<{ manifest: DatasetManifest; files: File[] }> {
  const manifestHref = new URL(manifestUrl, document.baseURI);
  if (manifestHref.origin !== window.location.origin) {
    throw new Error(`Le manifeste ${manifestUrl} doit être servi par l’application elle-même.`);
  }
  const base = new URL('./', manifestHref);
  const manifest = (await (await fetchOk(manifestHref)).json()) as DatasetManifest;
  const files = await Promise.all(
    manifest.files.map(
      async (f) => new File([await (await fetchOk(new URL(f.path, base))).blob()], f.path),
    ),
  );
  return { manifest, files };
}

async function fetchOk(url: URL): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok)
    throw new Error(`Impossible de lire ${url.pathname} (HTTP ${response.status}).`);
  return response;
}

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
  onContours?: (contours: PublishedTiles) => void,
): Promise<LoadedData> {
  let load = loads.get(manifestUrl);
  if (!load) {
    load = loadManifest(manifestUrl, onProgress, onContours);
    loads.set(manifestUrl, load);
    load.catch(() => loads.delete(manifestUrl));
  }
  return load;
}

/**
 * Loads a manifest's files (by default the demo) through the import path of user files;
 * `onContours` gets the commune contours as soon as they are read (before DuckDB has the tables).
 */
export async function loadManifest(
  manifestUrl: string,
  onProgress: (step: string) => void,
  onContours?: (contours: PublishedTiles) => void,
): Promise<LoadedData> {
  onProgress('Lecture des fichiers…');
  // DuckDB-WASM (34–39 MB to fetch and compile) was started at boot (main.tsx) and starts here
  // otherwise, while the files download; the import awaits it and reports a failed start itself.
  getWasmConnector().catch(() => undefined);
  const { manifest, files } = await fetchManifestFiles(manifestUrl);
  const job = startImport(
    files,
    manifest.files.map((f) => (f.populationYear === undefined ? {} : { year: f.populationYear })),
    null,
    {
      dropDemo: false,
      origin: manifest.fictitious ? 'demo' : 'user',
      title: manifest.title,
      onContours,
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
