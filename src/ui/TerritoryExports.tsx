/**
 * « Exporter » of the territory workbench: PNG map, GeoJSON, communes CSV and the dossier. While
 * an export works its button is disabled and says « … en cours », and a status line says what it
 * does (GeoJSON and CSV share one worker call, so both wait for it).
 */
import { useState } from 'react';
import type { useTerritoryWorkbench } from '../app/territory-workbench';

type Workbench = ReturnType<typeof useTerritoryWorkbench>;
type DataKind = 'geojson' | 'csv';

const DATA_LABELS: Record<DataKind, { idle: string; busy: string; file: string }> = {
  geojson: { idle: 'GeoJSON', busy: 'GeoJSON en cours…', file: 'GeoJSON' },
  csv: { idle: 'Communes CSV', busy: 'Communes CSV en cours…', file: 'CSV' },
};

export function TerritoryExports({ wb, communes }: { wb: Workbench; communes: number }) {
  const [dataKind, setDataKind] = useState<DataKind>('geojson');
  const dataBusy = wb.dataExport.state === 'busy';
  const dataButton = (kind: DataKind) => (
    <button
      type="button"
      data-testid={`export-${kind}`}
      disabled={dataBusy}
      aria-busy={dataBusy && dataKind === kind}
      onClick={() => {
        setDataKind(kind);
        void wb.exportData(kind);
      }}
    >
      {DATA_LABELS[kind][dataBusy && dataKind === kind ? 'busy' : 'idle']}
    </button>
  );
  return (
    <details className="territory-tools" open>
      <summary>Exporter</summary>
      <div className="territory-row wrap">
        <button
          type="button"
          data-testid="export-png"
          disabled={wb.png.state === 'busy' || !wb.analysis}
          aria-busy={wb.png.state === 'busy'}
          onClick={() => void wb.exportPng()}
        >
          {wb.png.state === 'busy' ? 'Carte PNG en cours…' : 'Carte PNG'}
        </button>
        {dataButton('geojson')}
        {dataButton('csv')}
        <button
          type="button"
          data-testid="export-dossier"
          disabled={wb.dossier.state === 'busy'}
          aria-busy={wb.dossier.state === 'busy'}
          onClick={() => void wb.exportDossier()}
          title="Diagnostic territorial imprimable (A4) : carte, population, offre de soins, parcours, accès, voisinage, sources"
        >
          {wb.dossier.state === 'busy' ? 'Dossier en cours…' : 'Dossier (diagnostic)'}
        </button>
      </div>
      {wb.png.state === 'busy' && (
        <p role="status" data-testid="png-status">
          Carte PNG : composition de l’image à 2× (carte, légende, sources)…
        </p>
      )}
      {wb.png.state === 'error' && (
        <p role="alert" data-testid="png-error">
          Carte PNG impossible : {wb.png.message}
        </p>
      )}
      {dataBusy && (
        <p role="status" data-testid="data-export-status">
          {DATA_LABELS[dataKind].file} : écriture des {communes.toLocaleString('fr-FR')} communes
          dans le worker d’analyse…
        </p>
      )}
      {wb.dataExport.state === 'error' && (
        <p role="alert">Export impossible : {wb.dataExport.message}</p>
      )}
      {wb.dossier.state === 'busy' && (
        <p role="status" data-testid="dossier-status">
          Dossier : {wb.dossier.step}
        </p>
      )}
      {wb.dossier.state === 'error' && (
        <p role="alert" data-testid="dossier-error">
          Dossier impossible : {wb.dossier.message}
        </p>
      )}
    </details>
  );
}
