import { groupRows, type Csr } from './csr';
import type { FlowNetwork } from './flow-network';

/** The undirected flow graph: edge k joins units a[k] < b[k], sorted by (a, b). */
export interface FlowGraph {
  a: Int32Array;
  b: Int32Array;
  /** Stays both ways between the two units. */
  weight: Float64Array;
  /** Edges of each unit. */
  degree: Int32Array;
  /** Σ weight (stays). */
  totalWeight: number;
}

/**
 * The undirected flow graph of the modularity method: one edge between units u ≠ v weighted by
 * the stays in both directions, w(u, v) = s(u → v) + s(v → u), where s(u → v) are the stays of
 * u's residents in establishments of commune v. Stays of residents in their own commune
 * (self-loops) and stays to poles outside the units are left out of the graph. Linear in the
 * flows (the incoming rows are a counting-sort transpose of the outgoing ones).
 *
 * @example buildFlowGraph(network).totalWeight // 400 (stays)
 */
export function buildFlowGraph(network: FlowNetwork): FlowGraph {
  const { flowOffsets: outOffsets, flowPoles: outPoles, flowStays: outStays } = network;
  const n = network.units.length;
  const sources = new Int32Array(outPoles.length);
  for (let u = 0; u < n; u++) sources.fill(u, outOffsets[u], outOffsets[u + 1]);
  // Incoming rows: for each pole, its origins in increasing order.
  const incoming = groupRows(n, outPoles, sources, outStays, outPoles.length);
  // At most one edge per flow entry, either way.
  const capacity = 2 * outPoles.length;
  const a = new Int32Array(capacity);
  const b = new Int32Array(capacity);
  const weight = new Float64Array(capacity);
  let size = 0;
  const degree = new Int32Array(n);
  let totalWeight = 0;
  for (let u = 0; u < n; u++) {
    // Merge the outgoing and incoming rows of u, keeping partners v > u.
    let i = outOffsets[u] as number;
    let j = incoming.offsets[u] as number;
    const iEnd = outOffsets[u + 1] as number;
    const jEnd = incoming.offsets[u + 1] as number;
    while (i < iEnd && (outPoles[i] as number) <= u) i++;
    while (j < jEnd && (incoming.targets[j] as number) <= u) j++;
    while (i < iEnd || j < jEnd) {
      const vOut = i < iEnd ? (outPoles[i] as number) : n;
      const vIn = j < jEnd ? (incoming.targets[j] as number) : n;
      const v = Math.min(vOut, vIn);
      const w =
        (vOut === v ? (outStays[i++] as number) : 0) +
        (vIn === v ? (incoming.values[j++] as number) : 0);
      a[size] = u;
      b[size] = v;
      weight[size++] = w;
      degree[u]! += 1;
      degree[v]! += 1;
      totalWeight += w;
    }
  }
  return {
    a: a.slice(0, size),
    b: b.slice(0, size),
    weight: weight.slice(0, size),
    degree,
    totalWeight,
  };
}

/**
 * Newman–Girvan modularity of a partition of an undirected weighted graph without self-loops:
 *
 *   Q = Σ_c [ W_c / m − γ · (D_c / 2m)² ]
 *
 * with m the total edge weight, W_c the weight of the edges inside community c and D_c the sum
 * of the weighted degrees of its nodes (γ = resolution, 1 for the standard modularity; the same
 * definition as networkx `community.modularity`). Units without a community (−1) are singletons.
 *
 * Source: M. E. J. Newman (2006), « Modularity and community structure in networks », PNAS
 * 103(23):8577–8582; resolution: Reichardt & Bornholdt (2006).
 *
 * @param communityOf community label of each unit (any integers ≥ 0), −1 for none
 * @example computeModularity(buildFlowGraph(network), Int32Array.from(network.units, () => 0)) // 0
 */
export function computeModularity(
  graph: FlowGraph,
  communityOf: Int32Array,
  resolution = 1,
): number {
  const m = graph.totalWeight;
  if (m <= 0) return 0;
  // Singletons take labels after the largest one.
  let next = communityOf.reduce((max, c) => Math.max(max, c), -1) + 1;
  const community = Int32Array.from(communityOf, (c) => (c >= 0 ? c : next++));
  const inside = new Float64Array(next);
  const degree = new Float64Array(next);
  for (let k = 0; k < graph.a.length; k++) {
    const ca = community[graph.a[k] as number] as number;
    const cb = community[graph.b[k] as number] as number;
    const w = graph.weight[k] as number;
    if (ca === cb) inside[ca]! += w;
    degree[ca]! += w;
    degree[cb]! += w;
  }
  let q = 0;
  for (let c = 0; c < next; c++)
    q += (inside[c] as number) / m - resolution * ((degree[c] as number) / (2 * m)) ** 2;
  return q;
}

/**
 * The flow graph as symmetric CSR rows, the input of `detectLouvainCommunities`: edge k appears as
 * a[k] → b[k] and b[k] → a[k], both with its weight (stays). Each row lists its partners above the
 * unit first, then those below, each group in increasing order. Linear in the edges.
 *
 * @example toSymmetricRows(buildFlowGraph(network)).offsets.length // units + 1
 */
export function toSymmetricRows(graph: FlowGraph): Csr {
  const size = graph.a.length;
  const sources = new Int32Array(2 * size);
  const targets = new Int32Array(2 * size);
  const values = new Float64Array(2 * size);
  sources.set(graph.a);
  sources.set(graph.b, size);
  targets.set(graph.b);
  targets.set(graph.a, size);
  values.set(graph.weight);
  values.set(graph.weight, size);
  return groupRows(graph.degree.length, sources, targets, values, 2 * size);
}
