/**
 * The files of a dataset manifest, fetched from our own origin. Started by the boot (`main.tsx`)
 * before the app's code is downloaded, so that the demo is on hand when the import starts.
 */

/** A dataset manifest (the demo's is written by scripts/generate-demo.ts). */
export interface DatasetManifest {
  title: string;
  fictitious: boolean;
  /** `populationYear`: census year of a population file whose data does not carry it. */
  files: { path: string; kind: string; populationYear?: number }[];
}

/** Manifest of the embedded demo, relative to the app. */
export const DEMO_MANIFEST_URL = 'demo/manifest.json';

/** The manifest the page opens with: `?data=…/manifest.json`, else the embedded demo. */
export function startupManifestUrl(): string {
  return new URLSearchParams(window.location.search).get('data') ?? DEMO_MANIFEST_URL;
}

const fetches = new Map<string, Promise<{ manifest: DatasetManifest; files: File[] }>>();

/**
 * Fetches the files listed by a dataset manifest, from our own origin only; once per manifest for
 * the page (the boot's prefetch and the start-up load share it). A failed fetch is forgotten, so
 * that a later call retries.
 *
 * @example const { manifest, files } = await fetchManifestFiles('demo/manifest.json');
 */
export function fetchManifestFiles(
  manifestUrl: string,
): Promise<{ manifest: DatasetManifest; files: File[] }> {
  let fetched = fetches.get(manifestUrl);
  if (!fetched) {
    fetched = fetchAll(manifestUrl);
    fetches.set(manifestUrl, fetched);
    fetched.catch(() => fetches.delete(manifestUrl));
  }
  return fetched;
}

async function fetchAll(
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
