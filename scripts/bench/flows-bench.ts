/**
 * Patient-flow basins, all France (issue #5): the 34,868 communes of
 * ../shared/data/geo/national-cog2026/ (TopoJSON for adjacency, populations from the commune
 * table) with ≈ 1 M synthetic stay rows from the Huff model (src/core/flows/huff.ts; hospitals of
 * ../shared/data/finess/gisco-healthcare-FR-2020.csv, attractiveness = beds or 100, β = 2, the
 * 30 nearest hospitals of each commune, 0.27 stays per inhabitant). Times each basin method
 * (medians) and, in the same run, networkx's `louvain_communities` (Debian python3-networkx) on
 * the same graph written to .bench-tmp/, with the modularity each reaches.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Flatbush from 'flatbush';
import type { Topology } from 'topojson-specification';
import { computeBasinQuality } from '../../src/core/flows/basin-quality';
import type { FlowNetwork, PoleFlow } from '../../src/core/flows/flow-network';
import { computeHuffProbabilities } from '../../src/core/flows/huff';
import { buildFlowEdges, computeModularity } from '../../src/core/flows/modularity';
import {
  assignModularityBasins,
  DEFAULT_MODULARITY_OPTIONS,
} from '../../src/core/flows/modularity-basins';
import {
  assignPluralityBasins,
  DEFAULT_PLURALITY_OPTIONS,
} from '../../src/core/flows/plurality-basins';
import { computeTopologyAdjacency } from '../../src/core/geo/commune-adjacency';
import { SHARED_DIR } from './map-bench';
import { median, report, timeRuns } from './stats';

const TOPOJSON = path.join(
  SHARED_DIR,
  'geo/national-cog2026/communes-france-cog2026-simplifie.topojson',
);
const COMMUNES_CSV = path.join(SHARED_DIR, 'population/communes-france-cog2026.csv');
const HOSPITALS_CSV = path.join(SHARED_DIR, 'finess/gisco-healthcare-FR-2020.csv');
const TMP = path.resolve(import.meta.dirname, '../../.bench-tmp');
const NEAREST = 30;
const RATE = 0.27;

function readCsv(file: string): Record<string, string>[] {
  const [head, ...lines] = fs.readFileSync(file, 'utf8').split(/\r?\n/).filter(Boolean);
  const cols = (head as string).split(',');
  // Simple CSV: these two files quote fields only around commas in names (skipped columns).
  return lines.map((line) => {
    const cells =
      line
        .match(/("([^"]|"")*"|[^,]*)(,|$)/g)
        ?.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '')) ?? [];
    return Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? '']));
  });
}

const kmBetween = (a: [number, number], b: [number, number]) => {
  const k = Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180);
  return Math.hypot((a[0] - b[0]) * 111.32 * k, (a[1] - b[1]) * 110.57);
};

/** Synthetic national flow network: Huff stays from each commune to its 30 nearest hospitals. */
function buildNationalNetwork(adjacency: Record<string, string[]>): {
  network: FlowNetwork;
  rows: number;
} {
  const communes = readCsv(COMMUNES_CSV).filter((c) => c.lon && c.lat);
  const centre = communes.map((c) => [Number(c.lon), Number(c.lat)] as [number, number]);
  const index = new Flatbush(communes.length);
  for (const [x, y] of centre) index.add(x, y, x, y);
  index.finish();
  const hospitals = readCsv(HOSPITALS_CSV).filter((h) => h.lon && h.lat);
  const hIndex = new Flatbush(hospitals.length);
  const hPos = hospitals.map((h) => [Number(h.lon), Number(h.lat)] as [number, number]);
  for (const [x, y] of hPos) hIndex.add(x, y, x, y);
  hIndex.finish();
  // Each hospital's pole: the commune with the nearest centroid.
  const pole = hPos.map(
    ([x, y]) => communes[index.neighbors(x, y, 1)[0] as number]?.code as string,
  );
  const beds = hospitals.map((h) => Number(h.cap_beds) || 100);
  const sums = new Map<string, number>();
  let rows = 0;
  communes.forEach((c, i) => {
    const near = hIndex.neighbors(centre[i]![0], centre[i]![1], NEAREST);
    const [probs = []] = computeHuffProbabilities(
      [near.map((j) => kmBetween(centre[i]!, hPos[j]!))],
      near.map((j) => beds[j]!),
      { beta: 2, minDistanceKm: 2 },
    );
    const population = Number(c.population_municipale) || 0;
    near.forEach((j, k) => {
      const stays = population * RATE * (probs[k] ?? 0);
      if (stays <= 0) return;
      rows += 1;
      const key = `${c.code}|${pole[j]}`;
      sums.set(key, (sums.get(key) ?? 0) + stays);
    });
  });
  const poleFlows: PoleFlow[] = [...sums].map(([key, stays]) => {
    const [origin, p] = key.split('|') as [string, string];
    return { origin, pole: p, stays };
  });
  return {
    network: {
      units: communes.map((c) => c.code as string).sort(),
      population: new Map(
        communes.map((c) => [c.code as string, Number(c.population_municipale) || 0]),
      ),
      adjacency,
      poleFlows,
    },
    rows,
  };
}

export async function run(): Promise<void> {
  if (!fs.existsSync(TOPOJSON) || !fs.existsSync(HOSPITALS_CSV)) {
    console.log(`NON EXÉCUTÉ : ${TOPOJSON} ou ${HOSPITALS_CSV} absent.`);
    return;
  }
  let adjacency: Record<string, string[]> = {};
  const topo = JSON.parse(fs.readFileSync(TOPOJSON, 'utf8')) as Topology;
  report(
    'France : adjacence des communes (TopoJSON, arcs partagés)',
    await timeRuns(3, () => {
      adjacency = computeTopologyAdjacency(topo, 'communes', 'code');
    }),
  );
  let built: ReturnType<typeof buildNationalNetwork> | null = null;
  report(
    'France : flux synthétiques de Huff (30 hôpitaux les plus proches)',
    await timeRuns(1, () => {
      built = buildNationalNetwork(adjacency);
    }),
  );
  const { network, rows } = built!;
  console.log(
    `  ${network.units.length} communes, ${rows} lignes de flux (commune × hôpital), ${network.poleFlows.length} couples commune → pôle`,
  );

  let plurality = assignPluralityBasins(network, DEFAULT_PLURALITY_OPTIONS);
  const tPlurality = await timeRuns(3, () => {
    plurality = assignPluralityBasins(network, DEFAULT_PLURALITY_OPTIONS);
  });
  report('France : bassins pluralité + contiguïté (LI ≥ 0,5)', tPlurality);
  let modularity = assignModularityBasins(network, DEFAULT_MODULARITY_OPTIONS);
  const tModularity = await timeRuns(3, () => {
    modularity = assignModularityBasins(network, DEFAULT_MODULARITY_OPTIONS);
  });
  report('France : bassins modularité (Louvain graphology + contiguïté)', tModularity);

  const edges = buildFlowEdges(network);
  const qPlurality = computeBasinQuality(network, plurality.partition);
  const qModularity = computeBasinQuality(network, modularity.partition);
  const count = (p: ReadonlyMap<string, string>) => new Set(p.values()).size;
  console.log(`  graphe : ${network.units.length} nœuds, ${edges.length} arêtes`);
  console.log(
    `  pluralité  : ${count(plurality.partition)} bassins, modularité ${qPlurality.modularity.toFixed(4)}, LI médian ${qPlurality.medianLi?.toFixed(3)}`,
  );
  console.log(
    `  modularité : Louvain brut ${modularity.communities} communautés, modularité ${modularity.rawModularity.toFixed(4)} ; après contiguïté ${count(modularity.partition)} bassins, modularité ${qModularity.modularity.toFixed(4)}, LI médian ${qModularity.medianLi?.toFixed(3)}`,
  );

  fs.mkdirSync(TMP, { recursive: true });
  const edgeFile = path.join(TMP, 'flows-edges.tsv');
  fs.writeFileSync(edgeFile, edges.map((e) => `${e.a}\t${e.b}\t${e.weight}`).join('\n'));
  const partitionFile = path.join(TMP, 'flows-nx-partition.tsv');
  const script = `
import sys, time, json, networkx as nx
G = nx.Graph()
with open(sys.argv[1]) as f:
    for line in f:
        a, b, w = line.rstrip('\\n').split('\\t'); G.add_edge(a, b, weight=float(w))
times = []
for seed in (1, 2, 3):
    t = time.perf_counter(); parts = nx.community.louvain_communities(G, weight='weight', resolution=1, seed=seed); times.append((time.perf_counter() - t) * 1000)
q = nx.community.modularity(G, parts, weight='weight')
with open(sys.argv[2], 'w') as f:
    for i, p in enumerate(parts):
        for n in p: f.write(f"{n}\\t{i}\\n")
print(json.dumps({'times': times, 'parts': len(parts), 'q': q}))
`;
  let nx: string;
  try {
    nx = execFileSync('python3', ['-c', script, edgeFile, partitionFile], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
  } catch (e) {
    console.log(
      `  networkx indisponible (python3-networkx) : ${(e as Error).message.split('\n')[0]}`,
    );
    return;
  }
  const {
    times: nxTimes,
    parts,
    q,
  } = JSON.parse(nx) as { times: number[]; parts: number; q: number };
  report('France : networkx louvain_communities (même graphe, référence)', nxTimes);
  const nxPartition = new Map(
    fs
      .readFileSync(partitionFile, 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split('\t') as [string, string]),
  );
  console.log(
    `  networkx : ${parts} communautés, modularité ${Number(q).toFixed(4)} (recalculée ici : ${computeModularity(edges, nxPartition).toFixed(4)})`,
  );
  console.log(
    `  rapport temps Louvain graphology+contiguïté / networkx : ${(median(tModularity) / median(nxTimes)).toFixed(2)}`,
  );
}
