/**
 * The export buttons of the « Vue ARS »: one export at a time (`useBusyAction`), the one running
 * named so its button says « … en cours » and a status line says what it does; every export
 * button is disabled meanwhile. The disabled state is painted before the work starts (the CSV is
 * written on the main thread, the PNG blocks it while the map is re-rendered at 2×).
 */
import { useState } from 'react';
import type { RegionResult } from '../core/region/compute-region-view';
import type { AppServices } from './app-services';
import { exportRegionCsv, exportRegionPng, exportRegionSummary } from './region-exports';
import { afterNextPaint } from './territory-map';
import { useBusyAction } from './use-busy-action';

export type RegionExportKind = 'csv' | 'png' | 'summary';

/** Label of each export button, idle and while it runs. */
export const REGION_EXPORT_LABELS: Record<RegionExportKind, { idle: string; busy: string }> = {
  csv: { idle: 'Tableau CSV', busy: 'Tableau CSV en cours…' },
  png: { idle: 'Carte PNG', busy: 'Carte PNG en cours…' },
  summary: { idle: 'Résumé imprimable', busy: 'Résumé en cours…' },
};

/** What the status line says while an export of `rows` CPTS runs. */
export function regionExportProgress(kind: RegionExportKind, rows: number): string {
  const cpts = `${rows.toLocaleString('fr-FR')} CPTS`;
  switch (kind) {
    case 'csv':
      return `Tableau CSV : écriture des lignes des ${cpts}…`;
    case 'png':
      return 'Carte PNG : composition de l’image à 2× (carte, légende, sources)…';
    case 'summary':
      return `Résumé imprimable : mise en page des ${cpts} dans le worker d’analyse…`;
  }
}

/** Resolves once the browser has painted the next frame. */
const nextPaint = () => new Promise<void>((resolve) => void afterNextPaint(resolve));

/** Runs the Vue ARS exports; `running` is the export under way (null when none). */
export function useRegionExports(services: AppServices, result: RegionResult | null) {
  const [running, setRunning] = useState<RegionExportKind | null>(null);
  const action = useBusyAction(async (kind: RegionExportKind) => {
    if (!result) return;
    setRunning(kind);
    try {
      await nextPaint();
      if (kind === 'csv') exportRegionCsv(services, result);
      else if (kind === 'png') await exportRegionPng(services, result);
      else await exportRegionSummary(services, result);
    } finally {
      setRunning(null);
    }
  });
  return {
    run: action.run,
    running: action.busy ? running : null,
    error: action.status.state === 'error' ? action.status.message : null,
  };
}
