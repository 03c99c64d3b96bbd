/**
 * Where an import's records go while DuckDB-WASM may still be starting. The import worker parses
 * the files at once (the start-up import no longer waits ≈ 3 s for DuckDB before reading the demo):
 * chunks received before DuckDB is ready wait in memory and are appended in arrival order as soon
 * as it is; afterwards each chunk is awaited by the worker (its back-pressure on big files). The
 * big files that DuckDB reads itself (`DirectReader`) simply wait for it.
 */
import type { DirectDuckDb } from '../core/direct-import-types';
import { geometryAt } from '../core/geo/flat-geometries';
import type { Commune, Dataset } from '../core/types';
import type { Connector } from '../db/connector';
import { loadDataset } from '../db/load-dataset';
import { StagedImport } from '../db/staged-import';
import type { ContourChunk } from '../workers/import-types';

/** The staging side of one import, usable before its connector is ready. */
export class ImportSink {
  /** The connector, once the tables exist (`loadDataset(conn, {})`). */
  readonly tables: Promise<Connector>;
  /** The import's staging (rollback on failure). */
  readonly staged: Promise<StagedImport>;
  private queue: Promise<void>;
  private ready = false;

  constructor(connector: Promise<Connector>) {
    this.tables = connector.then(async (conn) => {
      await loadDataset(conn, {});
      return conn;
    });
    this.staged = this.tables.then((conn) => {
      this.ready = true;
      return new StagedImport(conn);
    });
    this.queue = this.staged.then(() => undefined);
    // Failures are reported by `flushed()` (or by the step that awaits `tables` / `staged`).
    this.queue.catch(() => undefined);
  }

  /**
   * Queues a chunk. Returns the append to await once DuckDB is ready, `undefined` before (the
   * worker goes on parsing; the chunk is appended when DuckDB is).
   */
  append<K extends keyof Dataset>(kind: K, rows: Dataset[K]): Promise<void> | undefined {
    this.queue = this.queue.then(async () => (await this.staged).append(kind, rows));
    this.queue.catch(() => undefined);
    return this.ready ? this.queue : undefined;
  }

  /** Resolves once every chunk received is staged; rejects with the first failure. */
  flushed(): Promise<void> {
    return this.queue;
  }

  /** Rolls back what was staged (nothing when DuckDB never started). */
  async rollback(): Promise<void> {
    const staged = await this.staged.catch(() => null);
    await staged?.rollback();
  }
}

/**
 * A `DirectDuckDb` whose calls wait for the reader (created once DuckDB is ready) and go to it.
 *
 * @example importFiles(files, options, known, onChunk, undefined, undefined, proxy(deferDirect(reader)))
 */
export function deferDirect(reader: Promise<DirectDuckDb>): DirectDuckDb {
  return {
    openLines: async (...a) => (await reader).openLines(...a),
    distinct: async (...a) => (await reader).distinct(...a),
    setDictionary: async (...a) => (await reader).setDictionary(...a),
    checkStays: async (...a) => (await reader).checkStays(...a),
    insertStays: async (...a) => (await reader).insertStays(...a),
    checkAnnuaire: async (...a) => (await reader).checkAnnuaire(...a),
    mismatchExamples: async (...a) => (await reader).mismatchExamples(...a),
    insertAnnuaire: async (...a) => (await reader).insertAnnuaire(...a),
    close: async (...a) => (await reader).close(...a),
  };
}

/**
 * The commune records of a flat contour chunk, for the tables: each record's `geometry` is read
 * back from the flat polygons only if asked (the tables take the area and point inside already in
 * `metrics`, so no GeoJSON is built on the main thread).
 *
 * @example sink.append('communes', communeRecords(chunk));
 */
export function communeRecords(chunk: ContourChunk): Commune[] {
  return chunk.rows.map((attributes, i): Commune => {
    const record = { ...attributes } as Commune;
    Object.defineProperty(record, 'geometry', {
      get: () => geometryAt(chunk.geometries, i),
      enumerable: true,
    });
    return record;
  });
}
