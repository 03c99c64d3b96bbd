/**
 * The flows and access summaries of one territory, for the « Territoire » panel: flow indicators
 * (`computeFlowIndicators` in the analysis worker) and the E2SFCA of general practitioners with the
 * default parameters (worker), rolled up to the territory. A layer not loaded is `absent`, never 0.
 * The last summary of each kind is kept per loaded dataset, so a tab round trip shows it at once.
 */
import { useEffect, useState } from 'react';
import type { AccessAnalysis } from '../core/access/analyse-access';
import { DEFAULT_ACCESS_PARAMETERS, UNDERSERVED_THRESHOLD } from '../core/access/defaults';
import { rollUpAccess, type AccessRollUp } from '../core/access/roll-up';
import { loadAccessData, runAccessAnalysis } from './access-services';
import type { AppServices } from './app-services';
import { flowsWorker, getFlowsEngine, type TerritoryFlows } from './flows-services';
import type { LoadedData } from './load-data';

/** A summary being computed, computed, impossible (error) or without its data (`absent`). */
export type Summary<T> =
  | { state: 'absent' }
  | { state: 'loading' }
  /** `codes`: the territory it was computed for (an edit recomputes; the old value shows meanwhile). */
  | { state: 'ready'; value: T; codes: readonly string[] }
  | { state: 'error'; message: string };

/** Access roll-up of a territory, with the unit and the threshold used. */
export interface AccessSummary {
  rollUp: AccessRollUp;
  unit: string;
  threshold: number;
}

const gpAccess = new WeakMap<LoadedData, Promise<AccessAnalysis>>();

/** E2SFCA of general practitioners with the default parameters, once per loaded dataset. */
function defaultGpAccess(services: AppServices): Promise<AccessAnalysis> {
  let p = gpAccess.get(services.data);
  if (!p) {
    p = (async () => {
      const input = await loadAccessData(services.getConnector, 'gp');
      return runAccessAnalysis({
        communes: input.communes,
        activities: input.activities,
        parameters: DEFAULT_ACCESS_PARAMETERS,
        times: null,
        changes: [],
      });
    })();
    gpAccess.set(services.data, p);
  }
  return p;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The last ready summary of each kind per loaded dataset: a tab round trip shows it at once. */
const lastReady = new WeakMap<LoadedData, Map<string, Summary<unknown>>>();

function keptSummary<T>(data: LoadedData, kind: string, codes: readonly string[] | null) {
  const last = lastReady.get(data)?.get(kind) as Summary<T> | undefined;
  return last?.state === 'ready' && last.codes === codes ? last : null;
}

function keepSummary<T>(data: LoadedData, kind: string, summary: Summary<T>): Summary<T> {
  if (summary.state !== 'ready') return summary;
  const byKind = lastReady.get(data) ?? new Map<string, Summary<unknown>>();
  byKind.set(kind, summary);
  lastReady.set(data, byKind);
  return summary;
}

/** Flow indicators of `codes`; `absent` when no PMSI stays are loaded. Follows the codes. */
export function useFlowSummary(
  services: AppServices,
  codes: readonly string[] | null,
): Summary<TerritoryFlows> {
  const loaded = Boolean(services.data.origins.stays);
  const [summary, setSummary] = useState<Summary<TerritoryFlows>>(
    () =>
      keptSummary<TerritoryFlows>(services.data, 'flows', codes) ?? {
        state: loaded ? 'loading' : 'absent',
      },
  );
  useEffect(() => {
    if (!loaded || !codes) return setSummary({ state: 'absent' });
    const kept = keptSummary<TerritoryFlows>(services.data, 'flows', codes);
    if (kept) return setSummary(kept);
    let cancelled = false;
    setSummary((s) => (s.state === 'ready' ? s : { state: 'loading' }));
    getFlowsEngine(services)
      .then(async (engine) => {
        if (engine.inputs.zoneFlows.length === 0) return { state: 'absent' as const };
        const value = await flowsWorker().computeFlowIndicators(engine.inputs, codes);
        return { state: 'ready' as const, value, codes };
      })
      .then(
        (s) => !cancelled && setSummary(keepSummary<TerritoryFlows>(services.data, 'flows', s)),
        (e: unknown) => !cancelled && setSummary({ state: 'error', message: message(e) }),
      );
    return () => {
      cancelled = true;
    };
    // The engine belongs to the loaded data, not to each render's services object.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [services.data, loaded, codes]);
  return summary;
}

/** GP access roll-up of `codes` (default parameters); `absent` without the Annuaire Santé. */
export function useAccessSummary(
  services: AppServices,
  codes: readonly string[] | null,
): Summary<AccessSummary> {
  const loaded = Boolean(services.data.origins.professionals);
  const [summary, setSummary] = useState<Summary<AccessSummary>>(
    () =>
      keptSummary<AccessSummary>(services.data, 'access', codes) ?? {
        state: loaded ? 'loading' : 'absent',
      },
  );
  useEffect(() => {
    if (!loaded || !codes) return setSummary({ state: 'absent' });
    const kept = keptSummary<AccessSummary>(services.data, 'access', codes);
    if (kept) return setSummary(kept);
    let cancelled = false;
    setSummary((s) => (s.state === 'ready' ? s : { state: 'loading' }));
    defaultGpAccess(services).then(
      (result) =>
        !cancelled &&
        setSummary(
          keepSummary(services.data, 'access', {
            state: 'ready',
            codes,
            value: {
              rollUp: rollUpAccess(result, new Set(codes), UNDERSERVED_THRESHOLD),
              unit: result.unit.label,
              threshold: UNDERSERVED_THRESHOLD,
            },
          }),
        ),
      (e: unknown) => !cancelled && setSummary({ state: 'error', message: message(e) }),
    );
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [services.data, loaded, codes]);
  return summary;
}
