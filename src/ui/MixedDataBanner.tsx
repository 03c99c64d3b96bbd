import type { DataOrigins, LoadedData } from '../app/load-data';
import './data-state.css';

const LABELS: Record<string, string> = {
  communes: 'contours',
  population: 'population',
  professionals: 'professionnels',
  establishments: 'établissements',
  stays: 'séjours PMSI',
  pmsiZones: 'codes géographiques PMSI',
  perimeters: 'périmètres de CPTS',
};

/**
 * Banners about the data: what the start did with the data kept on this computer (restored,
 * partly restored, erased: `notice`), and, when the user's files are mixed with tables of the
 * fictitious demo, which tables are still the demo's.
 */
export function MixedDataBanner({
  origins,
  fictitious = false,
  notice,
}: {
  origins: DataOrigins;
  fictitious?: boolean;
  notice?: LoadedData['notice'];
}) {
  const demo = fictitious
    ? []
    : Object.entries(origins)
        .filter(([, o]) => o === 'demo')
        .map(([k]) => LABELS[k] ?? k);
  return (
    <>
      {notice && (
        <div
          className={
            notice.kind === 'restored' || notice.kind === 'erased'
              ? 'restored-banner'
              : 'demo-banner'
          }
          role="status"
          data-testid="data-notice"
          data-kind={notice.kind}
        >
          {notice.text}
        </div>
      )}
      {demo.length > 0 && (
        <div className="demo-banner" role="status" data-testid="mixed-banner">
          <strong>Données mélangées</strong> — vos fichiers sont affichés avec des tables de la
          démonstration <strong>fictive</strong> : {demo.join(', ')}. Ces dernières ne décrivent
          aucun lieu réel ; importez vos propres fichiers ou retirez-les (onglet « Importer »).
        </div>
      )}
    </>
  );
}
