/**
 * The analysis of the active territory in the worker, kept per loaded dataset: a tab round trip
 * shows the last analysis at once and recomputes only when the territory changed. While a newer
 * analysis is computing the previous one stays shown, marked busy. Each answer settles the clicks
 * it includes (see `PendingClicks`).
 */
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { TerritoryAnalysis } from '../core/territory/analyse-territory';
import { getAnalysisClient } from '../workers/analysis-client';
import type { LoadedData } from './load-data';
import type { PendingClicks } from './pending-clicks';

/** An analysis, the codes it was requested for, its time and the clicks it settled. */
export interface AnalysedTerritory {
  codes: readonly string[];
  analysis: TerritoryAnalysis;
  /** Request → answer, in ms (shown as « Calcul : … ms »). */
  ms: number;
  /** Clicked communes this analysis is the first to include. */
  settled: string[];
}

const kept = new WeakMap<LoadedData, AnalysedTerritory>();
/** Requests in flight, by the codes array of the store (a click asks before React renders). */
const inflight = new WeakMap<
  readonly string[],
  { start: number; answer: Promise<TerritoryAnalysis> }
>();

/**
 * Asks the worker for the analysis of `codes` now (once per codes array): the click handler calls
 * it right after its dispatch, so the worker computes while React renders the click.
 */
export function requestTerritoryAnalysis(codes: readonly string[]) {
  let request = inflight.get(codes);
  if (!request) {
    request = {
      start: performance.now(),
      answer: getAnalysisClient().analyseTerritoryCodes(codes),
    };
    inflight.set(codes, request);
  }
  return request;
}

/** The last analysis of `data` if it was made for exactly these codes (the store keeps arrays). */
export function keptAnalysis(
  data: LoadedData,
  codes: readonly string[] | undefined,
): AnalysedTerritory | null {
  const last = kept.get(data);
  return last && last.codes === codes ? { ...last, settled: [] } : null;
}

/**
 * Analyses `codes` whenever they change (by reference) once the workbench is `ready`; returns the
 * analysis shown (null without a territory) and whether a newer one is computing.
 */
export function useTerritoryAnalysis(
  data: LoadedData,
  ready: boolean,
  codes: readonly string[] | undefined,
  clicks: PendingClicks,
  onError: (message: string) => void,
): { result: AnalysedTerritory | null; busy: boolean } {
  const [result, setResult] = useState<AnalysedTerritory | null>(() => keptAnalysis(data, codes));
  const current = result && codes ? result : null;
  const busy = Boolean(ready && codes && current?.codes !== codes);

  useEffect(() => {
    if (!ready || !codes) {
      setResult(null);
      return;
    }
    if (kept.get(data)?.codes === codes) {
      setResult((r) => (r?.codes === codes ? r : keptAnalysis(data, codes)));
      return;
    }
    let cancelled = false;
    const version = clicks.version;
    const { start, answer } = requestTerritoryAnalysis(codes);
    answer.then(
      (analysis) => {
        inflight.delete(codes);
        if (cancelled) return;
        const value = { codes, analysis, ms: performance.now() - start, settled: [] };
        kept.set(data, value);
        // Committed in this task, before the next frame (a map frame may block the thread).
        flushSync(() => setResult({ ...value, settled: clicks.settle(version) }));
      },
      (e: unknown) => {
        inflight.delete(codes);
        if (cancelled) return;
        setResult((r) => r && { ...r, settled: clicks.clear() });
        onError(String(e));
      },
    );
    return () => {
      cancelled = true;
    };
    // onError is a state setter of the caller; clicks lives as long as the workbench.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, ready, codes]);

  return { result: current, busy };
}
