import { randomLcg } from 'd3-random';
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { FlowNetwork } from './flow-network';
import type { MergeThresholds } from './merge-basins';
import { finishBasins, type BasinAssignment } from './plurality-basins';
import { buildFlowEdges } from './modularity';

/** Parameters of the modularity method. */
export interface ModularityOptions extends MergeThresholds {
  /** Louvain resolution γ (1 = standard modularity; higher gives more, smaller basins). */
  resolution: number;
  /** Seed of the random generator of Louvain (same seed, same basins). */
  seed: number;
}

export const DEFAULT_MODULARITY_OPTIONS: ModularityOptions = {
  resolution: 1,
  seed: 2026,
  minLi: 0,
  minStays: 0,
  minPopulation: 0,
};

/**
 * Patient-flow basins by modularity maximisation, spatially constrained (after Hu, Wang &
 * Xierali (2018), « Automated delineation of hospital service areas and hospital referral
 * regions by modularity optimization », Health Serv Res 2018;53(1):236–255):
 *
 * 1. Louvain (Blondel et al. 2008, graphology-communities-louvain, seeded `randomLcg`) on the
 *    undirected flow graph (`buildFlowEdges`: w(u, v) = s(u → v) + s(v → u)), with resolution γ;
 * 2. spatial constraint, by post-processing (Hu et al. constrain each Louvain move to adjacent
 *    communities; graphology has no such hook): each community is split into its connected pieces
 *    of adjacent communes; the piece holding most resident stays keeps the community, every unit of
 *    the other pieces (and every unit without flows) joins the adjacent basin receiving most of its
 *    flow (`repairContiguity`), so every basin is one piece;
 * 3. optional merging below LI / stays / population thresholds (`mergeBasins`, off by default).
 *
 * A basin's id is the code of its member commune receiving most stays (its main pole).
 *
 * @example assignModularityBasins(network, DEFAULT_MODULARITY_OPTIONS).partition.size
 */
export function assignModularityBasins(
  network: FlowNetwork,
  options: ModularityOptions = DEFAULT_MODULARITY_OPTIONS,
): BasinAssignment & { rawModularity: number; communities: number } {
  const graph = new Graph({ type: 'undirected', allowSelfLoops: false });
  const edges = buildFlowEdges(network);
  for (const u of network.units) graph.addNode(u);
  for (const e of edges) graph.addEdge(e.a, e.b, { weight: e.weight });
  const detailed = louvain.detailed(graph, {
    resolution: options.resolution,
    rng: randomLcg(options.seed),
    getEdgeWeight: 'weight',
  });
  const inflow = new Map<string, number>();
  for (const f of network.poleFlows) inflow.set(f.pole, (inflow.get(f.pole) ?? 0) + f.stays);
  // Name each community after its main pole; units without any edge get no basin yet.
  const pole = new Map<number, string>();
  for (const u of network.units) {
    if (graph.degree(u) === 0) continue;
    const c = detailed.communities[u] as number;
    const current = pole.get(c);
    const score = inflow.get(u) ?? 0;
    if (current === undefined || score > (inflow.get(current) ?? 0)) pole.set(c, u);
  }
  const raw = new Map<string, string | null>(
    network.units.map((u) =>
      graph.degree(u) === 0 ? [u, null] : [u, pole.get(detailed.communities[u] as number) ?? null],
    ),
  );
  return {
    ...finishBasins(network, raw, options),
    rawModularity: detailed.modularity,
    communities: detailed.count,
  };
}
