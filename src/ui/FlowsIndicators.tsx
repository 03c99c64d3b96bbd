/** Flow indicators of a territory (taux d'autarcie, de fuite, d'attractivité, destinations). */
import type { TerritoryFlows } from '../app/flows-services';
import { formatNumber, formatPercent } from './format';

export function FlowsIndicators({ flows }: { flows: TerritoryFlows }) {
  return (
    <div data-testid="flows-indicators">
      <dl className="flows-kpis">
        <dt>Taux d’autarcie</dt>
        <dd data-testid="flows-autarcie">{formatPercent(flows.autarcie)}</dd>
        <dt>Taux de fuite</dt>
        <dd data-testid="flows-fuite">{formatPercent(flows.fuite)}</dd>
        <dt>Taux d’attractivité</dt>
        <dd data-testid="flows-attractivite">{formatPercent(flows.attractivite)}</dd>
        <dt>Séjours des habitants</dt>
        <dd>{formatNumber(flows.residentStays)}</dd>
        <dt>Cases masquées</dt>
        <dd data-testid="flows-masked">
          {flows.masked.cells} (« 1 à 10 », au plus {formatNumber(flows.masked.maxStays)} séjours,
          non comptés)
        </dd>
      </dl>
      <h4>Principales destinations des habitants</h4>
      <table className="flows-table">
        <thead>
          <tr>
            <th>Établissement</th>
            <th>Séjours</th>
            <th>Part</th>
          </tr>
        </thead>
        <tbody>
          {flows.topDestinations.slice(0, 6).map((d) => (
            <tr key={d.finess}>
              <td>
                {d.name}
                {d.inTerritory ? ' ●' : ''}
              </td>
              <td>{formatNumber(d.stays)}</td>
              <td>{formatPercent(d.share)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {flows.marketShares.length > 0 && (
        <>
          <h4>Établissements du territoire (● ci-dessus)</h4>
          <table className="flows-table">
            <thead>
              <tr>
                <th>Établissement</th>
                <th>Part de marché</th>
                <th>Activité venant du territoire</th>
              </tr>
            </thead>
            <tbody>
              {flows.marketShares.map((d) => (
                <tr key={d.finess}>
                  <td>{d.name}</td>
                  <td>{formatPercent(d.share)}</td>
                  <td>{formatPercent(d.shareOfActivity)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
