import type { FlowNetwork, Partition } from './flow-network';

/** Thresholds under which a basin is merged into a neighbour. */
export interface MergeThresholds {
  /** Minimum Localization Index (HSAr default 0.5; 0 disables). */
  minLi: number;
  /** Minimum known stays of the residents (0 disables). */
  minStays: number;
  /** Minimum population (0 disables). */
  minPopulation: number;
}

interface BasinState {
  population: number;
  stays: number;
  /** Stays of this basin's residents by destination basin. */
  out: Map<string, number>;
  /** Stays received from each origin basin. */
  in: Map<string, number>;
  neighbours: Set<string>;
}

/**
 * Merges basins below an LI threshold, a minimum of stays or a minimum population into the
 * adjacent basin receiving most of their residents' stays (ties: the neighbour sending most stays
 * to them, then the smallest id), one at a time starting with the lowest LI, recomputing the
 * indices after each merge until no basin is below the thresholds (HSAr merging step: Haynes,
 * Wertli & Aujesky, « Automated delineation of hospital service areas as a new tool for health
 * care planning », Health Serv Res 2020;55(3):469–475). Merging two adjacent contiguous basins
 * keeps contiguity.
 * A basin with no neighbour (island) is left as is.
 *
 * @example mergeBasins(network, partition, { minLi: 0.5, minStays: 0, minPopulation: 0 }).merges // 12
 */
export function mergeBasins(
  network: FlowNetwork,
  partition: Partition,
  thresholds: MergeThresholds,
): { partition: Map<string, string>; merges: number } {
  const state = buildStates(network, partition);
  const owner = new Map<string, string>(); // merged basin id -> basin it went into
  const find = (id: string): string => {
    let b = id;
    while (owner.has(b)) b = owner.get(b) as string;
    return b;
  };
  const li = (s: BasinState, id: string) => (s.stays > 0 ? (s.out.get(id) ?? 0) / s.stays : 0);
  const below = (s: BasinState, id: string) =>
    s.neighbours.size > 0 &&
    (li(s, id) < thresholds.minLi ||
      s.stays < thresholds.minStays ||
      s.population < thresholds.minPopulation);
  let merges = 0;
  for (;;) {
    let worst: string | null = null;
    let worstKey: [number, number] = [Infinity, Infinity];
    for (const [id, s] of state) {
      if (!below(s, id)) continue;
      const key: [number, number] = [li(s, id), s.population];
      if (key[0] < worstKey[0] || (key[0] === worstKey[0] && key[1] < worstKey[1])) {
        worst = id;
        worstKey = key;
      }
    }
    if (worst === null) break;
    const source = state.get(worst) as BasinState;
    const target = [...source.neighbours].sort(
      (a, b) =>
        (source.out.get(b) ?? 0) - (source.out.get(a) ?? 0) ||
        (source.in.get(b) ?? 0) - (source.in.get(a) ?? 0) ||
        (a < b ? -1 : 1),
    )[0] as string;
    absorb(state, worst, target);
    owner.set(worst, target);
    merges += 1;
  }
  const merged = new Map<string, string>();
  for (const [unit, basin] of partition) merged.set(unit, find(basin));
  return { partition: merged, merges };
}

function buildStates(network: FlowNetwork, partition: Partition): Map<string, BasinState> {
  const state = new Map<string, BasinState>();
  const get = (id: string) => {
    let s = state.get(id);
    if (!s) {
      s = { population: 0, stays: 0, out: new Map(), in: new Map(), neighbours: new Set() };
      state.set(id, s);
    }
    return s;
  };
  for (const [unit, basin] of partition) {
    const s = get(basin);
    s.population += network.population.get(unit) ?? 0;
    for (const v of network.adjacency[unit] ?? []) {
      const other = partition.get(v);
      if (other !== undefined && other !== basin) s.neighbours.add(other);
    }
  }
  for (const { origin, pole, stays } of network.poleFlows) {
    const from = partition.get(origin);
    if (from === undefined) continue;
    const s = get(from);
    s.stays += stays;
    const to = partition.get(pole);
    if (to === undefined) continue;
    s.out.set(to, (s.out.get(to) ?? 0) + stays);
    const t = get(to);
    t.in.set(from, (t.in.get(from) ?? 0) + stays);
  }
  return state;
}

/** Moves basin `a` into basin `b`, updating the flows both ways and the adjacency. */
function absorb(state: Map<string, BasinState>, a: string, b: string): void {
  const sa = state.get(a) as BasinState;
  const sb = state.get(b) as BasinState;
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
  sb.population += sa.population;
  sb.stays += sa.stays;
  for (const [t, v] of sa.out) {
    const target = t === a ? b : t;
    add(sb.out, target, v);
    if (t !== a) (state.get(t) as BasinState).in.delete(a);
    add((state.get(target) as BasinState).in, b, v);
  }
  for (const [f, v] of sa.in) {
    if (f === a) continue;
    const sf = state.get(f) as BasinState;
    sf.out.delete(a);
    add(sf.out, b, v);
    add(sb.in, f, v);
  }
  for (const n of sa.neighbours) {
    if (n === b) continue;
    const sn = state.get(n) as BasinState;
    sn.neighbours.delete(a);
    sn.neighbours.add(b);
    sb.neighbours.add(n);
  }
  sb.neighbours.delete(a);
  sb.neighbours.delete(b);
  state.delete(a);
}
