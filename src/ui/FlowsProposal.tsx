/**
 * « Proposer un territoire » of the Flux PMSI tab: a basin grown from a clicked commune (analysis
 * worker), its agreement with the loaded CPTS, and a button that sends it to the workbench.
 */
import { useState } from 'react';
import { useAppServices } from '../app/app-services';
import {
  drawFlowLayers,
  flowsWorker,
  outlineGroups,
  type BasinMethod,
  type BasinRequest,
  type FlowsEngine,
  type NamedBasin,
  type PerimeterAgreement,
} from '../app/flows-services';
import { METHOD_LABELS } from './FlowsBasins';
import { formatPercent } from './format';

export function FlowsProposal({
  engine,
  requests,
  onError,
}: {
  engine: FlowsEngine;
  requests: Record<BasinMethod, BasinRequest>;
  onError: (e: unknown) => void;
}) {
  const services = useAppServices();
  const { setClickHandler } = services;
  const [picking, setPicking] = useState(false);
  const [proposal, setProposal] = useState<{
    basin: NamedBasin;
    agreements: PerimeterAgreement[];
    method: BasinMethod;
    seed: string;
  } | null>(null);

  const startProposal = (method: BasinMethod) => {
    setPicking(true);
    setClickHandler((code) => {
      if (!code || !engine) return false;
      setClickHandler(null);
      setPicking(false);
      flowsWorker()
        .proposeTerritory(engine.inputs, engine.adjacency, code, requests[method])
        .then(async (p) => {
          setProposal(p ? { ...p, seed: code } : null);
          const outlines = p
            ? await outlineGroups(services, [
                { name: p.basin.name, codes: p.basin.communes, colour: '#111111', width: 4 },
              ])
            : null;
          await drawFlowLayers(services, { outlines });
        }, onError);
      return true;
    });
  };

  return (
    <section className="flows-section">
      <h3>Proposer un territoire</h3>
      <button
        type="button"
        data-testid="propose-plurality"
        onClick={() => startProposal('plurality')}
      >
        Proposer (pluralité)
      </button>{' '}
      <button
        type="button"
        data-testid="propose-modularity"
        onClick={() => startProposal('modularity')}
      >
        Proposer (modularité)
      </button>
      {picking && <p className="flows-note">Cliquez sur la commune de départ sur la carte.</p>}
      {proposal && (
        <div data-testid="proposal">
          <p>
            <strong>{proposal.basin.name}</strong> ({METHOD_LABELS[proposal.method]}) :{' '}
            {proposal.basin.communes.length} communes, LI{' '}
            <strong data-testid="proposal-li">{formatPercent(proposal.basin.li)}</strong>, MSI{' '}
            {formatPercent(proposal.basin.msi)} (contour noir sur la carte).
          </p>
          <ul>
            {proposal.agreements.map((a) => (
              <li key={a.perimeterName}>
                {a.perimeterName} : {a.shared} commune(s) en commun sur {a.perimeterCommunes}{' '}
                (Jaccard {formatPercent(a.jaccard, 0)})
              </li>
            ))}
          </ul>
          <button
            type="button"
            data-testid="proposal-to-workbench"
            onClick={() =>
              services.territories
                .create(proposalName(proposal, services.data.communes), proposal.basin.communes)
                .catch(onError)
            }
          >
            Modifier dans l’atelier « Territoire »
          </button>
        </div>
      )}
    </section>
  );
}

/** Name of a proposed territory: the basin and the seed commune it was proposed from. */
function proposalName(
  proposal: { basin: NamedBasin; seed: string },
  communes: readonly { code: string; name?: unknown }[],
): string {
  const seed = communes.find((c) => c.code === proposal.seed);
  return `${proposal.basin.name} (depuis ${seed ? String(seed.name) : proposal.seed})`;
}
