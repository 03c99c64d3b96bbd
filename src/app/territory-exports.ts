/**
 * Exports of the territory workbench, each named after the territory and the date: PNG map at
 * print resolution, GeoJSON, CSV and the printable « fiche territoire » (built in the worker).
 */
import { useCallback } from 'react';
import type { TerritoryAnalysis } from '../core/territory/analyse-territory';
import { buildExportSources, formatExportSources } from '../core/territory/export-sources';
import { exportFileName, type ExportMeta } from '../core/territory/to-territory-exports';
import { exportMapPng } from '../map/export-png';
import { TERRITORY_COLOURS } from '../map/territory-layers';
import { getAnalysisClient } from '../workers/analysis-client';
import type { AppServices } from './app-services';
import { toTerritorySheetHtml } from './territory-sheet';
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
 * Metadata of an export: the files actually used by the territory analysis, with kind and
 * population vintage (`buildExportSources` over the loaded reports and origins), and « données
 * fictives » while any table of the demo is in use.
 */
export function exportMeta(
  data: AppServices['data'],
  territoryName: string,
  analysis: TerritoryAnalysis | null,
): ExportMeta {
  const indicators = analysis?.indicators;
  return {
    territoryName,
    date: todayIso(),
    fictitious: Object.values(data.origins).some((o) => o === 'demo'),
    sources: buildExportSources(data.reports, data.origins, {
      populationYears: indicators?.populationYears ?? [],
      populationSources: indicators?.populationSources ?? [],
    }),
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
    () => exportMeta(data, active?.name ?? 'Territoire', analysis),
    [active, data, analysis],
  );

  const exportPng = useCallback(async () => {
    if (!map || !active || !analysis) return;
    const m = meta();
    const blob = await exportMapPng(map.map, {
      title: m.territoryName,
      subtitle: pngSubtitle(analysis),
      legend: [
        { colour: TERRITORY_COLOURS.in, label: 'Communes du territoire' },
        { colour: TERRITORY_COLOURS.outline, label: 'Périmètre fusionné', line: true },
        {
          colour: TERRITORY_COLOURS.overlap,
          label: 'Chevauchement avec une autre CPTS',
          hatch: true,
        },
        { colour: TERRITORY_COLOURS['white-in'], label: 'Zone blanche (aucune CPTS)' },
        { colour: TERRITORY_COLOURS.offending, label: 'Problème de contiguïté', line: true },
        ...(services.legend
          ? [
              {
                colour: '#ffffff',
                label: `Fond : ${services.legend.title} (${services.legend.unit})`,
                line: true,
              },
              ...services.legend.entries,
            ]
          : []),
      ],
      sources: formatExportSources(m.sources),
      date: m.date,
      fictitious: m.fictitious,
      scale: 2,
    });
    downloadBlob(exportFileName(m.territoryName, m.date, 'png'), blob);
  }, [map, active, analysis, meta, services.legend]);

  const exportData = useCallback(
    async (kind: 'geojson' | 'csv' | 'html') => {
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
      if (kind === 'html') {
        let mapImage: string | null = null;
        if (map) {
          const png = await exportMapPng(map.map, {
            title: m.territoryName,
            legend: [],
            sources: formatExportSources(m.sources),
            date: m.date,
            fictitious: m.fictitious,
            scale: 1,
          });
          mapImage = await blobToDataUrl(png);
        }
        const communes = files.analysis.codes.map((code) => ({
          code,
          name: String(data.communes.find((c) => c.code === code)?.name ?? code),
        }));
        downloadBlob(
          exportFileName(m.territoryName, m.date, 'html'),
          new Blob([toTerritorySheetHtml(files.analysis, communes, m, mapImage)], {
            type: 'text/html;charset=utf-8',
          }),
        );
      }
    },
    [active, meta, map, data],
  );

  return { exportPng, exportData };
}

function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('lecture impossible'));
    reader.readAsDataURL(blob);
  });
}
