import { wrap, type Remote } from 'comlink';
import type * as api from './analysis-api';

/** The analysis API running in its own worker (heavy parsing and geometry stay off the main thread). */
export type AnalysisClient = Remote<typeof api>;

let client: AnalysisClient | null = null;

/** Returns the app's single analysis worker, started on first use. */
export function getAnalysisClient(): AnalysisClient {
  if (!client) {
    const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
    client = wrap<typeof api>(worker);
  }
  return client;
}
