/**
 * Writes test/fixtures/basins/generated/networkx.json, the independent reference of the Louvain
 * cases of the basin golden: on the flow graph of each generated network (`buildGeneratedCase(1000,
 * 7, wholeStays)`), networkx `louvain_communities` with seeds 1…5 at the case's resolution (the
 * modularity each reaches) and the modularity networkx computes for our Louvain partition.
 * Run on purpose: `npx tsx scripts/bench/flows-networkx-golden.ts` (needs python3-networkx).
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildFlowNetwork } from '../../src/core/flows/flow-network';
import { buildGeneratedCase } from '../../src/core/flows/generated-case';
import { detectLouvainCommunities } from '../../src/core/flows/louvain';
import { buildFlowGraph, toSymmetricRows } from '../../src/core/flows/modularity';
import { DEFAULT_MODULARITY_OPTIONS } from '../../src/core/flows/modularity-basins';
import { runNetworkxLouvain } from './flows-networkx';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUT = path.join(ROOT, 'test/fixtures/basins/generated/networkx.json');
const SEEDS = 5;
const round = (q: number) => Number(q.toFixed(6));

const out: Record<string, { networkx: number[]; oursByNetworkx: number }> = {};
for (const wholeStays of [true, false]) {
  const c = buildGeneratedCase(1000, 7, wholeStays);
  const network = buildFlowNetwork(c.communes, c.flows, c.destinations, c.adjacency);
  const graph = buildFlowGraph(network);
  for (const resolution of [1, 4]) {
    const ours = detectLouvainCommunities(toSymmetricRows(graph), {
      resolution,
      seed: DEFAULT_MODULARITY_OPTIONS.seed,
    });
    const labels = Int32Array.from(ours.communityOf, (community, u) =>
      graph.degree[u] === 0 ? -1 : community,
    );
    const nx = runNetworkxLouvain(network.units, graph, path.join(ROOT, '.bench-tmp'), SEEDS, {
      resolution,
      evaluate: labels,
    });
    if ('error' in nx) throw new Error(`networkx indisponible : ${nx.error}`);
    out[`${wholeStays ? 'whole' : 'fractional'} resolution ${resolution}`] = {
      networkx: nx.modularity.map(round),
      oursByNetworkx: round(nx.evaluated as number),
    };
  }
}
fs.writeFileSync(OUT, JSON.stringify(out, null, 1) + '\n');
console.log(`${OUT} écrit`);
