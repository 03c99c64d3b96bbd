import type { Adjacency, CommuneFlow, Destination } from './flow-types';

/** Known stays from a residence unit to a destination pole (the establishment's commune). */
export interface PoleFlow {
  origin: string;
  pole: string;
  stays: number;
}

/**
 * What the basin methods work on. The residence unit is the commune: PMSI zone stays are
 * allocated to communes pro rata of population (`buildCommuneStaysSql`), which gives commune
 * adjacency (shared borders) directly and lets basins be compared with CPTS perimeters, which are
 * lists of communes.
 */
export interface FlowNetwork {
  /** Unit codes, sorted (deterministic iteration order). */
  units: string[];
  population: ReadonlyMap<string, number>;
  adjacency: Adjacency;
  /** Aggregated origin → pole flows (poles may lie outside the units: never internal). */
  poleFlows: PoleFlow[];
}

/** Unit → basin id. */
export type Partition = ReadonlyMap<string, string>;

/**
 * Builds the flow network of the basin methods: commune stays (masked cells excluded: their
 * count is unknown, they are reported by `computeTerritoryFlows`) summed by origin commune ×
 * establishment commune; stays to FINESS with no known establishment are dropped from the network
 * and returned in `unplacedStays` so the caller reports them.
 *
 * @example buildFlowNetwork(communes, flows, destinations, adjacency).poleFlows[0] // { origin, pole, stays }
 */
export function buildFlowNetwork(
  communes: readonly { code: string; population: number }[],
  flows: readonly CommuneFlow[],
  destinations: ReadonlyMap<string, Destination>,
  adjacency: Adjacency,
): FlowNetwork & { unplacedStays: number } {
  const units = [...new Set(communes.map((c) => c.code))].sort();
  const population = new Map(communes.map((c) => [c.code, c.population]));
  const sums = new Map<string, Map<string, number>>();
  let unplacedStays = 0;
  for (const f of flows) {
    if (f.stays === null || f.stays <= 0) continue;
    const pole = destinations.get(f.finess)?.communeCode;
    if (pole === undefined) {
      unplacedStays += f.stays;
      continue;
    }
    const row = sums.get(f.commune) ?? new Map<string, number>();
    row.set(pole, (row.get(pole) ?? 0) + f.stays);
    sums.set(f.commune, row);
  }
  const poleFlows: PoleFlow[] = [];
  for (const origin of [...sums.keys()].sort())
    for (const [pole, stays] of [...(sums.get(origin) ?? [])].sort(([a], [b]) => (a < b ? -1 : 1)))
      poleFlows.push({ origin, pole, stays });
  return { units, population, adjacency, poleFlows, unplacedStays };
}

/** Groups units by basin id (ids and members sorted). */
export function groupByBasin(partition: Partition): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const [unit, basin] of [...partition].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const list = groups.get(basin) ?? [];
    list.push(unit);
    groups.set(basin, list);
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Outgoing pole flows of each origin. */
export function flowsByOrigin(network: FlowNetwork): Map<string, PoleFlow[]> {
  const byOrigin = new Map<string, PoleFlow[]>();
  for (const f of network.poleFlows) {
    const list = byOrigin.get(f.origin) ?? [];
    list.push(f);
    byOrigin.set(f.origin, list);
  }
  return byOrigin;
}
