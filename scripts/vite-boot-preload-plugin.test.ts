import type { HtmlTagDescriptor, IndexHtmlTransformContext, ResolvedConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { bootPreloadPlugin } from './vite-boot-preload-plugin.ts';

/** Runs the plugin's HTML transform on a build whose emitted files are `fileNames`. */
function transform(fileNames: string[], base = '/') {
  const plugin = bootPreloadPlugin();
  (plugin.configResolved as (c: ResolvedConfig) => void)({ base } as ResolvedConfig);
  const hook = plugin.transformIndexHtml as {
    handler: (
      html: string,
      ctx: IndexHtmlTransformContext,
    ) => { html: string; tags: HtmlTagDescriptor[] };
  };
  const bundle = Object.fromEntries(fileNames.map((f) => [f, {}]));
  return hook.handler('<html></html>', { bundle } as unknown as IndexHtmlTransformContext);
}

describe('bootPreloadPlugin', () => {
  it('preloads the EH wasm (CORS fetch, as the boot fetches it) and the DuckDB-WASM library', () => {
    const { tags } = transform([
      'assets/index-abc.js',
      'assets/duckdb-browser-CUmsyPl6.js',
      'assets/duckdb-browser-eh.worker-hQa-dcAV.js',
      'assets/duckdb-mvp-BP0pRkMH.wasm',
      'assets/duckdb-eh-9ubY-jlA.wasm',
    ]);
    expect(tags.map((t) => t.attrs)).toEqual([
      {
        rel: 'preload',
        as: 'fetch',
        type: 'application/wasm',
        crossorigin: '',
        href: '/assets/duckdb-eh-9ubY-jlA.wasm',
      },
      { rel: 'modulepreload', crossorigin: '', href: '/assets/duckdb-browser-CUmsyPl6.js' },
    ]);
  });

  it('prefixes the configured base', () => {
    const { tags } = transform(
      ['assets/duckdb-browser-CUmsyPl6.js', 'assets/duckdb-eh-9ubY-jlA.wasm'],
      '/perimetre/',
    );
    expect(tags.map((t) => t.attrs?.href)).toEqual([
      '/perimetre/assets/duckdb-eh-9ubY-jlA.wasm',
      '/perimetre/assets/duckdb-browser-CUmsyPl6.js',
    ]);
  });

  it('fails the build, naming what is missing, when DuckDB-WASM’s files are not emitted', () => {
    expect(() => transform(['assets/duckdb-browser-CUmsyPl6.js'])).toThrow('wasm duckdb-eh-*.wasm');
  });
});
