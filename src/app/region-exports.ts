/**
 * Exports of the « Vue ARS »: the table as CSV (UTF-8 with BOM, `;`), the coverage map as PNG
 * (legend with totals, highlighted CPTS, names, sources, date: the workbench's PNG path) and the
 * printable regional summary (HTML built in the worker with the dossier's machinery).
 */
import type { RegionResult } from '../core/region/compute-region-view';
import { toRegionCsv } from '../core/region/to-region-csv';
import { buildExportSources, formatExportSources } from '../core/territory/export-sources';
import { exportFileName, type ExportMeta } from '../core/territory/to-territory-exports';
import { exportMapPng } from '../map/export-png';
import { pngLegendOf } from '../map/png-legend';
import { getAnalysisClient } from '../workers/analysis-client';
import type { AppServices } from './app-services';
import { downloadBlob, exportMeta } from './territory-exports';

/**
 * Metadata of the regional exports: the loaded data's title, today, the files used with the
 * census years of the loaded populations.
 */
export function regionMeta(services: AppServices, result: RegionResult): ExportMeta {
  const { data } = services;
  const { view } = result;
  return {
    ...exportMeta(data, { name: data.title }, null),
    sources: buildExportSources(
      data.reports,
      data.origins,
      { populationYears: view.populationYears, populationSources: view.populationSources },
      view.flowsLoaded,
    ),
  };
}

/** Downloads the table of every CPTS as CSV. */
export function exportRegionCsv(services: AppServices, result: RegionResult): void {
  const meta = regionMeta(services, result);
  downloadBlob(
    exportFileName('vue ARS', meta.date, 'csv'),
    new Blob([toRegionCsv(result.view)], { type: 'text/csv;charset=utf-8' }),
  );
}

/** Downloads the coverage map as PNG at print resolution. */
export async function exportRegionPng(services: AppServices, result: RegionResult): Promise<void> {
  const coverage = result.view.coverage;
  if (!services.map || !coverage) return;
  const meta = regionMeta(services, result);
  // The legend over the map (coverage classes, chosen CPTS, outlines shown), as drawn now.
  const legend = pngLegendOf(services.map.map);
  const blob = await exportMapPng(services.map.map, {
    title: `Vue ARS — couverture des communes par les CPTS`,
    subtitle: `${meta.territoryName} — ${result.view.rows.length} CPTS — ${coverage.totalCommunes.toLocaleString('fr-FR')} communes, ${coverage.totalPopulation === null ? 'population non chargée' : `${coverage.totalPopulation.toLocaleString('fr-FR')} hab.`}`,
    legend,
    sources: formatExportSources(meta.sources),
    date: meta.date,
    fictitious: meta.fictitious,
    scale: 2,
  });
  downloadBlob(exportFileName('vue ARS couverture', meta.date, 'png'), blob);
}

/** Downloads the printable regional summary (built in the worker). */
export async function exportRegionSummary(
  services: AppServices,
  result: RegionResult,
): Promise<void> {
  const meta = regionMeta(services, result);
  const html = await getAnalysisClient().buildRegionSummary(meta);
  downloadBlob(
    exportFileName('vue ARS résumé', meta.date, 'html'),
    new Blob([html], { type: 'text/html;charset=utf-8' }),
  );
}
