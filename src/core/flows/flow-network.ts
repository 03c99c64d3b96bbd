import { groupRows, sortRows } from './csr';
import type { Adjacency, CommuneFlow, Destination } from './flow-types';

/** Known stays from a residence unit to a destination pole (the establishment's commune). */
export interface PoleFlow {
  origin: string;
  pole: string;
  stays: number;
}

/**
 * What the basin methods work on, indexed once: unit `i` is `units[i]` (codes sorted, so index
 * order is code order and ties broken on indices are broken on codes) and every relation is held
 * in typed arrays (compressed sparse rows). The residence unit is the commune: PMSI zone stays are
 * allocated to communes pro rata of population (`buildCommuneStaysSql`), which gives commune
 * adjacency (shared borders) directly and lets basins be compared with CPTS perimeters, which are
 * lists of communes.
 */
export interface FlowNetwork {
  /** Unit codes, sorted. */
  units: readonly string[];
  /** Code → unit index. */
  unitIndex: ReadonlyMap<string, number>;
  /** Inhabitants of each unit (0 when unknown). */
  population: Float64Array;
  /** The adjacency as given, by code. */
  adjacency: Adjacency;
  /** Neighbours of each unit as listed in `adjacency` (units only, duplicates kept). */
  neighbourOffsets: Int32Array;
  neighbourTargets: Int32Array;
  /** Neighbours either way (symmetric, sorted, without duplicates nor the unit itself). */
  linkOffsets: Int32Array;
  linkTargets: Int32Array;
  /** Stays of each unit's residents in each pole that is a unit: rows sorted by pole index. */
  flowOffsets: Int32Array;
  flowPoles: Int32Array;
  flowStays: Float64Array;
  /** Known stays of each unit's residents, poles outside the units included. */
  residentStays: Float64Array;
  /** Known stays received by each unit's establishments, residents of any commune included. */
  inflowStays: Float64Array;
}

/** A flow network by codes (generated or read), to be indexed by {@link indexFlowNetwork}. */
export interface CodedFlowNetwork {
  units: readonly string[];
  population: ReadonlyMap<string, number>;
  adjacency: Adjacency;
  /** Origin → pole stays; poles (and origins) may lie outside the units. */
  poleFlows: readonly PoleFlow[];
}

/** Unit → basin id. */
export type Partition = ReadonlyMap<string, string>;

/**
 * Builds the flow network of the basin methods: commune stays (masked cells excluded: their
 * count is unknown, they are reported by `computeTerritoryFlows`) summed by origin commune ×
 * establishment commune; stays to FINESS with no known establishment are dropped from the network
 * and returned in `unplacedStays` so the caller reports them. Linear in the rows.
 *
 * @example buildFlowNetwork(communes, flows, destinations, adjacency).flowStays // Float64Array
 */
export function buildFlowNetwork(
  communes: readonly { code: string; population: number | null }[],
  flows: readonly CommuneFlow[],
  destinations: ReadonlyMap<string, Destination>,
  adjacency: Adjacency,
): FlowNetwork & { unplacedStays: number } {
  // A commune of unknown population weighs nothing in the basins' population thresholds.
  const population = new Map(communes.map((c) => [c.code, c.population ?? 0]));
  const units = [...population.keys()].sort();
  const unitIndex = new Map(units.map((u, i) => [u, i]));
  const origins = new Int32Array(flows.length);
  const poles = new Int32Array(flows.length);
  const stays = new Float64Array(flows.length);
  let count = 0;
  let unplacedStays = 0;
  for (const f of flows) {
    if (f.stays === null || f.stays <= 0) continue;
    const pole = destinations.get(f.finess)?.communeCode;
    if (pole === undefined) {
      unplacedStays += f.stays;
      continue;
    }
    origins[count] = unitIndex.get(f.commune) ?? -1;
    poles[count] = unitIndex.get(pole) ?? -1;
    stays[count] = f.stays;
    count += 1;
  }
  const network = assemble(units, unitIndex, population, adjacency, origins, poles, stays, count);
  return { ...network, unplacedStays };
}

/**
 * Indexes a network given by codes (as {@link buildFlowNetwork} does for commune stays): unit
 * codes sorted and deduplicated, flows summed by origin × pole in input order.
 *
 * @example indexFlowNetwork({ units, population, adjacency, poleFlows }).units.length // 34868
 */
export function indexFlowNetwork(coded: CodedFlowNetwork): FlowNetwork {
  const units = [...new Set(coded.units)].sort();
  const unitIndex = new Map(units.map((u, i) => [u, i]));
  const n = coded.poleFlows.length;
  const origins = new Int32Array(n);
  const poles = new Int32Array(n);
  const stays = new Float64Array(n);
  coded.poleFlows.forEach((f, k) => {
    origins[k] = unitIndex.get(f.origin) ?? -1;
    poles[k] = unitIndex.get(f.pole) ?? -1;
    stays[k] = f.stays;
  });
  return assemble(units, unitIndex, coded.population, coded.adjacency, origins, poles, stays, n);
}

/** The typed arrays of a network from flow entries by unit index (−1: outside the units). */
function assemble(
  units: readonly string[],
  unitIndex: ReadonlyMap<string, number>,
  population: ReadonlyMap<string, number>,
  adjacency: Adjacency,
  origins: Int32Array,
  poles: Int32Array,
  stays: Float64Array,
  count: number,
): FlowNetwork {
  const n = units.length;
  const residentStays = new Float64Array(n);
  const inflowStays = new Float64Array(n);
  for (let k = 0; k < count; k++) {
    const o = origins[k] as number;
    const p = poles[k] as number;
    if (o >= 0) residentStays[o]! += stays[k] as number;
    if (p >= 0) inflowStays[p]! += stays[k] as number;
  }
  const flows = sortRows(groupRows(n, origins, poles, stays, count), n);
  return {
    units,
    unitIndex,
    population: Float64Array.from(units, (u) => population.get(u) ?? 0),
    adjacency,
    ...indexAdjacency(units, unitIndex, adjacency),
    flowOffsets: flows.offsets,
    flowPoles: flows.targets,
    flowStays: flows.values,
    residentStays,
    inflowStays,
  };
}

/** Directed (as listed) and symmetric neighbour rows of the units. */
function indexAdjacency(
  units: readonly string[],
  unitIndex: ReadonlyMap<string, number>,
  adjacency: Adjacency,
): Pick<FlowNetwork, 'neighbourOffsets' | 'neighbourTargets' | 'linkOffsets' | 'linkTargets'> {
  const from: number[] = [];
  const to: number[] = [];
  units.forEach((u, i) => {
    for (const v of adjacency[u] ?? []) {
      const j = unitIndex.get(v);
      if (j === undefined) continue;
      from.push(i);
      to.push(j);
    }
  });
  const n = units.length;
  const listed = groupRows(n, Int32Array.from(from), Int32Array.from(to), null, from.length);
  // Both directions, self-pairs dropped (-1), then sorted and deduplicated.
  const both = from.length * 2;
  const a = new Int32Array(both);
  const b = new Int32Array(both);
  from.forEach((i, k) => {
    const j = to[k] as number;
    const self = i === j;
    a[2 * k] = self ? -1 : i;
    b[2 * k] = j;
    a[2 * k + 1] = self ? -1 : j;
    b[2 * k + 1] = i;
  });
  const links = sortRows(groupRows(n, a, b, null, both), n);
  return {
    neighbourOffsets: listed.offsets,
    neighbourTargets: listed.targets,
    linkOffsets: links.offsets,
    linkTargets: links.targets,
  };
}
