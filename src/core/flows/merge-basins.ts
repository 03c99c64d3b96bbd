import type { FlowNetwork } from './flow-network';
import type { LabelledPartition } from './partition';

/** Thresholds under which a basin is merged into a neighbour. */
export interface MergeThresholds {
  /** Minimum Localization Index (HSAr default 0.5; 0 disables). */
  minLi: number;
  /** Minimum known stays of the residents (0 disables). */
  minStays: number;
  /** Minimum population (0 disables). */
  minPopulation: number;
}

/** One basin during the merges, by label. */
interface BasinState {
  population: number;
  stays: number;
  /** Stays of this basin's residents by destination basin. */
  out: Map<number, number>;
  /** Stays received from each origin basin. */
  in: Map<number, number>;
  neighbours: Set<number>;
}

/**
 * Merges basins below an LI threshold, a minimum of stays or a minimum population into the
 * adjacent basin receiving most of their residents' stays (ties: the neighbour sending most stays
 * to them, then the smallest id), one at a time starting with the lowest LI (then the smallest
 * population, then the basin met first in unit order), recomputing the indices after each merge
 * until no basin is below the thresholds (HSAr merging step: Haynes, Wertli & Aujesky,
 * « Automated delineation of hospital service areas as a new tool for health care planning »,
 * Health Serv Res 2020;55(3):469–475). Merging two adjacent contiguous basins keeps contiguity.
 * A basin with no neighbour (island) is left as is. Stays in stays, population in inhabitants.
 *
 * @returns the basin of each unit (labels of `partition.ids`) and the number of merges
 * @example mergeBasins(network, labelled, { minLi: 0.5, minStays: 0, minPopulation: 0 }).merges // 12
 */
export function mergeBasins(
  network: FlowNetwork,
  partition: LabelledPartition,
  thresholds: MergeThresholds,
): { basinOf: Int32Array; merges: number } {
  const { states, order } = buildStates(network, partition);
  const owner = new Int32Array(partition.ids.length).fill(-1);
  const liOf = (id: number) => {
    const s = states[id] as BasinState;
    return s.stays > 0 ? (s.out.get(id) ?? 0) / s.stays : 0;
  };
  const li = new Float64Array(partition.ids.length);
  for (const id of order) li[id] = liOf(id);
  const below = (s: BasinState, id: number) =>
    s.neighbours.size > 0 &&
    ((li[id] as number) < thresholds.minLi ||
      s.stays < thresholds.minStays ||
      s.population < thresholds.minPopulation);
  let merges = 0;
  for (;;) {
    let worst = -1;
    for (const id of order) {
      const s = states[id];
      if (!s || !below(s, id)) continue;
      const w = states[worst];
      if (!w || (li[id] as number) < (li[worst] as number)) worst = id;
      else if (li[id] === li[worst] && s.population < w.population) worst = id;
    }
    if (worst < 0) break;
    const source = states[worst] as BasinState;
    const out = (x: number) => source.out.get(x) ?? 0;
    const inn = (x: number) => source.in.get(x) ?? 0;
    let target = -1;
    for (const b of source.neighbours) {
      if (
        target < 0 ||
        out(b) > out(target) ||
        (out(b) === out(target) && (inn(b) > inn(target) || (inn(b) === inn(target) && b < target)))
      )
        target = b;
    }
    absorb(states, worst, target);
    li[target] = liOf(target);
    owner[worst] = target;
    merges += 1;
  }
  const basinOf = Int32Array.from(partition.basinOf, (b) => {
    while (b >= 0 && (owner[b] as number) >= 0) b = owner[b] as number;
    return b;
  });
  return { basinOf, merges };
}

/** Basin states, and the labels in order of first appearance in unit order. */
function buildStates(
  network: FlowNetwork,
  { basinOf, ids }: LabelledPartition,
): { states: (BasinState | undefined)[]; order: number[] } {
  const states: (BasinState | undefined)[] = new Array(ids.length);
  const order: number[] = [];
  for (let u = 0; u < basinOf.length; u++) {
    const b = basinOf[u] as number;
    if (b < 0) continue;
    let s = states[b];
    if (!s) {
      s = { population: 0, stays: 0, out: new Map(), in: new Map(), neighbours: new Set() };
      states[b] = s;
      order.push(b);
    }
    s.population += network.population[u] as number;
    s.stays += network.residentStays[u] as number;
    for (let k = network.neighbourOffsets[u] as number; k < network.neighbourOffsets[u + 1]!; k++) {
      const other = basinOf[network.neighbourTargets[k] as number] as number;
      if (other >= 0 && other !== b) s.neighbours.add(other);
    }
  }
  const add = (m: Map<number, number>, k: number, v: number) => m.set(k, (m.get(k) ?? 0) + v);
  for (let u = 0; u < basinOf.length; u++) {
    const from = basinOf[u] as number;
    if (from < 0) continue;
    for (let k = network.flowOffsets[u] as number; k < network.flowOffsets[u + 1]!; k++) {
      const to = basinOf[network.flowPoles[k] as number] as number;
      if (to < 0) continue;
      add((states[from] as BasinState).out, to, network.flowStays[k] as number);
      add((states[to] as BasinState).in, from, network.flowStays[k] as number);
    }
  }
  return { states, order };
}

/** Moves basin `a` into basin `b`, updating the flows both ways and the adjacency. */
function absorb(states: (BasinState | undefined)[], a: number, b: number): void {
  const sa = states[a] as BasinState;
  const sb = states[b] as BasinState;
  const add = (m: Map<number, number>, k: number, v: number) => m.set(k, (m.get(k) ?? 0) + v);
  sb.population += sa.population;
  sb.stays += sa.stays;
  for (const [t, v] of sa.out) {
    const target = t === a ? b : t;
    add(sb.out, target, v);
    if (t !== a) (states[t] as BasinState).in.delete(a);
    add((states[target] as BasinState).in, b, v);
  }
  for (const [f, v] of sa.in) {
    if (f === a) continue;
    const sf = states[f] as BasinState;
    sf.out.delete(a);
    add(sf.out, b, v);
    add(sb.in, f, v);
  }
  for (const n of sa.neighbours) {
    if (n === b) continue;
    const sn = states[n] as BasinState;
    sn.neighbours.delete(a);
    sn.neighbours.add(b);
    sb.neighbours.add(n);
  }
  sb.neighbours.delete(a);
  sb.neighbours.delete(b);
  states[a] = undefined;
}
