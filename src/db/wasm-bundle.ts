/**
 * The DuckDB-WASM build this browser runs, chosen without loading the DuckDB-WASM library, so that
 * the engine's worker script and wasm start downloading at boot instead of after the library chunk.
 */
import ehWasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWorkerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorkerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';

/** A DuckDB-WASM build served from our own origin (Vite `?url` imports, never a CDN). */
export interface WasmBundle {
  /** `eh`: native WebAssembly exceptions; `mvp`: the fallback for browsers without them. */
  name: 'eh' | 'mvp';
  mainModule: string;
  mainWorker: string;
}

/**
 * The smallest module with a `try`/`catch` block: valid only where WebAssembly exceptions are
 * supported. Same bytes as DuckDB-WASM's own probe (`selectBundle`, from GoogleChromeLabs'
 * wasm-feature-detect `exceptions`); written here because the library that holds it is a 200 kB
 * chunk that the boot must not wait for.
 */
const EXCEPTIONS_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 8, 1, 6, 0, 6, 64, 25, 11, 11,
]);

/**
 * Picks the build the way DuckDB-WASM's `selectBundle` does when given the MVP and EH builds: EH
 * (34 MB wasm, ≈ 7.8 MB gzipped) where WebAssembly exceptions are supported, else MVP (39 MB).
 * Synchronous: `WebAssembly.validate` on a 28-byte module.
 *
 * @returns The build's wasm and worker script URLs.
 * @example
 * const bundle = chooseWasmBundle(); // => { name: 'eh', mainModule: '/assets/duckdb-eh-….wasm', … }
 * const worker = new Worker(bundle.mainWorker);
 */
export function chooseWasmBundle(): WasmBundle {
  return supportsExceptions()
    ? { name: 'eh', mainModule: ehWasmUrl, mainWorker: ehWorkerUrl }
    : { name: 'mvp', mainModule: mvpWasmUrl, mainWorker: mvpWorkerUrl };
}

function supportsExceptions(): boolean {
  try {
    return WebAssembly.validate(EXCEPTIONS_PROBE);
  } catch {
    return false;
  }
}
