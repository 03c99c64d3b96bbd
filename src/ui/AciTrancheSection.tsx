import { InfoTerm } from './InfoTerm';
import type { AciAmount } from '../core/territory/aci-amounts';
import type { AciTrancheResult } from '../core/territory/aci-tranche';
import { notLoadedMessage } from '../core/territory/not-loaded';
import { formatNumber } from './format';

const frDate = (iso: string) => iso.split('-').reverse().join('/');

/** One sourced maximum: « jusqu'à … €/an », its text and article, its « valable au » date. */
function AmountLine({ amount }: { amount: AciAmount }) {
  const s = amount.supersededBy;
  return (
    <li data-testid="aci-amount" data-current={s ? 'false' : 'true'}>
      {amount.label} : <strong>jusqu’à {formatNumber(amount.maxEur)} €/an</strong>{' '}
      <span title={amount.text.reference}>
        — {amount.text.shortName}
        {amount.article ? `, ${amount.article}` : ''}, valable au {frDate(amount.validAt)}
      </span>
      {s &&
        ` (modifié par l’${s.text.shortName}${s.amountListed ? '' : ', nouveau montant non repris ici'})`}
    </li>
  );
}

/**
 * The ACI tranche of the territory with the sourced funding maxima (one text per line, with its
 * date), the 3 % warning, and « population non chargée » instead of a tranche without population.
 */
export function AciTrancheSection({
  tranche,
  populationLabel,
}: {
  tranche: AciTrancheResult | null;
  /** Which population the tranche uses (« population municipale INSEE 2021 »…). */
  populationLabel: string;
}) {
  if (!tranche) {
    return (
      <div className="territory-tranche warn" data-testid="territory-tranche" data-size="">
        <strong>Tranche ACI : population non chargée</strong> —{' '}
        {notLoadedMessage('population').replace(/^non chargé — /, '')}
      </div>
    );
  }
  return (
    <div
      className={`territory-tranche${tranche.warning ? ' warn' : ''}`}
      data-testid="territory-tranche"
      data-size={tranche.tranche.size}
    >
      <strong>Tranche ACI : {tranche.tranche.label}</strong> <InfoTerm term="trancheAci" /> (
      {populationLabel})
      <ul>
        {tranche.amounts.map((a) => (
          <AmountLine key={`${a.text.id}-${a.kind}`} amount={a} />
        ))}
      </ul>
      <small>
        Montants maximaux annuels ; le financement versé dépend du contrat et des missions.
      </small>
      {tranche.warning && <p role="alert">⚠ {tranche.warning.message}</p>}
    </div>
  );
}
