/**
 * Exports of the territory workbench, each named after the territory and the date: PNG map at
 * print resolution, GeoJSON and CSV (built in the worker); the dossier is `territory-dossier.ts`.
 */
import { useCallback } from 'react';
import type { TerritoryAnalysis } from '../core/territory/analyse-territory';
import { buildExportSources, formatExportSources } from '../core/territory/export-sources';
import { exportFileName, type ExportMeta } from '../core/territory/to-territory-exports';
import { exportMapPng } from '../map/export-png';
import { pngLegendOf } from '../map/png-legend';
import { getAnalysisClient } from '../workers/analysis-client';
import type { AppServices } from './app-services';
import type { activeTerritory } from './territory-store';

/** Today as YYYY-MM-DD (export file names and dates). */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Saves a blob as a download named `name`. */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Metadata of an export: the territory's name and the CPTS it was started from (not one of its
 * overlaps), the files actually used by the territory analysis, with kind and population vintage
 * (`buildExportSources` over the loaded reports and origins), and « données fictives » while any
 * table of the demo is in use.
 */
export function exportMeta(
  data: AppServices['data'],
  territory: { name: string; basedOn?: string | null },
  analysis: TerritoryAnalysis | null,
  withFlows = false,
): ExportMeta {
  const indicators = analysis?.indicators;
  return {
    territoryName: territory.name,
    startedFrom: territory.basedOn ?? null,
    date: todayIso(),
    fictitious: Object.values(data.origins).some((o) => o === 'demo'),
    sources: buildExportSources(
      data.reports,
      data.origins,
      {
        populationYears: indicators?.populationYears ?? [],
        populationSources: indicators?.populationSources ?? [],
      },
      withFlows,
    ),
  };
}

/** The subtitle of the PNG map: communes, population and tranche, or what is not loaded. */
function pngSubtitle(analysis: TerritoryAnalysis): string {
  const i = analysis.indicators;
  const population =
    i.population === null
      ? 'population non chargée'
      : `${i.population.toLocaleString('fr-FR')} habitants${i.populationSources.includes('contours') ? ' (dont population des contours, année inconnue)' : ''}`;
  const tranche = i.tranche ? ` — ${i.tranche.tranche.label}` : '';
  return `${i.communeCount} communes — ${population}${tranche}`;
}

/** The export actions of the active territory. */
export function useTerritoryExports(
  services: AppServices,
  active: ReturnType<typeof activeTerritory>,
  analysis: TerritoryAnalysis | null,
) {
  const { data, map } = services;
  const meta = useCallback(
    () => exportMeta(data, active ?? { name: 'Territoire' }, analysis),
    [active, data, analysis],
  );

  const exportPng = useCallback(async () => {
    if (!map || !active || !analysis) return;
    const m = meta();
    const blob = await exportMapPng(map.map, {
      title: m.territoryName,
      subtitle: pngSubtitle(analysis),
      // The legend over the map, as drawn now (one model for the screen and the export).
      legend: pngLegendOf(map.map),
      sources: formatExportSources(m.sources),
      date: m.date,
      fictitious: m.fictitious,
      scale: 2,
    });
    downloadBlob(exportFileName(m.territoryName, m.date, 'png'), blob);
  }, [map, active, analysis, meta]);

  const exportData = useCallback(
    async (kind: 'geojson' | 'csv') => {
      if (!active) return;
      const m = meta();
      const files = await getAnalysisClient().exportTerritoryFiles(active.codes, m);
      if (kind === 'geojson')
        downloadBlob(
          exportFileName(m.territoryName, m.date, 'geojson'),
          new Blob([files.geojson], { type: 'application/geo+json' }),
        );
      if (kind === 'csv')
        downloadBlob(
          exportFileName(m.territoryName, m.date, 'csv'),
          new Blob([files.csv], { type: 'text/csv;charset=utf-8' }),
        );
    },
    [active, meta],
  );

  return { exportPng, exportData };
}
