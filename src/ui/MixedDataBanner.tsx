import type { DataOrigins } from '../app/load-data';

const LABELS: Record<string, string> = {
  communes: 'contours',
  population: 'population',
  professionals: 'professionnels',
  establishments: 'établissements',
  stays: 'séjours PMSI',
  pmsiZones: 'codes géographiques PMSI',
  perimeters: 'périmètres de CPTS',
};

/** Shown when the user's files are mixed with tables of the fictitious demo: says which ones. */
export function MixedDataBanner({ origins }: { origins: DataOrigins }) {
  const demo = Object.entries(origins)
    .filter(([, o]) => o === 'demo')
    .map(([k]) => LABELS[k] ?? k);
  if (demo.length === 0) return null;
  return (
    <div className="demo-banner" role="status" data-testid="mixed-banner">
      <strong>Données mélangées</strong> — vos fichiers sont affichés avec des tables de la
      démonstration <strong>fictive</strong> : {demo.join(', ')}. Ces dernières ne décrivent aucun
      lieu réel ; importez vos propres fichiers ou retirez-les (onglet « Importer »).
    </div>
  );
}
