/**
 * Flow indicators of a territory (taux d'autarcie, de fuite, d'attractivité, destinations), with
 * the masked cells of each rate and the stays of the territory's establishments from zones not
 * placed on the map.
 */
import { InfoTerm } from './InfoTerm';
import type { TerritoryFlows } from '../app/flows-services';
import { formatNumber, formatPercent } from './format';

export function FlowsIndicators({ flows }: { flows: TerritoryFlows }) {
  const { masked, unallocatedZones: unallocated } = flows;
  return (
    <div data-testid="flows-indicators">
      <dl className="flows-kpis">
        <dt>
          Taux d’autarcie <InfoTerm term="autarcie" />
        </dt>
        <dd data-testid="flows-autarcie">{formatPercent(flows.autarcie)}</dd>
        <dt>
          Taux de fuite <InfoTerm term="fuite" />
        </dt>
        <dd data-testid="flows-fuite">{formatPercent(flows.fuite)}</dd>
        <dt>Séjours des habitants</dt>
        <dd>{formatNumber(flows.residentStays)}</dd>
        <dt>
          Cases masquées des habitants <InfoTerm term="casesMasquees" />
        </dt>
        <dd data-testid="flows-masked">
          {masked.residentCells} (« 1 à 10 », au plus {formatNumber(masked.residentMaxStays)}{' '}
          séjours, non comptés dans l’autarcie et la fuite)
        </dd>
        <dt>
          Taux d’attractivité <InfoTerm term="attractivite" />
        </dt>
        <dd data-testid="flows-attractivite">{formatPercent(flows.attractivite)}</dd>
        <dt>Séjours des établissements du territoire</dt>
        <dd data-testid="flows-establishment-stays">
          {formatNumber(flows.establishmentStays)}, toutes provenances
        </dd>
        <dt>dont zones hors carte</dt>
        <dd data-testid="flows-unallocated">
          {formatNumber(unallocated.stays)} séjours ({formatPercent(unallocated.share)}) de{' '}
          {unallocated.zones.length} zone(s) PMSI non rattachée(s) aux communes chargées (autres
          départements, étranger « 99… »), comptés comme non-résidents
          {unallocated.zones.length > 0 &&
            ` : ${unallocated.zones
              .slice(0, 5)
              .map((z) => `${z.zone} (${formatNumber(z.stays)})`)
              .join(', ')}${unallocated.zones.length > 5 ? '…' : ''}`}
        </dd>
        <dt>Cases masquées des établissements</dt>
        <dd data-testid="flows-masked-establishments">
          {masked.establishmentCells} (« 1 à 10 », au plus{' '}
          {formatNumber(masked.establishmentMaxStays)} séjours, non comptés dans l’attractivité)
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
