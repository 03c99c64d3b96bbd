import { describe, expect, it } from 'vitest';
import { buildGeneratedCase } from './generated-case';
import { buildFlowNetwork } from './flow-network';
import { detectLouvainCommunities } from './louvain';
import { aggregateLevel, toLouvainLevel } from './louvain-level';
import { buildFlowGraph, computeModularity, toSymmetricRows, type FlowGraph } from './modularity';

/** An undirected graph from its edges (u < v), with the degree and total weight. */
function graphOf(n: number, edges: [number, number, number][]): FlowGraph {
  const degree = new Int32Array(n);
  for (const [u, v] of edges) {
    degree[u]! += 1;
    degree[v]! += 1;
  }
  return {
    a: Int32Array.from(edges, (e) => e[0]),
    b: Int32Array.from(edges, (e) => e[1]),
    weight: Float64Array.from(edges, (e) => e[2]),
    degree,
    totalWeight: edges.reduce((s, e) => s + e[2], 0),
  };
}

/** Ring of `cliques` complete graphs of `size` nodes, clique i's last node joined to clique i+1's first. */
function ringOfCliques(cliques: number, size: number): FlowGraph {
  const edges: [number, number, number][] = [];
  for (let c = 0; c < cliques; c++) {
    const first = c * size;
    for (let i = 0; i < size; i++)
      for (let j = i + 1; j < size; j++) edges.push([first + i, first + j, 1]);
    const next = ((c + 1) % cliques) * size;
    const last = first + size - 1;
    edges.push([Math.min(last, next), Math.max(last, next), 1]);
  }
  return graphOf(cliques * size, edges);
}

const groups = (communityOf: Int32Array) => {
  const byCommunity = new Map<number, number[]>();
  communityOf.forEach((c, i) => byCommunity.set(c, [...(byCommunity.get(c) ?? []), i]));
  return [...byCommunity.values()];
};

describe('detectLouvainCommunities', () => {
  it('finds the cliques of a ring of 6 cliques of 5 nodes, with the hand modularity', () => {
    const graph = ringOfCliques(6, 5);
    // m = 6 × (10 + 1) = 66; each clique holds 10 edges and a degree sum of 2 × 10 + 2 = 22:
    // Q = 6 × (10/66 − (22/132)²) = 0.742424…; two cliques together would give 0.621212….
    const q = 6 * (10 / 66 - (22 / 132) ** 2);
    for (const seed of [1, 2, 3, 2026]) {
      const result = detectLouvainCommunities(toSymmetricRows(graph), { resolution: 1, seed });
      expect(result.count).toBe(6);
      expect(groups(result.communityOf)).toEqual(
        Array.from({ length: 6 }, (_, c) => Array.from({ length: 5 }, (_, i) => c * 5 + i)),
      );
      expect(result.modularity).toBeCloseTo(q, 12);
      expect(computeModularity(graph, result.communityOf)).toBeCloseTo(q, 12);
    }
  });

  it('merges the cliques two by two when the resolution is low enough', () => {
    // At γ = 0.2, a pair of cliques (21 edges, degree sum 44) beats single cliques:
    // 3 × (21/66 − 0.2 × (44/132)²) = 0.8879… > 6 × (10/66 − 0.2 × (22/132)²) = 0.8758….
    const graph = ringOfCliques(6, 5);
    const result = detectLouvainCommunities(toSymmetricRows(graph), { resolution: 0.2, seed: 1 });
    expect(result.count).toBeLessThan(6);
    expect(result.modularity).toBeCloseTo(computeModularity(graph, result.communityOf, 0.2), 12);
    expect(result.modularity).toBeGreaterThan(6 * (10 / 66 - 0.2 * (22 / 132) ** 2));
  });

  it('gives the same communities for the same seed, and other orders for other seeds', () => {
    const c = buildGeneratedCase(1000, 7, false);
    const rows = toSymmetricRows(
      buildFlowGraph(buildFlowNetwork(c.communes, c.flows, c.destinations, c.adjacency)),
    );
    const run = (seed: number) => detectLouvainCommunities(rows, { resolution: 1, seed });
    expect(run(7).communityOf).toEqual(run(7).communityOf);
    expect(run(7).modularity).toBe(run(7).modularity);
    const partitions = new Set([1, 2, 3, 4, 5].map((seed) => run(seed).communityOf.join(',')));
    expect(partitions.size).toBeGreaterThan(1);
  });

  it('leaves a node without edges in a community of its own, and an empty graph as is', () => {
    const graph = graphOf(3, [[0, 1, 2]]);
    const result = detectLouvainCommunities(toSymmetricRows(graph), { resolution: 1, seed: 1 });
    expect(Array.from(result.communityOf)).toEqual([0, 0, 1]);
    const empty = detectLouvainCommunities(toSymmetricRows(graphOf(2, [])), {
      resolution: 1,
      seed: 1,
    });
    expect(empty).toEqual({ communityOf: Int32Array.of(0, 1), count: 2, modularity: 0, levels: 0 });
  });
});

describe('aggregateLevel', () => {
  it('sums the weights between communities and keeps the inside weight as a self-loop', () => {
    // Path 0 –2– 1 –3– 2 –5– 3; communities {0, 1} and {2, 3}.
    const level = toLouvainLevel(
      toSymmetricRows(
        graphOf(4, [
          [0, 1, 2],
          [1, 2, 3],
          [2, 3, 5],
        ]),
      ),
    );
    const { level: next, label } = aggregateLevel(level, Int32Array.of(1, 1, 3, 3));
    expect(Array.from(label)).toEqual([0, 0, 1, 1]);
    expect(Array.from(next.selfLoop)).toEqual([2, 5]);
    expect(Array.from(next.degree)).toEqual([2 + 2 + 3, 3 + 5 + 5]);
    expect(Array.from(next.rows.offsets)).toEqual([0, 1, 2]);
    expect(Array.from(next.rows.targets)).toEqual([1, 0]);
    expect(Array.from(next.rows.values)).toEqual([3, 3]);
  });
});
