// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchManifestFiles, startupManifestUrl } from './manifest-files';

const MANIFEST = {
  title: 'Démo',
  fictitious: true,
  files: [
    { path: 'communes.geojson', kind: 'communes' },
    { path: 'populations.csv', kind: 'population', populationYear: 2021 },
  ],
};

/** A `fetch` answering the manifest and its files from this page's origin, counting the calls. */
function stubFetch(failFirst = false) {
  const calls: string[] = [];
  let failed = !failFirst;
  const fetchStub = vi.fn((input: URL | string) => {
    const url = new URL(String(input));
    calls.push(url.pathname);
    if (!failed) {
      failed = true;
      return Promise.resolve(new Response('', { status: 503 }));
    }
    const body = url.pathname.endsWith('manifest.json')
      ? JSON.stringify(MANIFEST)
      : `contenu de ${url.pathname}`;
    return Promise.resolve(new Response(body, { status: 200 }));
  });
  vi.stubGlobal('fetch', fetchStub);
  return calls;
}

describe('fetchManifestFiles', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('fetches the manifest, then its files relative to it, as Files named by their path', async () => {
    const calls = stubFetch();
    const { manifest, files } = await fetchManifestFiles('jeu-a/manifest.json');
    expect(manifest.title).toBe('Démo');
    expect(files.map((f) => f.name)).toEqual(['communes.geojson', 'populations.csv']);
    expect(calls).toEqual([
      '/jeu-a/manifest.json',
      '/jeu-a/communes.geojson',
      '/jeu-a/populations.csv',
    ]);
  });

  it('shares one download between the boot’s prefetch and the start-up load', async () => {
    const calls = stubFetch();
    const [first, second] = await Promise.all([
      fetchManifestFiles('jeu-b/manifest.json'),
      fetchManifestFiles('jeu-b/manifest.json'),
    ]);
    expect(second).toBe(first);
    expect(calls.filter((c) => c.endsWith('manifest.json'))).toHaveLength(1);
  });

  it('reports an HTTP failure with the path, and retries on the next call', async () => {
    stubFetch(true);
    await expect(fetchManifestFiles('jeu-c/manifest.json')).rejects.toThrow(
      'Impossible de lire /jeu-c/manifest.json (HTTP 503).',
    );
    const { files } = await fetchManifestFiles('jeu-c/manifest.json');
    expect(files).toHaveLength(2);
  });

  it('refuses a manifest served by another origin', async () => {
    const calls = stubFetch();
    await expect(fetchManifestFiles('https://exemple.org/manifest.json')).rejects.toThrow(
      'doit être servi par l’application elle-même',
    );
    expect(calls).toEqual([]);
  });
});

describe('startupManifestUrl', () => {
  it('is the embedded demo unless the page names another manifest with ?data=', () => {
    window.history.replaceState(null, '', '/');
    expect(startupManifestUrl()).toBe('demo/manifest.json');
    window.history.replaceState(null, '', '/?data=national/manifest.json');
    expect(startupManifestUrl()).toBe('national/manifest.json');
  });
});
