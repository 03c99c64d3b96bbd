/**
 * The « Vue ARS » data: reads the territory input, the PMSI flows and the GP activities from
 * DuckDB (each only when its layer is loaded) and computes the regional view in the analysis
 * worker (`computeRegion`), once per loaded dataset.
 */
import { useEffect, useState } from 'react';
import type { RegionResult } from '../core/region/compute-region-view';
import { queryTerritoryInput } from '../db/territory-input';
import { getAnalysisClient } from '../workers/analysis-client';
import { loadAccessData } from './access-services';
import type { AppServices } from './app-services';
import { getFlowsEngine } from './flows-services';
import type { LoadedData } from './load-data';
import type { Comparison } from './territory-workbench';

/** The view being computed, computed, or impossible. */
export type RegionState =
  | { state: 'loading'; step: string }
  | { state: 'ready'; result: RegionResult }
  | { state: 'error'; message: string };

const computed = new WeakMap<LoadedData, Promise<RegionResult>>();

/** The CPTS file(s) of the loaded data, named in the issues. */
export function perimeterFileOf(data: LoadedData): string {
  return (
    data.reports
      .filter((r) => r.kind === 'perimeters')
      .map((r) => r.fileName)
      .join(', ') || 'périmètres des CPTS'
  );
}

function computeOnce(services: AppServices, onStep: (step: string) => void): Promise<RegionResult> {
  const { data } = services;
  let p = computed.get(data);
  if (!p) {
    p = (async () => {
      onStep('lecture des communes et des CPTS…');
      const { input, geometries } = await queryTerritoryInput(
        await services.getConnector(),
        data.communeGeometries.shapes(),
      );
      onStep(data.origins.stays ? 'lecture des séjours PMSI…' : 'accès aux soins…');
      const flows = data.origins.stays ? (await getFlowsEngine(services)).inputs : null;
      const access = data.origins.professionals
        ? await loadAccessData(services.getConnector, 'gp')
        : null;
      onStep('calcul de toutes les CPTS…');
      return getAnalysisClient().computeRegion({
        input,
        geometries,
        flows: flows && flows.zoneFlows.length > 0 ? flows : null,
        access: access && { communes: access.communes, activities: access.activities },
        perimeterFile: perimeterFileOf(data),
      });
    })();
    computed.set(data, p);
    p.catch(() => computed.delete(data));
  }
  return p;
}

/** The regional view of the loaded data (computed in the worker, cached per dataset). */
export function useRegionView(services: AppServices): RegionState {
  const [state, setState] = useState<RegionState>({ state: 'loading', step: 'préparation…' });
  useEffect(() => {
    let cancelled = false;
    setState({ state: 'loading', step: 'préparation…' });
    computeOnce(services, (step) => !cancelled && setState({ state: 'loading', step })).then(
      (result) => !cancelled && setState({ state: 'ready', result }),
      (e: unknown) =>
        !cancelled &&
        setState({ state: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      cancelled = true;
    };
    // The view belongs to the loaded data, not to each render's services object.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [services.data]);
  return state;
}

/** Two CPTS side by side (the workbench's comparison, in the worker). */
export async function compareCpts(
  a: { name: string; codes: string[] },
  b: { name: string; codes: string[] },
): Promise<Comparison> {
  const r = await getAnalysisClient().compareTerritoryCodes(a.codes, b.codes);
  return {
    rows: r.rows,
    onlyA: r.onlyA,
    onlyB: r.onlyB,
    both: r.both,
    nameA: a.name,
    nameB: b.name,
  };
}

/**
 * Opens a CPTS in the workbench as a draft territory of the shared project, based on that CPTS
 * (as « Partir d’une CPTS »: its own communes are not shown as overlaps), and shows the workbench.
 */
export function openCptsInWorkbench(
  services: AppServices,
  row: { name: string; codes: string[] },
): void {
  services.territories.store.dispatch({
    type: 'create',
    name: row.name,
    codes: [...row.codes],
    basedOn: row.name,
  });
  services.openTab('territory');
}
