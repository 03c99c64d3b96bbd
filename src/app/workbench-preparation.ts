/**
 * The territory workbench is prepared once per loaded dataset (its territory context sent to the
 * analysis worker) and reused: a tab round trip finds it ready at the first render, without
 * « Préparation de l’atelier… ».
 */
import { useEffect, useState } from 'react';
import { transfer } from 'comlink';
import { flatBuffers, toFlatGeometries } from '../core/geo/flat-geometries';
import type { CoverageCounts } from '../core/overlap/compute-coverage';
import { queryTerritoryInput } from '../db/territory-input';
import { getAnalysisClient } from '../workers/analysis-client';
import type { AppServices } from './app-services';
import type { LoadedData } from './load-data';

/** Where the preparation of a dataset is: running, done (coverage null without CPTS) or failed. */
export type Preparation =
  | { state: 'preparing' }
  | { state: 'ready'; coverage: CoverageCounts | null }
  | { state: 'error'; message: string };

const running = new WeakMap<LoadedData, Promise<CoverageCounts | null>>();
const settled = new WeakMap<LoadedData, Preparation>();

/** Builds the worker's territory context once per loaded dataset; the same promise afterwards. */
export function prepareWorkbench(services: AppServices): Promise<CoverageCounts | null> {
  let p = running.get(services.data);
  if (!p) {
    p = (async () => {
      const { input, geometries } = await queryTerritoryInput(
        await services.getConnector(),
        services.data.communeGeometries.shapes(),
      );
      const flat = toFlatGeometries(geometries);
      return (
        await getAnalysisClient().prepareTerritories(input, transfer(flat, flatBuffers(flat)))
      ).coverage;
    })();
    p.then(
      (coverage) => settled.set(services.data, { state: 'ready', coverage }),
      (e: unknown) =>
        settled.set(services.data, {
          state: 'error',
          message: `Préparation de l’atelier impossible : ${e instanceof Error ? e.message : String(e)}`,
        }),
    );
    running.set(services.data, p);
  }
  return p;
}

/** The preparation of the loaded dataset: already known at the first render once it has run. */
export function useWorkbenchPreparation(services: AppServices): Preparation {
  const { data } = services;
  const [preparation, setPreparation] = useState<{ data: LoadedData; value: Preparation }>(() => ({
    data,
    value: settled.get(data) ?? { state: 'preparing' },
  }));
  useEffect(() => {
    if (settled.has(data)) return;
    let cancelled = false;
    const done = () => !cancelled && setPreparation({ data, value: settled.get(data)! });
    prepareWorkbench(services).then(done, (e: unknown) => {
      console.warn(e);
      done();
    });
    return () => {
      cancelled = true;
    };
    // Prepared once per loaded dataset, not per services object.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data]);
  return preparation.data === data
    ? preparation.value
    : (settled.get(data) ?? { state: 'preparing' });
}
