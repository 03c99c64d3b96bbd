/**
 * Vite plugin: lets the HTML start DuckDB-WASM's downloads as soon as it is parsed. The built
 * `index.html` gets a `<link rel="modulepreload">` for the DuckDB-WASM library chunk (dynamically
 * imported by `src/db/wasm-connector.ts`, so Vite does not preload it) and a
 * `<link rel="preload" as="fetch">` for the engine's wasm (EH build, ≈ 7.8 MB gzipped, the one
 * every browser with WebAssembly exceptions runs). The boot's own `fetch` of the wasm
 * (`warmHttpCache`, same URL and CORS mode) takes over the preloaded response, and the engine's
 * worker then reads it from the HTTP cache. Same origin only: the CSP is unchanged.
 */
import type { Plugin } from 'vite';

/** The library chunk and the EH wasm of `@duckdb/duckdb-wasm`, by their emitted file names. */
const LIBRARY_CHUNK = /(^|\/)duckdb-browser-[\w-]+\.js$/;
const EH_WASM = /(^|\/)duckdb-eh-[\w-]+\.wasm$/;

export function bootPreloadPlugin(): Plugin {
  let base = '/';
  return {
    name: 'perimetre-boot-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const names = Object.keys(ctx.bundle ?? {});
        const library = names.find((n) => LIBRARY_CHUNK.test(n));
        const wasm = names.find((n) => EH_WASM.test(n));
        if (!library || !wasm) {
          throw new Error(
            `Préchargement de DuckDB-WASM : fichier introuvable dans la construction (${library ? '' : 'bibliothèque duckdb-browser-*.js '}${wasm ? '' : 'wasm duckdb-eh-*.wasm'}).`,
          );
        }
        return {
          html,
          tags: [
            {
              tag: 'link',
              attrs: {
                rel: 'preload',
                as: 'fetch',
                type: 'application/wasm',
                crossorigin: '',
                href: base + wasm,
              },
              injectTo: 'head',
            },
            {
              tag: 'link',
              attrs: { rel: 'modulepreload', crossorigin: '', href: base + library },
              injectTo: 'head',
            },
          ],
        };
      },
    },
  };
}
