/**
 * The « Dossier » button of the territory workbench: builds the dossier « Diagnostic territorial »
 * of the active territory in the analysis worker (`buildTerritoryDossier`, the function
 * `perimetre dossier` calls) from the loaded flows and Annuaire Santé, and downloads it as HTML
 * (the browser's print gives the PDF). The button shows its progress and is disabled meanwhile.
 */
import { useCallback, useRef, useState } from 'react';
import type { TerritoryAnalysis } from '../core/territory/analyse-territory';
import { exportFileName } from '../core/territory/to-territory-exports';
import { getAnalysisClient } from '../workers/analysis-client';
import { loadAccessData } from './access-services';
import type { AppServices } from './app-services';
import { getFlowsEngine } from './flows-services';
import { downloadBlob, exportMeta } from './territory-exports';
import type { activeTerritory } from './territory-store';

/** Idle, building (with the step shown), or failed with a French message. */
export type DossierState =
  { state: 'idle' } | { state: 'busy'; step: string } | { state: 'error'; message: string };

/** Builds and downloads the dossier of the active territory. */
export function useTerritoryDossier(
  services: AppServices,
  active: ReturnType<typeof activeTerritory>,
  analysis: TerritoryAnalysis | null,
): { exportDossier: () => Promise<void>; dossier: DossierState } {
  const [dossier, setDossier] = useState<DossierState>({ state: 'idle' });
  // A second press before the disabled button is painted builds nothing more.
  const running = useRef(false);
  const exportDossier = useCallback(async () => {
    if (!active || running.current) return;
    running.current = true;
    const { data } = services;
    const withFlows = Boolean(data.origins.stays);
    try {
      setDossier({ state: 'busy', step: withFlows ? 'lecture des séjours PMSI…' : 'préparation…' });
      const flows = withFlows ? (await getFlowsEngine(services)).inputs : null;
      setDossier({ state: 'busy', step: 'accès aux soins…' });
      const access = data.origins.professionals
        ? await loadAccessData(services.getConnector, 'gp')
        : null;
      setDossier({ state: 'busy', step: 'mise en page…' });
      const meta = exportMeta(data, active, analysis, withFlows);
      const result = await getAnalysisClient().buildTerritoryDossier({
        codes: active.codes,
        meta,
        flows,
        access: access && { communes: access.communes, activities: access.activities },
      });
      downloadBlob(
        exportFileName(`diagnostic ${meta.territoryName}`, meta.date, 'html'),
        new Blob([result.html], { type: 'text/html;charset=utf-8' }),
      );
      setDossier({ state: 'idle' });
    } catch (error) {
      setDossier({
        state: 'error',
        message: error instanceof Error ? error.message : String(error),
      });
    } finally {
      running.current = false;
    }
  }, [services, active, analysis]);
  return { exportDossier, dossier };
}
