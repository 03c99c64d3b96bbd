/**
 * « Proposer un territoire » of the Flux PMSI tab: territories the size of a CPTS grown from a
 * clicked commune along patient flows (analysis worker), a smaller and a larger alternative, their
 * figures, and a button that sends the chosen one to the workbench as an editable draft.
 */
import { useAppServices } from '../app/app-services';
import {
  drawFlowLayers,
  flowsWorker,
  outlineGroups,
  type FlowsEngine,
  type ProposedTerritory,
  type TerritoryProposal,
} from '../app/flows-services';
import { useFlowsProposal } from '../app/use-flows-proposal';
import { formatNumber, formatPercent } from './format';
import { InfoTerm } from './InfoTerm';

const ROLE_LABELS: Record<ProposedTerritory['role'], string> = {
  smaller: 'Plus petit',
  proposed: 'Proposé',
  larger: 'Plus grand',
};
const ROLE_OUTLINES: Record<ProposedTerritory['role'], { colour: string; width: number }> = {
  smaller: { colour: '#7a7a7a', width: 2 },
  proposed: { colour: '#111111', width: 4 },
  larger: { colour: '#7a7a7a', width: 2 },
};

export function FlowsProposal({
  engine,
  onError,
}: {
  engine: FlowsEngine;
  onError: (e: unknown) => void;
}) {
  const services = useAppServices();
  // Kept across tab visits for this data: range, last proposal and its outlines, busy state.
  const { range, setRange, proposal, otherRange, busy, picking, start } = useFlowsProposal(
    services.data,
    {
      setClickHandler: services.setClickHandler,
      propose: (seed, asked) =>
        flowsWorker().proposeSizedTerritory(engine.inputs, engine.adjacency, seed, asked),
      outline: (p) =>
        outlineGroups(
          services,
          p.options.map((o) => ({
            name: ROLE_LABELS[o.role],
            codes: o.communes,
            ...ROLE_OUTLINES[o.role],
          })),
        ),
      draw: (outlines) => void drawFlowLayers(services, { outlines }).catch(onError),
      onError,
    },
  );
  const nameOf = (code: string) => String(services.data.communes.nameOf(code) ?? code);
  const rangeValid = range.minPopulation >= 0 && range.maxPopulation > range.minPopulation;

  return (
    <section className="flows-section">
      <h3>Proposer un territoire</h3>
      <p className="flows-note">
        À partir d’une commune, Périmètre ajoute une à une les communes voisines les plus liées au
        territoire par les séjours hospitaliers, jusqu’à la population choisie.
      </p>
      <div className="field-row">
        <label className="field">
          Population de
          <input
            type="number"
            min={0}
            step={5000}
            data-testid="proposal-min"
            value={range.minPopulation}
            onChange={(e) => setRange({ ...range, minPopulation: Number(e.target.value) })}
          />
        </label>
        <label className="field">
          à (habitants)
          <input
            type="number"
            min={0}
            step={5000}
            data-testid="proposal-max"
            value={range.maxPopulation}
            onChange={(e) => setRange({ ...range, maxPopulation: Number(e.target.value) })}
          />
        </label>
      </div>
      <p className="flows-note">
        Tranches ACI <InfoTerm term="trancheAci" /> : 1 moins de 40 000 hab., 2 de 40 000 à 80 000,
        3 de 80 000 à 175 000, 4 au-delà.
      </p>
      <button
        type="button"
        data-testid="propose-territory"
        disabled={busy || !rangeValid}
        onClick={start}
      >
        {busy ? 'Calcul de la proposition…' : 'Proposer depuis une commune'}
      </button>
      {!rangeValid && (
        <p className="flows-note">La population maximale doit dépasser la population minimale.</p>
      )}
      {picking && <p className="flows-note">Cliquez sur la commune de départ sur la carte.</p>}
      {proposal && otherRange && (
        <p className="flows-note" data-testid="proposal-other-range">
          La proposition ci-dessous a été calculée pour {formatNumber(proposal.range.minPopulation)}{' '}
          à {formatNumber(proposal.range.maxPopulation)} habitants : cliquez sur « Proposer depuis
          une commune » pour la nouvelle fourchette.
        </p>
      )}
      {proposal && (
        <ProposalTable
          proposal={proposal}
          seedName={nameOf(proposal.seed)}
          onCreate={(option) =>
            services.territories
              .create(
                `Proposition depuis ${nameOf(proposal.seed)} (${formatNumber(option.population)} hab.)`,
                option.communes,
              )
              .catch(onError)
          }
        />
      )}
    </section>
  );
}

function ProposalTable({
  proposal,
  seedName,
  onCreate,
}: {
  proposal: TerritoryProposal;
  seedName: string;
  onCreate: (option: ProposedTerritory) => void;
}) {
  const largest = proposal.options[proposal.options.length - 1];
  return (
    <div data-testid="proposal">
      <p>
        Depuis <strong>{seedName}</strong>, entre {formatNumber(proposal.range.minPopulation)} et{' '}
        {formatNumber(proposal.range.maxPopulation)} habitants (contour noir : la proposition, gris
        : les variantes).
      </p>
      {proposal.belowFloor && largest && (
        <p className="flows-note" data-testid="proposal-below-floor">
          La croissance s’arrête à {formatNumber(largest.population)} habitants : plus aucune
          commune voisine{proposal.stoppedBy === 'population' ? ' ne tient sous le maximum' : ''}.
        </p>
      )}
      <table className="flows-table">
        <thead>
          <tr>
            <th />
            <th>Communes</th>
            <th>Population</th>
            <th>Tranche ACI</th>
            <th>
              Autarcie (LI) <InfoTerm term="autarcie" />
            </th>
            <th>
              Attractivité <InfoTerm term="attractivite" />
            </th>
            <th />
          </tr>
        </thead>
        <tbody>
          {proposal.options.map((o) => (
            <tr key={o.role} data-testid={`proposal-${o.role}`} data-population={o.population}>
              <th scope="row">{ROLE_LABELS[o.role]}</th>
              <td>{o.communes.length}</td>
              <td>
                {formatNumber(o.population)}
                {o.unknownPopulation > 0 &&
                  ` (+ ${o.unknownPopulation} commune(s) sans population)`}
              </td>
              <td>{o.aciSize}</td>
              <td data-testid="proposal-li">{formatPercent(o.autarcie)}</td>
              <td>{formatPercent(o.attractivite)}</td>
              <td>
                <button
                  type="button"
                  data-testid={`proposal-to-workbench-${o.role}`}
                  onClick={() => onCreate(o)}
                >
                  Modifier dans l’atelier
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Agreements option={proposal.options.find((o) => o.role === 'proposed')} />
    </div>
  );
}

function Agreements({ option }: { option: ProposedTerritory | undefined }) {
  if (!option) return null;
  if (option.agreements.length === 0)
    return (
      <p className="flows-note">Aucune commune de la proposition n’est dans une CPTS chargée.</p>
    );
  return (
    <ul data-testid="proposal-agreements">
      {option.agreements.map((a) => (
        <li key={a.perimeterName}>
          {a.perimeterName} : {a.shared} commune(s) en commun sur {a.perimeterCommunes} (Jaccard{' '}
          {formatPercent(a.jaccard, 0)})
        </li>
      ))}
    </ul>
  );
}
