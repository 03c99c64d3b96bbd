import type { CommuneRow } from '../app/load-data';
import { notLoadedMessage, POPULATION_SOURCE_LABELS } from '../core/territory/not-loaded';
import { populationYearLabel } from '../core/territory/population-vintage';
import { formatNumber, formatPercent } from './format';

const PROFESSIONS: [string, string][] = [
  ['gp', 'Médecins généralistes'],
  ['nurses', 'Infirmiers'],
  ['physios', 'Masseurs-kinésithérapeutes'],
  ['pharmacists', 'Pharmaciens'],
  ['dentists', 'Chirurgiens-dentistes'],
  ['midwives', 'Sages-femmes'],
];

/**
 * The card of the commune clicked or found: population (and its provenance), age structure,
 * professionals, CPTS. A layer that is not loaded says « non chargé » and what to load, never 0
 * (the commune row's columns are NULL then, see `buildCommuneIndicatorsSql`).
 */
export function CommuneCard({
  commune,
  perimeters,
  onClose,
}: {
  commune: CommuneRow;
  perimeters: string[];
  onClose: () => void;
}) {
  const fromContours = commune.population_source === 'contours';
  const hasPopulation = commune.population !== null && commune.population !== undefined;
  const professionalsLoaded = commune.gp !== null && commune.gp !== undefined;
  const cpts = commune.cpts;
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
          {hasPopulation && !fromContours
            ? ` (${populationYearLabel(typeof commune.population_year === 'number' ? commune.population_year : null)})`
            : ''}
        </dt>
        <dd data-testid="card-population">
          {commune.population === null || commune.population === undefined
            ? notLoadedMessage('population')
            : formatNumber(commune.population)}
          {fromContours && ` — ${POPULATION_SOURCE_LABELS.contours}`}
        </dd>
        <dt>Superficie</dt>
        <dd>{formatNumber(commune.area_km2, 1)} km²</dd>
        <dt>Densité</dt>
        <dd>{formatNumber(commune.density_km2)} hab./km²</dd>
        <dt>Moins de 15 ans / 60 ans et plus / 75 ans et plus</dt>
        <dd>
          {commune.ages_loaded === false
            ? notLoadedMessage('ages')
            : `${formatPercent(commune.share_0014)} / ${formatPercent(commune.share_60p)} / ${formatPercent(commune.share_75p)}`}
        </dd>
        <dt>CPTS</dt>
        <dd data-testid="card-cpts">
          {cpts === null || cpts === undefined
            ? notLoadedMessage('perimeters')
            : perimeters.length
              ? perimeters.join(' ; ')
              : 'Aucune (zone blanche)'}
        </dd>
      </dl>
      {professionalsLoaded ? (
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
      ) : (
        <p data-testid="card-professionals">
          Professionnels de santé : {notLoadedMessage('professionals')}
        </p>
      )}
    </section>
  );
}
