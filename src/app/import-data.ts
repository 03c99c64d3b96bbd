/**
 * The import of files into the app, for the demo at start-up and for the Import panel: preview in
 * the import worker, then parse in the import worker (off the main thread) and load into
 * DuckDB-WASM kind by kind with a rollback (`StagedImport`), then re-query what the app draws.
 * Cancel = terminate the worker + rollback.
 */
import { proxy, transfer, wrap, type Remote } from 'comlink';
import { flatBuffers, toFlatGeometries, type FlatGeometries } from '../core/geo/flat-geometries';
import type { Dataset } from '../core/types';
import { DirectReader } from '../db/direct-reader';
import { queryLoadedCodes, type LoadedCodes } from '../db/known-data';
import { getWasmConnector } from '../db/wasm-connector';
import type * as importApi from '../workers/import-api';
import { commitImport } from './commit-import';
import type { ImportOptions, ImportPreview, ImportReport } from '../workers/import-api';
import { measure, queryLoadedData, type DataOrigins, type LoadedData } from './load-data';
import { CommuneGeometries } from '../core/geo/commune-geometries';
import { publishCommuneTiles, type PublishedTiles } from './commune-tiles';
import { communeRecords, deferDirect, ImportSink } from './import-sink';
export type { ImportOptions, ImportPreview, ImportReport } from '../workers/import-api';
export { isRejection } from '../workers/import-report';

/** Progress of a running import, for the progress bar. */
export interface ImportProgress {
  step: string;
  rowsDone: number;
  rowsPerSecond: number;
  /** 0–1 when known (bytes read of the streamed files). */
  fraction: number | null;
}

/** A running import: its result, and a way to stop it. */
export interface ImportJob {
  done: Promise<LoadedData>;
  cancel: () => void;
}

/** Thrown (as the job's rejection) when the user cancelled. */
export class ImportCancelled extends Error {}

function startWorker(): { api: Remote<typeof importApi>; worker: Worker } {
  const worker = new Worker(new URL('../workers/import.worker.ts', import.meta.url), {
    type: 'module',
  });
  return { api: wrap<typeof importApi>(worker), worker };
}

/** Detects kind, encoding, separator and mapping of each file (in a short-lived worker). */
export async function previewFiles(
  files: readonly File[],
  options: readonly ImportOptions[],
): Promise<ImportPreview[]> {
  const { api, worker } = startWorker();
  try {
    return await Promise.all(
      files.map((f, i) => api.previewImportFile({ name: f.name, blob: f }, options[i] ?? {})),
    );
  } finally {
    worker.terminate();
  }
}

const NOTHING_LOADED: LoadedCodes = { pmsiZoneCodes: [], postalCodes: [], populationLoaded: false };

let importQueue: Promise<unknown> = Promise.resolve();

/**
 * Runs imports one after another: they stage and swap the same DuckDB tables, so two at once (a
 * double click, React's StrictMode running the start-up effect twice) would undo each other.
 */
function afterPreviousImports<T>(run: () => Promise<T>): Promise<T> {
  const result = importQueue.then(run);
  importQueue = result.catch(() => undefined);
  return result;
}

/** Where a loaded file comes from: the fictitious demo or the user. */
export type DataOrigin = 'demo' | 'user';

/** The report of a file whose records are in the tables, with its origin. */
export type LoadedReport = ImportReport & { origin: DataOrigin };

/** How an import is run. */
export interface ImportSettings {
  /** Empty the tables that still hold demo data. */
  dropDemo: boolean;
  /** Origin of the files imported (the demo itself is imported by this same path). */
  origin: DataOrigin;
  /** Title of the data once imported (default: the current title, or « Vos données »). */
  title?: string;
  /**
   * Send the imported contours to the tiler as soon as the worker hands them over (each contour
   * chunk; the last one holds them all), before DuckDB has the tables: the tiler indexes them while
   * DuckDB loads the rest (start-up). The loaded data then reuses the same tiles.
   */
  tileEarly?: boolean;
}

/**
 * Imports files into the app's DuckDB by the one import path (`importFiles` in the import worker,
 * records appended with `StagedImport`), replacing only the tables of the kinds they bring (plus
 * the demo tables when `dropDemo`); a failure or a cancel leaves the loaded data intact. Used for
 * the demo at start-up (`current` null) and for the Import panel.
 */
export function startImport(
  files: readonly File[],
  options: readonly ImportOptions[],
  current: LoadedData | null,
  settings: ImportSettings,
  onProgress: (p: ImportProgress) => void,
): ImportJob {
  const { api, worker } = startWorker();
  let cancel: () => void = () => undefined;
  const cancelled = new Promise<never>((_, reject) => {
    cancel = () => {
      worker.terminate();
      reject(new ImportCancelled('Import annulé : les données déjà chargées sont conservées.'));
    };
  });
  const done = afterPreviousImports(async () => {
    // The worker parses while DuckDB-WASM starts (started at boot; its wait is measured here).
    const connector = measure('duckdb-start', () => getWasmConnector());
    const sink = new ImportSink(connector);
    const start = performance.now();
    let rowsDone = 0;
    const report = (step: string, fraction: number | null) =>
      onProgress({
        step,
        rowsDone,
        rowsPerSecond: rowsDone / Math.max(1e-3, (performance.now() - start) / 1000),
        fraction,
      });
    // Big Annuaire Santé / PMSI files are read by DuckDB-WASM itself from the user's File.
    const direct = deferDirect(
      Promise.all([sink.tables, sink.staged]).then(
        ([conn, staged]) =>
          new DirectReader(
            conn,
            staged,
            async (file, name) => {
              const blob = files[file.fileIndex];
              if (!blob || !conn.registerFile) throw new Error(`Fichier ${file.name} introuvable.`);
              report(`Lecture de ${file.name} par DuckDB…`, null);
              await conn.registerFile(name, blob);
            },
            (lines) => {
              rowsDone += lines;
              report('Contrôle des lignes dans DuckDB…', null);
            },
          ),
      ),
    );
    report('Lecture des fichiers…', null);
    // Commune polygons stay out of DuckDB: received flat from the worker, then handed to the tiler.
    const contourParts: { flat: FlatGeometries; names: string[]; tiler: FlatGeometries }[] = [];
    let imported: CommuneGeometries | undefined;
    let early: PublishedTiles | undefined;
    try {
      // Nothing is loaded before the first import: its known codes are empty without asking DuckDB.
      const known = current ? await queryLoadedCodes(await sink.tables) : NOTHING_LOADED;
      // With their geometry (flat, transferred), so that CPTS polygons find their member communes.
      const loaded = current?.communeGeometries.copyFlat() ?? toFlatGeometries([]);
      const reports = await measure('import', () =>
        Promise.race([
          api
            .importFilesFlat(
              files.map((f) => ({ name: f.name, blob: f })),
              [...options],
              transfer({ ...known, communes: loaded }, flatBuffers(loaded)),
              proxy((chunk: importApi.AppImportChunk) => {
                rowsDone += chunk.rows.length;
                report(
                  `Chargement dans DuckDB (${chunk.kind})…`,
                  chunk.bytesTotal > 0 ? chunk.bytesDone / chunk.bytesTotal : null,
                );
                if (!('geometries' in chunk))
                  return sink.append(chunk.kind, chunk.rows as Dataset[typeof chunk.kind]);
                const names = chunk.rows.map((c) => c.name);
                contourParts.push({ flat: chunk.geometries, names, tiler: chunk.tilerGeometries });
                // Tiled while DuckDB loads the rest (a later chunk publishes them all).
                if (settings.tileEarly) {
                  imported = CommuneGeometries.fromFlat(contourParts);
                  early = publishCommuneTiles(imported, tilerCopy(imported, contourParts));
                }
                return sink.append('communes', communeRecords(chunk));
              }),
              proxy(direct),
            )
            .then(async (r) => {
              if (contourParts.length > 0 && !early)
                imported = CommuneGeometries.fromFlat(contourParts);
              await sink.flushed();
              return r;
            }),
          cancelled,
        ]),
      );
      const [conn, staged] = await Promise.all([sink.tables, sink.staged]);
      const origins: DataOrigins = { ...current?.origins };
      for (const kind of staged.kinds) origins[kind] = settings.origin;
      const importedKinds = staged.kinds;
      const dropped = new Set<keyof Dataset>(importedKinds);
      if (settings.dropDemo) {
        const demo = (Object.keys(origins) as (keyof Dataset)[]).filter(
          (k) => origins[k] === 'demo',
        );
        await staged.clear(demo);
        for (const k of demo) {
          delete origins[k];
          dropped.add(k);
        }
      }
      // Tables swapped in, files recorded in DuckDB's register (replaced files marked).
      const committed = await commitImport(
        conn,
        staged,
        reports,
        settings.origin,
        [...dropped].filter((k) => !importedKinds.includes(k)),
      );
      report('Calcul des indicateurs…', 1);
      // The communes table was replaced (imported or emptied with the demo), or kept as it was.
      const geometries = dropped.has('communes')
        ? (imported ?? CommuneGeometries.fromFlat([]))
        : (current?.communeGeometries ?? CommuneGeometries.fromFlat([]));
      const data = await measure('queries', () =>
        queryLoadedData(
          conn,
          committed.reports,
          geometries,
          () => undefined,
          dropped.has('communes') ? early : undefined,
          imported === geometries && !early ? tilerCopy(imported, contourParts) : undefined,
        ),
      );
      const fictitious = Object.values(origins).every((o) => o === 'demo');
      const title = settings.title ?? (fictitious && current ? current.title : 'Vos données');
      return { ...data, origins, fictitious, title, lastImport: reports, files: committed.files };
    } catch (error) {
      // The import's own error is the one to show; a failed rollback must not hide it.
      await sink.rollback().catch((e: unknown) => console.warn('Rollback de l’import :', e));
      throw error;
    } finally {
      worker.terminate();
    }
  });
  return { done, cancel: () => cancel() };
}

/**
 * The worker's copy of the polygons for the tiler, when the geometries kept are the worker's own
 * arrays (one contour chunk already sorted by code); otherwise `publishCommuneTiles` copies them.
 */
function tilerCopy(
  geometries: CommuneGeometries,
  parts: readonly { flat: FlatGeometries; tiler: FlatGeometries }[],
): FlatGeometries | undefined {
  const [only] = parts;
  return parts.length === 1 && only && geometries.flat === only.flat ? only.tiler : undefined;
}
