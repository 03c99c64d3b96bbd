import { useState } from 'react';
import { useAppServices } from '../app/app-services';
import { useRegionMap } from '../app/region-map';
import {
  REGION_EXPORT_LABELS,
  regionExportProgress,
  useRegionExports,
  type RegionExportKind,
} from '../app/use-region-exports';
import { compareCpts, openCptsInWorkbench, useRegionView } from '../app/use-region-view';
import { formatNumber } from './format';
import {
  RegionCoverageTotals,
  RegionImportIssues,
  RegionIssues,
  RegionMissing,
  RegionOverlaps,
  RegionWhiteZones,
} from './RegionLists';
import { RegionSelection } from './RegionSelection';
import { RegionTable } from './RegionTable';
import './region.css';

/**
 * « Vue ARS »: every loaded CPTS at once for the ARS delegate — the table (sortable, filterable,
 * CSV), the coverage map 0 / 1 / 2+ CPTS with its totals, overlapping pairs, white zones grouped
 * with the CPTS that could take them, and the CPTS chosen in the table highlighted on the map,
 * to open in the workbench or compare with another.
 */
export function RegionPanel() {
  const services = useAppServices();
  const state = useRegionView(services);
  const [selected, setSelected] = useState<string | null>(null);
  const result = state.state === 'ready' ? state.result : null;
  const exports = useRegionExports(services, result);
  useRegionMap(services, result, selected, setSelected);
  if (state.state === 'loading')
    return (
      <div className="territory region" data-testid="region-panel" data-state="loading">
        <p>Vue ARS : {state.step}</p>
      </div>
    );
  if (state.state === 'error')
    return (
      <div className="territory region" data-testid="region-panel" data-state="error">
        <p role="alert">La vue ARS n’a pas pu être calculée : {state.message}</p>
      </div>
    );
  const { view } = state.result;
  const row = view.rows.find((r) => r.name === selected) ?? null;
  // Every export button is disabled while one export runs; the one running says so.
  const exportButton = (kind: RegionExportKind, unavailable: boolean) => (
    <button
      type="button"
      data-testid={`region-export-${kind}`}
      disabled={unavailable || exports.running !== null}
      aria-busy={exports.running === kind}
      onClick={() => void exports.run(kind)}
    >
      {REGION_EXPORT_LABELS[kind][exports.running === kind ? 'busy' : 'idle']}
    </button>
  );
  return (
    <div className="territory region" data-testid="region-panel" data-state="ready">
      <h3>Vue ARS — toutes les CPTS chargées</h3>
      <p className="territory-small" data-testid="region-summary">
        {view.rows.length} CPTS ; calculé en {formatNumber(view.elapsedMs)} ms.
      </p>
      <RegionMissing view={view} />
      <RegionIssues view={view} />
      <RegionImportIssues reports={services.data.reports} />
      <RegionCoverageTotals view={view} />
      <div className="territory-row wrap">
        {exportButton('csv', view.rows.length === 0)}
        {exportButton('png', !view.coverage)}
        {exportButton('summary', false)}
      </div>
      {exports.running && (
        <p className="territory-small" role="status" data-testid="region-export-status">
          {regionExportProgress(exports.running, view.rows.length)}
        </p>
      )}
      {exports.error && (
        <p role="alert" data-testid="region-export-error">
          Export impossible : {exports.error}
        </p>
      )}
      {view.rows.length > 0 && (
        <RegionTable rows={view.rows} selected={selected} onSelect={setSelected} />
      )}
      {row && (
        <RegionSelection
          key={row.name}
          row={row}
          rows={view.rows}
          onOpen={(r) => openCptsInWorkbench(services, r)}
          onCompare={compareCpts}
        />
      )}
      <h4>Chevauchements</h4>
      <RegionOverlaps view={view} />
      <h4>Zones blanches</h4>
      <RegionWhiteZones view={view} />
    </div>
  );
}
