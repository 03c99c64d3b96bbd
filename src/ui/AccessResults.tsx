/** Territory roll-up of the access score: weighted mean, share below the threshold, deciles. */
import type { AccessRollUp } from '../core/access/roll-up';
import { formatNumber, formatPercent } from './format';
import { InfoTerm } from './InfoTerm';

export function AccessResults({
  territory,
  reference,
  unit,
  threshold,
  territoryLabel,
}: {
  territory: AccessRollUp;
  reference: AccessRollUp;
  unit: string;
  threshold: number;
  territoryLabel: string;
}) {
  return (
    <section className="access-results" data-testid="access-results">
      <p className="access-unit">
        Unité : <strong data-testid="access-unit">{unit}</strong>
      </p>
      <table className="access-table">
        <thead>
          <tr>
            <th />
            <th>{territoryLabel}</th>
            <th>
              Ensemble des communes <InfoTerm term="ensembleCharge" />
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>Score moyen (pondéré par la population standardisée)</td>
            <td data-testid="access-territory-score">{formatNumber(territory.weightedScore, 2)}</td>
            <td>{formatNumber(reference.weightedScore, 2)}</td>
          </tr>
          <tr>
            <td>Population sous le seuil ({formatNumber(threshold, 2)})</td>
            <td data-testid="access-territory-below">
              {formatNumber(territory.populationBelow)} hab. ({formatPercent(territory.shareBelow)})
            </td>
            <td>
              {formatNumber(reference.populationBelow)} hab. ({formatPercent(reference.shareBelow)})
            </td>
          </tr>
          <tr>
            <td>Communes / population</td>
            <td>
              {territory.communeCount} / {formatNumber(territory.population)}
            </td>
            <td>
              {reference.communeCount} / {formatNumber(reference.population)}
            </td>
          </tr>
          {territory.deciles.map((d, i) => (
            <tr key={i} className="decile">
              <td>
                {`D${i + 1}${i === 4 ? ' (médiane)' : ''}`}
                {i === 0 && <InfoTerm term="deciles" />}
              </td>
              <td>{formatNumber(d, 2)}</td>
              <td>{formatNumber(reference.deciles[i], 2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
