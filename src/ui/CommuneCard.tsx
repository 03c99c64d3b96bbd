import type { CommuneRow } from '../app/load-data';
import { formatNumber, formatPercent } from './format';

const PROFESSIONS: [string, string][] = [
  ['gp', 'Médecins généralistes'],
  ['nurses', 'Infirmiers'],
  ['physios', 'Masseurs-kinésithérapeutes'],
  ['pharmacists', 'Pharmaciens'],
  ['dentists', 'Chirurgiens-dentistes'],
  ['midwives', 'Sages-femmes'],
];

/** The card of the commune clicked or found: population, age structure, professionals, CPTS. */
export function CommuneCard({
  commune,
  perimeters,
  onClose,
}: {
  commune: CommuneRow;
  perimeters: string[];
  onClose: () => void;
}) {
  return (
    <section
      className="panel-section commune-card"
      data-testid="commune-card"
      aria-label="Fiche commune"
    >
      <header>
        <h3>
          {commune.name} <span className="code">{commune.code}</span>
        </h3>
        <button type="button" className="close" onClick={onClose} aria-label="Fermer la fiche">
          ×
        </button>
      </header>
      <dl>
        <dt>EPCI</dt>
        <dd>{String(commune.epci_name ?? '—')}</dd>
        <dt>
          Population municipale
          {commune.population_year ? ` (${String(commune.population_year)})` : ''}
        </dt>
        <dd data-testid="card-population">{formatNumber(commune.population)}</dd>
        <dt>Superficie</dt>
        <dd>{formatNumber(commune.area_km2, 1)} km²</dd>
        <dt>Densité</dt>
        <dd>{formatNumber(commune.density_km2)} hab./km²</dd>
        <dt>Moins de 15 ans / 60 ans et plus / 75 ans et plus</dt>
        <dd>
          {formatPercent(commune.share_0014)} / {formatPercent(commune.share_60p)} /{' '}
          {formatPercent(commune.share_75p)}
        </dd>
        <dt>CPTS</dt>
        <dd>{perimeters.length ? perimeters.join(' ; ') : 'Aucune (zone blanche)'}</dd>
      </dl>
      <table className="professions">
        <thead>
          <tr>
            <th>Professionnels (personnes)</th>
            <th>Effectif</th>
            <th>pour 10 000 hab.</th>
          </tr>
        </thead>
        <tbody>
          {PROFESSIONS.map(([key, label]) => (
            <tr key={key}>
              <td>{label}</td>
              <td>{formatNumber(commune[key])}</td>
              <td>{formatNumber(commune[`${key}_per10k`], 1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
