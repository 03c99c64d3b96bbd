import type { FlowNetwork } from './flow-network';
import { detectLouvainCommunities } from './louvain';
import type { MergeThresholds } from './merge-basins';
import { buildFlowGraph, toSymmetricRows } from './modularity';
import { finishBasins, type BasinAssignment } from './plurality-basins';

/** Parameters of the modularity method. */
export interface ModularityOptions extends MergeThresholds {
  /** Louvain resolution γ (1 = standard modularity; higher gives more, smaller basins). */
  resolution: number;
  /** Seed of the shuffles of Louvain's node order (same seed, same basins). */
  seed: number;
}

/** Default parameters of the modularity method: standard modularity, no merging. */
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
 * 1. Louvain (Blondel VD, Guillaume J-L, Lambiotte R, Lefebvre E, « Fast unfolding of communities
 *    in large networks », J Stat Mech 2008:P10008; `detectLouvainCommunities`, seeded) on the
 *    undirected flow graph (`buildFlowGraph`: w(u, v) = s(u → v) + s(v → u)), with resolution γ;
 * 2. spatial constraint, by post-processing (Hu et al. constrain each Louvain move to adjacent
 *    communities; here the moves follow flows only): each community is split into its connected
 *    pieces of adjacent communes; the piece holding most resident stays keeps the community, every
 *    unit of the other pieces (and every unit without flows) joins the adjacent basin receiving
 *    most of its flow (`repairContiguity`), so every basin is one piece;
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
  const flowGraph = buildFlowGraph(network);
  const louvain = detectLouvainCommunities(toSymmetricRows(flowGraph), options);
  // Name each community after its main pole; units without any edge get no basin yet.
  const n = network.units.length;
  const communityOf = new Int32Array(n).fill(-1);
  const pole = new Int32Array(louvain.count).fill(-1);
  for (let u = 0; u < n; u++) {
    if (flowGraph.degree[u] === 0) continue;
    const c = louvain.communityOf[u] as number;
    communityOf[u] = c;
    const current = pole[c] as number;
    if (
      current < 0 ||
      (network.inflowStays[u] as number) > (network.inflowStays[current] as number)
    )
      pole[c] = u;
  }
  const raw = Int32Array.from(communityOf, (c) => (c < 0 ? -1 : (pole[c] as number)));
  return {
    ...finishBasins(network, raw, options),
    rawModularity: louvain.modularity,
    communities: louvain.count,
  };
}
