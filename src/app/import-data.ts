/**
 * The import of the user's files, from the panel: preview in the import worker, then parse in the
 * import worker (off the main thread) and load into DuckDB-WASM kind by kind with a rollback
 * (`StagedImport`), then re-query what the app draws. Cancel = terminate the worker + rollback.
 */
import { proxy, wrap, type Remote } from 'comlink';
import type { Dataset } from '../core/types';
import { getWasmConnector } from '../db/wasm-connector';
import type * as importApi from '../workers/import-api';
import type { ImportOptions, ImportPreview } from '../workers/import-api';
import { queryLoadedData, type DataOrigins, type LoadedData } from './load-data';
import { StagedImport } from './staged-import';
export type { ImportOptions, ImportPreview, ImportReport } from '../workers/import-api';

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

/**
 * Imports the files into the app's DuckDB, replacing only the tables of the kinds they bring
 * (plus the demo tables when `dropDemo`); a failure or a cancel leaves the loaded data intact.
 */
export function startImport(
  files: readonly File[],
  options: readonly ImportOptions[],
  current: LoadedData,
  dropDemo: boolean,
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
  const done = (async () => {
    const conn = await getWasmConnector();
    const staged = new StagedImport(conn);
    const start = performance.now();
    let rowsDone = 0;
    const report = (step: string, fraction: number | null) =>
      onProgress({
        step,
        rowsDone,
        rowsPerSecond: rowsDone / Math.max(1e-3, (performance.now() - start) / 1000),
        fraction,
      });
    report('Lecture des fichiers…', null);
    try {
      const reports = await Promise.race([
        api.importFiles(
          files.map((f) => ({ name: f.name, blob: f })),
          [...options],
          // With their geometry, so that CPTS polygons find their member communes.
          current.communeGeometries.features.map((f) => ({
            code: f.properties.code,
            geometry: f.geometry,
          })),
          proxy(async (chunk: importApi.ImportChunk) => {
            await staged.append(chunk.kind, chunk.rows as Dataset[typeof chunk.kind]);
            rowsDone += chunk.rows.length;
            report(
              `Chargement dans DuckDB (${chunk.kind})…`,
              chunk.bytesTotal > 0 ? chunk.bytesDone / chunk.bytesTotal : null,
            );
          }),
        ),
        cancelled,
      ]);
      const origins: DataOrigins = { ...current.origins };
      for (const kind of staged.kinds) origins[kind] = 'user';
      if (dropDemo) {
        const demo = (Object.keys(origins) as (keyof Dataset)[]).filter(
          (k) => origins[k] === 'demo',
        );
        await staged.clear(demo);
        for (const k of demo) delete origins[k];
      }
      await staged.commit();
      report('Calcul des indicateurs…', 1);
      const kept = current.reports.filter((r) => !reports.some((n) => n.fileName === r.fileName));
      const data = await queryLoadedData(conn, [...kept, ...reports], () => undefined);
      const fictitious = Object.values(origins).every((o) => o === 'demo');
      const title = fictitious ? current.title : 'Vos données';
      return { ...data, origins, fictitious, title, lastImport: reports };
    } catch (error) {
      await staged.rollback();
      throw error;
    } finally {
      worker.terminate();
    }
  })();
  return { done, cancel: () => cancel() };
}
