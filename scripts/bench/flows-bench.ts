/**
 * Patient-flow basins, all France (issue « National scale »): the national synthetic network of
 * `flows-national.ts` (34,868 communes, ≈ 1 M Huff stay rows). Times each basin method on the
 * indexed network (CPU time `process.cpuUsage` and wall time, p50 and p95 over the runs), the
 * steps of the modularity method, and in the same run networkx's `louvain_communities` on the
 * same graph (`flows-networkx.ts`), with the modularity each reaches. Goals: plurality < 1 s CPU,
 * modularity method < 1.5 s CPU, ≥ 10× faster than networkx Louvain, modularity within 0.005
 * of networkx's.
 */
import fs from 'node:fs';
import path from 'node:path';
import { computeBasinQuality } from '../../src/core/flows/basin-quality';
import { indexFlowNetwork, type FlowNetwork } from '../../src/core/flows/flow-network';
import { detectLouvainCommunities } from '../../src/core/flows/louvain';
import {
  buildFlowGraph,
  computeModularity,
  toSymmetricRows,
} from '../../src/core/flows/modularity';
import {
  assignModularityBasins,
  DEFAULT_MODULARITY_OPTIONS,
} from '../../src/core/flows/modularity-basins';
import {
  assignPluralityBasins,
  DEFAULT_PLURALITY_OPTIONS,
} from '../../src/core/flows/plurality-basins';
import {
  buildNationalNetwork,
  HOSPITALS_CSV,
  readNationalAdjacency,
  TOPOJSON,
} from './flows-national';
import { runNetworkxLouvain } from './flows-networkx';
import { percentile, report, reportCpu, timeCpuRuns, timeRuns } from './stats';

const TMP = path.resolve(import.meta.dirname, '../../.bench-tmp');
const RUNS = 7;
const NX_RUNS = 3;
const GOAL_PLURALITY_MS = 1000;
const GOAL_MODULARITY_MS = 1500;
const GOAL_RATIO = 10;
const GOAL_MODULARITY_GAP = 0.005;

const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

export async function run(): Promise<void> {
  if (!fs.existsSync(TOPOJSON) || !fs.existsSync(HOSPITALS_CSV)) {
    console.log(`NON EXÉCUTÉ : ${TOPOJSON} ou ${HOSPITALS_CSV} absent.`);
    return;
  }
  let adjacency: Record<string, string[]> = {};
  report(
    'France : adjacence des communes (TopoJSON, arcs partagés)',
    await timeRuns(1, () => {
      adjacency = readNationalAdjacency();
    }),
  );
  const { network: coded, rows } = buildNationalNetwork(adjacency);
  let network: FlowNetwork = indexFlowNetwork(coded);
  reportCpu(
    'Indexation du réseau (codes → tableaux typés, une fois)',
    timeCpuRuns(3, () => {
      network = indexFlowNetwork(coded);
    }),
  );
  console.log(
    `  ${network.units.length} communes, ${rows} lignes de flux (commune × hôpital), ${coded.poleFlows.length} couples commune → pôle`,
  );

  let plurality = assignPluralityBasins(network, DEFAULT_PLURALITY_OPTIONS);
  const tPlurality = timeCpuRuns(RUNS, () => {
    plurality = assignPluralityBasins(network, DEFAULT_PLURALITY_OPTIONS);
  });
  reportCpu('Bassins pluralité + contiguïté (LI ≥ 0,5)', tPlurality, GOAL_PLURALITY_MS);
  let modularity = assignModularityBasins(network, DEFAULT_MODULARITY_OPTIONS);
  const tModularity = timeCpuRuns(RUNS, () => {
    modularity = assignModularityBasins(network, DEFAULT_MODULARITY_OPTIONS);
  });
  reportCpu('Bassins modularité (méthode complète)', tModularity, GOAL_MODULARITY_MS);

  // Steps of the modularity method, timed apart.
  const flowGraph = buildFlowGraph(network);
  reportCpu(
    '  dont graphe de flux (tableaux typés)',
    timeCpuRuns(RUNS, () => buildFlowGraph(network)),
  );
  const symmetric = toSymmetricRows(flowGraph);
  reportCpu(
    '  dont lignes CSR symétriques',
    timeCpuRuns(RUNS, () => toSymmetricRows(flowGraph)),
  );
  const louvainOptions = {
    resolution: DEFAULT_MODULARITY_OPTIONS.resolution,
    seed: DEFAULT_MODULARITY_OPTIONS.seed,
  };
  let louvain = detectLouvainCommunities(symmetric, louvainOptions);
  const tLouvain = timeCpuRuns(RUNS, () => {
    louvain = detectLouvainCommunities(symmetric, louvainOptions);
  });
  reportCpu('  dont Louvain seul (tableaux typés)', tLouvain);
  console.log(`  Louvain : ${louvain.levels} niveaux, ${louvain.count} communautés`);
  reportCpu(
    'Qualité de la partition (LI, MSI, netindex, modularité)',
    timeCpuRuns(RUNS, () => computeBasinQuality(network, modularity.partition)),
  );

  const qPlurality = computeBasinQuality(network, plurality.partition);
  const qModularity = computeBasinQuality(network, modularity.partition);
  const count = (p: ReadonlyMap<string, string>) => new Set(p.values()).size;
  console.log(`  graphe : ${network.units.length} nœuds, ${flowGraph.a.length} arêtes`);
  console.log(
    `  pluralité  : ${count(plurality.partition)} bassins, modularité ${qPlurality.modularity.toFixed(4)}, LI médian ${qPlurality.medianLi?.toFixed(3)}`,
  );
  console.log(
    `  modularité : Louvain brut ${modularity.communities} communautés, modularité ${modularity.rawModularity.toFixed(4)} ; après contiguïté ${count(modularity.partition)} bassins, modularité ${qModularity.modularity.toFixed(4)}, LI médian ${qModularity.medianLi?.toFixed(3)}`,
  );

  const nx = runNetworkxLouvain(network.units, flowGraph, TMP, NX_RUNS);
  if ('error' in nx) {
    console.log(`  networkx indisponible (python3-networkx) : ${nx.error}`);
    return;
  }
  reportCpu('networkx louvain_communities (même graphe, référence)', nx.times);
  const nxLabels = Int32Array.from(network.units, (u) => nx.partition.get(u) ?? -1);
  const nxQ = percentile(nx.modularity, 50);
  console.log(
    `  networkx : ${nx.communities} communautés, modularité p50 ${nxQ.toFixed(4)} (${nx.modularity.map((q) => q.toFixed(4)).join(', ')} ; partition de la 1re graine recalculée ici : ${computeModularity(flowGraph, nxLabels).toFixed(4)})`,
  );
  const ratio = (a: number[], b: number[]) => percentile(a, 50) / percentile(b, 50);
  const cpuRatio = ratio(nx.times.cpuMs, tModularity.cpuMs);
  console.log(
    `  rapport networkx Louvain / méthode modularité complète : CPU ${cpuRatio.toFixed(1)}×, mur ${ratio(nx.times.wallMs, tModularity.wallMs).toFixed(1)}×   objectif ≥ ${GOAL_RATIO}× (CPU) : ${verdict(cpuRatio >= GOAL_RATIO)}`,
  );
  const louvainRatio = ratio(nx.times.cpuMs, tLouvain.cpuMs);
  console.log(
    `  rapport networkx Louvain / notre Louvain seul : CPU ${louvainRatio.toFixed(1)}×, mur ${ratio(nx.times.wallMs, tLouvain.wallMs).toFixed(1)}×   objectif ≥ ${GOAL_RATIO}× (CPU) : ${verdict(louvainRatio >= GOAL_RATIO)}`,
  );
  for (const [label, q] of [
    ['Louvain brut', modularity.rawModularity],
    ['après contiguïté', qModularity.modularity],
  ] as const) {
    const gap = Math.abs(q - nxQ);
    console.log(
      `  modularité ${label} ${q.toFixed(4)} vs networkx ${nxQ.toFixed(4)} : écart ${gap.toFixed(4)}   objectif ≤ ${GOAL_MODULARITY_GAP} : ${verdict(gap <= GOAL_MODULARITY_GAP)}`,
    );
  }
}
