import type { TerritoryAnalysis } from '../core/territory/analyse-territory';
import { formatNumber } from './format';

const pct = (x: number | null | undefined) =>
  x === null || x === undefined ? '—' : `${formatNumber(x * 100, 1)} %`;

/** Live indicators of the active territory: population, tranche, professionals, contiguity, overlaps. */
export function TerritoryIndicators({
  analysis,
  ms,
  names,
}: {
  analysis: TerritoryAnalysis;
  ms: number | null;
  names: readonly { code: string; name: string }[];
}) {
  const i = analysis.indicators;
  const t = i.tranche;
  const nameOf = (code: string) => names.find((c) => c.code === code)?.name ?? code;
  const c = analysis.contiguity;
  return (
    <div className="territory-indicators" data-testid="territory-indicators">
      <dl>
        <dt>Population municipale</dt>
        <dd data-testid="territory-population">{formatNumber(i.population)} hab.</dd>
        <dt>Millésime</dt>
        <dd>{i.populationYears.join(', ') || '—'}</dd>
        <dt>Communes</dt>
        <dd data-testid="territory-communes">{i.communeCount}</dd>
        <dt>Superficie</dt>
        <dd>{formatNumber(i.areaKm2, 1)} km²</dd>
        <dt>Densité</dt>
        <dd>{formatNumber(i.densityKm2, 1)} hab./km²</dd>
        <dt>0–14 / 60+ / 75+</dt>
        <dd>
          {pct(i.ages?.share0014)} / {pct(i.ages?.share60p)} / {pct(i.ages?.share75p)}
        </dd>
        <dt>Sans généraliste dans la commune</dt>
        <dd>{pct(i.noGp.share)} de la population</dd>
      </dl>
      <div
        className={`territory-tranche${t.warning ? ' warn' : ''}`}
        data-testid="territory-tranche"
        data-size={t.tranche.size}
      >
        <strong>Tranche ACI : {t.tranche.label}</strong>
        <br />
        Fonctionnement {formatNumber(t.tranche.fonctionnementEur)} €/an · maximum{' '}
        {formatNumber(t.tranche.maxTotalEur)} €/an (population municipale)
        {t.warning && <p role="alert">⚠ {t.warning.message}</p>}
      </div>
      {(i.unknownCodes.length > 0 || i.communesWithoutPopulation.length > 0) && (
        <p className="territory-message">
          {i.unknownCodes.length > 0 &&
            `Communes absentes des données chargées : ${i.unknownCodes.join(', ')}. `}
          {i.communesWithoutPopulation.length > 0 &&
            `Sans population : ${i.communesWithoutPopulation.map(nameOf).join(', ')}.`}
        </p>
      )}
      <div className="territory-contiguity" data-testid="territory-contiguity">
        {c.pieces.length <= 1 && c.enclaves.length === 0 && c.holes === 0 ? (
          <span>Territoire d’un seul tenant, sans enclave.</span>
        ) : (
          <span className="warn">
            {c.pieces.length} morceau(x), {c.enclaves.length} enclave(s), {c.holes} trou(s) — en
            rouge sur la carte : {c.offending.slice(0, 8).map(nameOf).join(', ')}
            {c.offending.length > 8 ? '…' : ''}
          </span>
        )}
      </div>
      <table className="territory-table">
        <thead>
          <tr>
            <th>Professionnels (personnes)</th>
            <th>Nb</th>
            <th>/10 000</th>
            <th>Dép.</th>
            <th>Tout</th>
          </tr>
        </thead>
        <tbody>
          {i.professions.map((p) => (
            <tr key={p.key} data-testid={`territory-prof-${p.key}`}>
              <td>{p.label}</td>
              <td>{p.people}</td>
              <td>{formatNumber(p.per10k, 1)}</td>
              <td>{formatNumber(p.depPer10k, 1)}</td>
              <td>{formatNumber(p.allPer10k, 1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {i.establishments.length > 0 && (
        <table className="territory-table">
          <thead>
            <tr>
              <th>Établissements (catégorie FINESS)</th>
              <th>Nb</th>
            </tr>
          </thead>
          <tbody>
            {i.establishments.map((e) => (
              <tr key={e.categoryCode}>
                <td>{e.categoryLabel}</td>
                <td>{e.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <table className="territory-table" data-testid="territory-overlaps">
        <thead>
          <tr>
            <th>CPTS chevauchée</th>
            <th>Communes</th>
            <th>Population</th>
          </tr>
        </thead>
        <tbody>
          {analysis.overlaps.length === 0 && (
            <tr>
              <td colSpan={3}>Aucune</td>
            </tr>
          )}
          {analysis.overlaps.map((o) => (
            <tr key={o.name}>
              <td>{o.name}</td>
              <td>{o.sharedCommunes.length}</td>
              <td>{formatNumber(o.sharedPopulation)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="territory-small">
        Zones blanches : {analysis.whiteZones.inside.length} commune(s) du territoire et{' '}
        {analysis.whiteZones.around.length} autour n’appartiennent à aucune CPTS.
        {ms !== null && ` Calcul : ${formatNumber(ms, 0)} ms.`}
      </p>
    </div>
  );
}
