/**
 * The territory workbench hook, used by `TerritoryPanel`: the shared project (undo/redo, autosave:
 * `TerritoryProjectStore`) and, each in its own hook, the preparation of the worker (once per
 * dataset), the analysis of the active territory (kept between tab visits), the comparison, the
 * map layers (one coalesced update per frame), clicks and shortcuts, polygon and lasso selection,
 * exports (each with its busy state) and the project file.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { withoutStartingPerimeter } from '../core/territory/starting-perimeter';
import { getAnalysisClient } from '../workers/analysis-client';
import type { AppServices } from './app-services';
import { PendingClicks } from './pending-clicks';
import { useTerritoryDrawing } from './territory-drawing';
import { useTerritoryDossier } from './territory-dossier';
import { useTerritoryExports } from './territory-exports';
import { activeTerritory, type TerritoryAction } from './territory-store';
import { useBusyAction } from './use-busy-action';
import { useCommuneClicks } from './use-commune-clicks';
import { useProjectFile } from './use-project-file';
import { useTerritoryAnalysis } from './use-territory-analysis';
import { useTerritoryComparison } from './use-territory-comparison';
import { useTerritoryLayers } from './use-territory-layers';
import { useTerritoryLists } from './use-territory-lists';
import { useTerritoryProject } from './use-territory-project';
import { useWorkbenchPreparation } from './workbench-preparation';

export type { Comparison } from './use-territory-comparison';

/** Clicks waiting for their analysis, per loaded project store (kept between tab visits). */
const pendingClicks = new WeakMap<object, PendingClicks>();

export function useTerritoryWorkbench(services: AppServices) {
  const { data, map } = services;
  const { store } = services.territories;
  const { history, restored, error: storeError, notice } = useTerritoryProject(services);
  const dispatch = store.dispatch as (action: TerritoryAction) => void;
  const preparation = useWorkbenchPreparation(services);
  const status = preparation.state === 'ready' && !restored ? 'preparing' : preparation.state;
  const [message, setMessage] = useState<string | null>(null);
  const [compareId, setCompareId] = useState<string | null>(null);
  const project = history.present;
  const active = activeTerritory(project);
  const lists = useTerritoryLists(data);
  const [clicks] = useState(() => {
    const kept = pendingClicks.get(store) ?? new PendingClicks();
    pendingClicks.set(store, kept);
    return kept;
  });

  // Messages: preparation failure, unknown codes in the restored project, failed autosave, sync.
  useEffect(() => {
    if (preparation.state === 'error') setMessage(preparation.message);
  }, [preparation]);
  useEffect(() => {
    if (!restored) return;
    const restoreMessage = store.takeMessage();
    if (restoreMessage) setMessage(restoreMessage);
  }, [restored, store]);
  useEffect(() => {
    if (storeError) setMessage(storeError);
  }, [storeError]);
  useEffect(() => {
    if (notice) setMessage(notice.text);
  }, [notice]);

  const ready = status === 'ready';
  const { result, busy } = useTerritoryAnalysis(data, ready, active?.codes, clicks, setMessage);
  // The CPTS the territory was started from is its own perimeter, not an overlap (panel, exports).
  const basedOn = active?.basedOn ?? null;
  const analysis = useMemo(
    () => (result ? withoutStartingPerimeter(result.analysis, basedOn) : null),
    [result, basedOn],
  );
  const other = project.territories.find((t) => t.id === compareId) ?? null;
  const comparison = useTerritoryComparison(ready, active, other);

  // Polygon and lasso: the communes whose point on surface is inside are added (or removed).
  const [shapeBusy, setShapeBusy] = useState(false);
  const onShape = useCallback(
    (ring: [number, number][], remove: boolean) => {
      setShapeBusy(true);
      void getAnalysisClient()
        .communesInPolygon({ type: 'Polygon', coordinates: [[...ring, ring[0]!]] })
        .then((codes) => {
          const current = new Set(activeTerritory(store.getSnapshot().history.present)?.codes);
          const changed = codes.filter((c) => current.has(c) === remove);
          dispatch(remove ? { type: 'remove', codes } : { type: 'add', codes });
          setMessage(
            `${changed.length} commune(s) ${remove ? 'retirée(s)' : 'ajoutée(s)'} par la sélection (${codes.length} entourée(s)).`,
          );
        })
        .catch((e: unknown) => setMessage(String(e)))
        .finally(() => setShapeBusy(false));
    },
    [dispatch, store],
  );
  const feedback = useTerritoryLayers(map, data, lists.geometryOf, {
    analysis,
    basedOn,
    comparison,
    settled: result?.settled ?? [],
  });
  const draw = useTerritoryDrawing(map, feedback !== null, onShape);
  useCommuneClicks(services, clicks, feedback, draw.drawing, dispatch);

  const exports = useTerritoryExports(services, active, analysis);
  const png = useBusyAction(exports.exportPng);
  const files = useBusyAction(exports.exportData);
  const { exportDossier, dossier } = useTerritoryDossier(services, active, analysis);
  const { saveProject, openProject } = useProjectFile(
    data,
    project,
    active,
    lists.knownCodes,
    dispatch,
    setMessage,
  );

  return {
    status,
    message,
    setMessage,
    project,
    active,
    analysis,
    /** The communes `analysis` was computed for (they lag the active territory while busy). */
    analysedCodes: result?.codes ?? null,
    analysisMs: result?.ms ?? null,
    /** A newer analysis of the active territory is computing (the previous one is shown). */
    analysisBusy: busy,
    /** Communes of a drawn shape are being looked up. */
    shapeBusy,
    coverage: preparation.state === 'ready' ? preparation.coverage : null,
    epcis: lists.epcis,
    perimeters: lists.perimeters,
    comparison,
    compareId,
    setCompareId,
    draw,
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
    dispatch,
    exportPng: png.run,
    png: png.status,
    exportData: files.run,
    dataExport: files.status,
    exportDossier,
    dossier,
    saveProject,
    openProject,
  };
}
