import type { FlowNetwork, Partition } from './flow-network';

/** An undirected weighted edge between two units (a < b). */
export interface FlowEdge {
  a: string;
  b: string;
  weight: number;
}

/**
 * The undirected flow graph of the modularity method: one edge between units u ≠ v weighted by
 * the stays in both directions, w(u, v) = s(u → v) + s(v → u), where s(u → v) are the stays of
 * u's residents in establishments of commune v. Stays of residents in their own commune
 * (self-loops) and stays to poles outside the units are left out of the graph.
 *
 * @example buildFlowEdges(network) // [{ a: '96001', b: '96002', weight: 120 }, …]
 */
export function buildFlowEdges(network: FlowNetwork): FlowEdge[] {
  const units = new Set(network.units);
  const weights = new Map<string, number>();
  for (const { origin, pole, stays } of network.poleFlows) {
    if (origin === pole || !units.has(origin) || !units.has(pole)) continue;
    const key = origin < pole ? `${origin}|${pole}` : `${pole}|${origin}`;
    weights.set(key, (weights.get(key) ?? 0) + stays);
  }
  return [...weights]
    .sort(([x], [y]) => (x < y ? -1 : 1))
    .map(([key, weight]) => {
      const [a, b] = key.split('|') as [string, string];
      return { a, b, weight };
    });
}

/**
 * Newman–Girvan modularity of a partition of an undirected weighted graph without self-loops:
 *
 *   Q = Σ_c [ W_c / m − γ · (D_c / 2m)² ]
 *
 * with m the total edge weight, W_c the weight of the edges inside community c and D_c the sum
 * of the weighted degrees of its nodes (γ = resolution, 1 for the standard modularity; the same
 * definition as networkx `community.modularity`). Units absent from the partition are singletons.
 *
 * Source: M. E. J. Newman (2006), « Modularity and community structure in networks », PNAS
 * 103(23):8577–8582; resolution: Reichardt & Bornholdt (2006).
 *
 * @example computeModularity([{ a: 'x', b: 'y', weight: 1 }], new Map([['x', 'A'], ['y', 'A']])) // 0
 */
export function computeModularity(
  edges: readonly FlowEdge[],
  partition: Partition,
  resolution = 1,
): number {
  const m = edges.reduce((s, e) => s + e.weight, 0);
  if (m <= 0) return 0;
  const community = (u: string) => partition.get(u) ?? `singleton:${u}`;
  const inside = new Map<string, number>();
  const degree = new Map<string, number>();
  for (const { a, b, weight } of edges) {
    const ca = community(a);
    const cb = community(b);
    if (ca === cb) inside.set(ca, (inside.get(ca) ?? 0) + weight);
    degree.set(ca, (degree.get(ca) ?? 0) + weight);
    degree.set(cb, (degree.get(cb) ?? 0) + weight);
  }
  let q = 0;
  for (const [c, d] of degree) q += (inside.get(c) ?? 0) / m - resolution * (d / (2 * m)) ** 2;
  return q;
}
