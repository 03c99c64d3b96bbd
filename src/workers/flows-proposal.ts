/**
 * « Proposer un territoire »: territories the size of a CPTS grown from a seed commune along
 * patient flows (core/flows/grow-territory.ts), each with the same flow indicators as the Flux
 * PMSI tab and its agreement with the loaded CPTS perimeters.
 */
import { buildFlowNetwork } from '../core/flows/flow-network';
import type { Adjacency, FlowInputs } from '../core/flows/flow-types';
import { growTerritory, type TerritoryGrowth } from '../core/flows/grow-territory';
import { pickSizedOptions, type SizedOption } from '../core/flows/sized-options';
import { computeTerritoryFlows } from '../core/flows/territory-flows';
import { computeAciTranche } from '../core/territory/aci-tranche';
import { destinationsOf } from './flows-api';

/** The population range asked for (inhabitants). */
export interface ProposalRange {
  minPopulation: number;
  maxPopulation: number;
}

/** Default range: ACI tranches 1 and 2, from a first meaningful size up to 80 000 inhabitants. */
export const DEFAULT_PROPOSAL_RANGE: ProposalRange = {
  minPopulation: 20_000,
  maxPopulation: 80_000,
};

/** How a proposed territory agrees with an existing CPTS perimeter. */
export interface PerimeterAgreement {
  perimeterName: string;
  /** Communes both in the proposal and in the perimeter. */
  shared: number;
  perimeterCommunes: number;
  /** shared / |proposal ∪ perimeter| (Jaccard index). */
  jaccard: number;
}

/** One offered territory with the figures the Flux PMSI tab would show for it. */
export interface ProposedTerritory {
  role: SizedOption['role'];
  communes: string[];
  /** Population municipale of the communes whose population is known. */
  population: number;
  /** Communes of unknown population (not counted in `population`). */
  unknownPopulation: number;
  aciSize: number;
  /** taux d'autarcie (= LI of the territory) and d'attractivité, as in the Flux PMSI tab. */
  autarcie: number | null;
  attractivite: number | null;
  maskedCells: number;
  agreements: PerimeterAgreement[];
}

/** The offered territories and why the growth stopped. */
export interface TerritoryProposal {
  seed: string;
  range: ProposalRange;
  options: ProposedTerritory[];
  stoppedBy: TerritoryGrowth['stoppedBy'];
  /** The largest territory grown is below the floor asked for. */
  belowFloor: boolean;
}

/**
 * Proposes territories from `seedCommune` within a population range: the growth of
 * `growTerritory` bounded by the ceiling, the three options of `pickSizedOptions`, then for each
 * the flow indicators of `computeTerritoryFlows` (masked cells counted apart) and the ACI tranche.
 * Null when the seed is not a loaded commune.
 *
 * @example (await proposeSizedTerritory(inputs, adjacency, '96001', DEFAULT_PROPOSAL_RANGE))?.options.length
 */
export async function proposeSizedTerritory(
  inputs: FlowInputs,
  adjacency: Adjacency,
  seedCommune: string,
  range: ProposalRange,
): Promise<TerritoryProposal | null> {
  const { byFiness } = destinationsOf(inputs);
  const network = buildFlowNetwork(inputs.communes, inputs.communeFlows, byFiness, adjacency);
  const seed = network.unitIndex.get(seedCommune);
  if (seed === undefined) return null;
  const growth = growTerritory(network, seed, range.maxPopulation);
  const population = new Map(inputs.communes.map((c) => [c.code, c.population]));
  const options = pickSizedOptions(growth, range.minPopulation, range.maxPopulation).map(
    (option) => {
      const communes = [...growth.order.subarray(0, option.size)].map(
        (i) => network.units[i] as string,
      );
      const known = communes.map((c) => population.get(c) ?? null);
      const people = known.reduce<number>((sum, p) => sum + (p ?? 0), 0);
      const flows = computeTerritoryFlows(inputs, byFiness, communes);
      return {
        role: option.role,
        communes: communes.sort(),
        population: people,
        unknownPopulation: known.filter((p) => p === null).length,
        aciSize: computeAciTranche(people).tranche.size,
        autarcie: flows.autarcie,
        attractivite: flows.attractivite,
        maskedCells: flows.masked.residentCells,
        agreements: perimeterAgreements(inputs.perimeters, communes),
      };
    },
  );
  const last = growth.population[growth.population.length - 1] as number;
  return {
    seed: seedCommune,
    range,
    options,
    stoppedBy: growth.stoppedBy,
    belowFloor: last < range.minPopulation,
  };
}

/** Agreement of a set of communes with every loaded CPTS perimeter, most shared first. */
function perimeterAgreements(
  perimeters: FlowInputs['perimeters'],
  communes: readonly string[],
): PerimeterAgreement[] {
  const mine = new Set(communes);
  const byPerimeter = new Map<string, string[]>();
  for (const p of perimeters)
    byPerimeter.set(p.perimeterName, [...(byPerimeter.get(p.perimeterName) ?? []), p.communeCode]);
  return [...byPerimeter]
    .map(([perimeterName, codes]) => {
      const shared = codes.filter((c) => mine.has(c)).length;
      return {
        perimeterName,
        shared,
        perimeterCommunes: codes.length,
        jaccard: shared / (mine.size + codes.length - shared),
      };
    })
    .filter((a) => a.shared > 0)
    .sort((a, b) => b.shared - a.shared || a.perimeterName.localeCompare(b.perimeterName, 'fr'));
}
