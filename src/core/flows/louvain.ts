import { shuffler } from 'd3-array';
import { randomLcg } from 'd3-random';
import type { Csr } from './csr';
import {
  aggregateLevel,
  computeLevelModularity,
  toLouvainLevel,
  type LouvainLevel,
} from './louvain-level';

/** Parameters of Louvain. */
export interface LouvainOptions {
  /** Resolution γ (1 = standard modularity; higher gives more, smaller communities). */
  resolution: number;
  /** Seed of the shuffles of the node order (same seed, same communities). */
  seed: number;
}

/** Communities found by Louvain. */
export interface LouvainResult {
  /** Community of each node, 0…count−1, numbered by smallest member. */
  communityOf: Int32Array;
  /** Number of communities (a node without edges is a community of its own). */
  count: number;
  /** Modularity of the partition at resolution γ. */
  modularity: number;
  /** Aggregation levels run. */
  levels: number;
}

/** A level (or a pass of local moves) stops improving below this modularity gain (networkx's). */
const THRESHOLD = 1e-7;

/**
 * Community detection by the Louvain method (Blondel VD, Guillaume J-L, Lambiotte R, Lefebvre E,
 * « Fast unfolding of communities in large networks », J Stat Mech 2008:P10008), with resolution γ
 * (Reichardt & Bornholdt 2006), on an undirected weighted graph held as symmetric CSR rows. Phase 1
 * moves each node, in a seeded random order, to the neighbouring community with the largest
 * modularity gain ΔQ = [w(i, C) − γ · Σtot(C) · k_i / 2m] / m (ties and zero gain: the node stays;
 * otherwise the first community met among its neighbours), repeated until a pass moves nothing or
 * gains ≤ 1e-7; phase 2 aggregates the communities into the nodes of the next level
 * (`aggregateLevel`). Levels repeat until no node moves or the modularity gains ≤ 1e-7 (networkx
 * `louvain_communities` threshold). The order is reshuffled at every level, as in networkx.
 *
 * Written here rather than taken from npm: graphology-communities-louvain needs a graphology graph,
 * whose per-node and per-edge object allocations cost 5× the algorithm itself on the national
 * flow graph (35 k nodes, 450 k edges); the other Louvain packages take object graphs too
 * (louvain 1.2 and jlouvain: arrays of `{source, target, weight}` with string keys, no seed;
 * ngraph.louvain, ngraph.leiden: an ngraph.graph) and are little used. None reads typed arrays.
 * Typed arrays only: node → community (Int32Array), community totals (Float64Array), neighbour
 * weights in a dense scratch array with the list of touched communities.
 *
 * @param rows symmetric weighted rows (i → j and j → i with the same weight, in stays for the
 *   flow graph; any unit works, modularity has none), no self-loop
 * @example detectLouvainCommunities(rows, { resolution: 1, seed: 2026 }).communityOf
 */
export function detectLouvainCommunities(rows: Csr, options: LouvainOptions): LouvainResult {
  const n = rows.offsets.length - 1;
  let totalWeight = 0;
  for (let k = 0; k < rows.values.length; k++) totalWeight += rows.values[k] as number;
  totalWeight /= 2;
  const communityOf = Int32Array.from({ length: n }, (_, i) => i);
  if (totalWeight <= 0) return { communityOf, count: n, modularity: 0, levels: 0 };
  const shuffle = shuffler(randomLcg(options.seed));
  let level = toLouvainLevel(rows);
  let modularity = computeLevelModularity(level, totalWeight, options.resolution);
  let levels = 0;
  for (;;) {
    const community = moveNodes(level, totalWeight, options.resolution, shuffle);
    if (community === null) break;
    const next = aggregateLevel(level, community);
    for (let i = 0; i < n; i++) communityOf[i] = next.label[communityOf[i] as number] as number;
    level = next.level;
    levels += 1;
    const q = computeLevelModularity(level, totalWeight, options.resolution);
    const gain = q - modularity;
    modularity = q;
    if (gain <= THRESHOLD) break;
  }
  return { communityOf, count: level.degree.length, modularity, levels };
}

/**
 * Phase 1 of Louvain on one level: local moves until stable. Returns the community of each node,
 * or null when no node moved.
 */
function moveNodes(
  level: LouvainLevel,
  totalWeight: number,
  resolution: number,
  shuffle: (array: Int32Array) => Int32Array,
): Int32Array | null {
  const { offsets, targets, values } = level.rows;
  const degree = level.degree;
  const n = degree.length;
  const community = Int32Array.from({ length: n }, (_, i) => i);
  const total = Float64Array.from(degree);
  const weightTo = new Float64Array(n);
  const touched = new Int32Array(n);
  const seen = new Uint8Array(n);
  const order = shuffle(Int32Array.from({ length: n }, (_, i) => i));
  const scale = resolution / (2 * totalWeight);
  let moved = false;
  for (;;) {
    let moves = 0;
    let gained = 0;
    for (let p = 0; p < n; p++) {
      const i = order[p] as number;
      const own = community[i] as number;
      const k = degree[i] as number;
      let count = 0;
      for (let e = offsets[i] as number; e < (offsets[i + 1] as number); e++) {
        const c = community[targets[e] as number] as number;
        if (seen[c] === 0) {
          seen[c] = 1;
          weightTo[c] = 0;
          touched[count++] = c;
        }
        weightTo[c]! += values[e] as number;
      }
      total[own]! -= k;
      const stayGain = (seen[own] === 1 ? (weightTo[own] as number) : 0) - scale * total[own]! * k;
      let best = own;
      let bestGain = stayGain;
      for (let t = 0; t < count; t++) {
        const c = touched[t] as number;
        seen[c] = 0;
        const gain = (weightTo[c] as number) - scale * total[c]! * k;
        if (gain > bestGain) {
          best = c;
          bestGain = gain;
        }
      }
      total[best]! += k;
      if (best !== own) {
        community[i] = best;
        moves += 1;
        gained += bestGain - stayGain;
      }
    }
    if (moves === 0) break;
    moved = true;
    if (gained / totalWeight <= THRESHOLD) break;
  }
  return moved ? community : null;
}
