/**
 * Short flows and access summary of the active territory in the « Territoire » panel (autarcie,
 * fuite, attractivité; GP access score and share under the threshold), each with a button to the
 * tab that details it. A layer not loaded says so (« non chargé — chargez … »), never 0.
 */
import { InfoTerm } from './InfoTerm';
import { useAppServices } from '../app/app-services';
import { useAccessSummary, useFlowSummary, type Summary } from '../app/use-territory-summary';
import { formatNumber, formatPercent } from './format';

function Pending({ summary }: { summary: Summary<unknown> }) {
  if (summary.state === 'loading') return <>calcul…</>;
  if (summary.state === 'error') return <>impossible : {summary.message}</>;
  return null;
}

export function TerritorySummary({ codes }: { codes: readonly string[] }) {
  const services = useAppServices();
  const flows = useFlowSummary(services, codes);
  const access = useAccessSummary(services, codes);
  const link = (tab: string, label: string, testId: string) => (
    <button type="button" data-testid={testId} onClick={() => services.openTab(tab)}>
      {label}
    </button>
  );
  return (
    <details open className="territory-tools" data-testid="territory-summary">
      <summary>Flux et accès aux soins</summary>
      <p
        data-testid="summary-flows"
        data-state={flows.state}
        data-fresh={flows.state !== 'ready' || flows.codes === codes}
      >
        <strong>Flux PMSI</strong> :{' '}
        {flows.state === 'ready' ? (
          <>
            autarcie{' '}
            <span data-testid="summary-autarcie">{formatPercent(flows.value.autarcie)}</span>, fuite{' '}
            <span data-testid="summary-fuite">{formatPercent(flows.value.fuite)}</span>,
            attractivité{' '}
            <span data-testid="summary-attractivite">
              {formatPercent(flows.value.attractivite)}
            </span>{' '}
            {link('flows', 'Détails des flux', 'summary-open-flows')}
          </>
        ) : flows.state === 'absent' ? (
          <>
            non chargé — chargez les séjours PMSI (code géographique × FINESS).{' '}
            {link('import', 'Importer', 'summary-import-flows')}
          </>
        ) : (
          <Pending summary={flows} />
        )}
      </p>
      <p
        data-testid="summary-access"
        data-state={access.state}
        data-fresh={access.state !== 'ready' || access.codes === codes}
      >
        <strong>Accès aux médecins généralistes</strong> <InfoTerm term="e2sfca" /> (paramètres par
        défaut) :{' '}
        {access.state === 'ready' ? (
          <>
            score moyen{' '}
            <span data-testid="summary-access-score">
              {formatNumber(access.value.rollUp.weightedScore, 2)}
            </span>{' '}
            ({access.value.unit}),{' '}
            <span data-testid="summary-access-below">
              {formatPercent(access.value.rollUp.shareBelow)}
            </span>{' '}
            de la population sous le seuil de {formatNumber(access.value.threshold, 1)}{' '}
            {link('access', 'Détails de l’accès', 'summary-open-access')}
          </>
        ) : access.state === 'absent' ? (
          <>
            non chargé — chargez l’Annuaire Santé (professionnels de santé).{' '}
            {link('import', 'Importer', 'summary-import-access')}
          </>
        ) : (
          <Pending summary={access} />
        )}
      </p>
    </details>
  );
}
