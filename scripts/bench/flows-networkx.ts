/**
 * The reference of the basin benchmark: networkx `louvain_communities` (Debian python3-networkx;
 * Blondel et al. 2008) on the same undirected flow graph, written to a TSV edge list. Times each
 * seed's run (wall: `time.perf_counter`, CPU: `time.process_time`) and computes the modularity of
 * each partition with `nx.community.modularity`.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { FlowGraph } from '../../src/core/flows/modularity';
import type { RunTimes } from './stats';

/** What networkx gave, or why it could not run. */
export type NetworkxResult =
  | {
      times: RunTimes;
      /** Modularity of each run's partition. */
      modularity: number[];
      communities: number;
      /** Community of each node of the graph (first seed), by unit code. */
      partition: Map<string, number>;
      /** Modularity networkx gives to `options.evaluate`, when given. */
      evaluated: number | null;
    }
  | { error: string };

const SCRIPT = `
import sys, time, json, networkx as nx
G = nx.Graph()
with open(sys.argv[1]) as f:
    for line in f:
        a, b, w = line.rstrip('\\n').split('\\t'); G.add_edge(a, b, weight=float(w))
gamma = float(sys.argv[4])
wall, cpu, qs, first = [], [], [], None
for seed in range(1, int(sys.argv[3]) + 1):
    t, c = time.perf_counter(), time.process_time()
    parts = nx.community.louvain_communities(G, weight='weight', resolution=gamma, seed=seed)
    wall.append((time.perf_counter() - t) * 1000); cpu.append((time.process_time() - c) * 1000)
    qs.append(nx.community.modularity(G, parts, weight='weight', resolution=gamma))
    first = first or parts
with open(sys.argv[2], 'w') as f:
    for i, p in enumerate(first):
        for n in p: f.write(f"{n}\\t{i}\\n")
evaluated = None
if len(sys.argv) > 5:
    groups = {}
    with open(sys.argv[5]) as f:
        for line in f:
            n, c = line.rstrip('\\n').split('\\t')
            if n in G: groups.setdefault(c, set()).add(n)
    evaluated = nx.community.modularity(G, list(groups.values()), weight='weight', resolution=gamma)
print(json.dumps({'wall': wall, 'cpu': cpu, 'q': qs, 'parts': len(first), 'evaluated': evaluated}))
`;

/** Options of `runNetworkxLouvain`. */
export interface NetworkxOptions {
  /** Resolution γ of Louvain and of the modularity (1 unless given). */
  resolution?: number;
  /** A partition (community label per unit, −1 for none) whose modularity networkx computes. */
  evaluate?: Int32Array;
}

/**
 * Runs networkx Louvain `runs` times (seeds 1…runs) on the flow graph, in `tmpDir`.
 *
 * @example runNetworkxLouvain(units, buildFlowGraph(network), '.bench-tmp', 3)
 */
export function runNetworkxLouvain(
  units: readonly string[],
  graph: FlowGraph,
  tmpDir: string,
  runs: number,
  options: NetworkxOptions = {},
): NetworkxResult {
  fs.mkdirSync(tmpDir, { recursive: true });
  const edgeFile = path.join(tmpDir, 'flows-edges.tsv');
  const partitionFile = path.join(tmpDir, 'flows-nx-partition.tsv');
  const lines: string[] = [];
  for (let k = 0; k < graph.a.length; k++)
    lines.push(
      `${units[graph.a[k] as number]}\t${units[graph.b[k] as number]}\t${graph.weight[k]}`,
    );
  fs.writeFileSync(edgeFile, lines.join('\n'));
  const args = [edgeFile, partitionFile, String(runs), String(options.resolution ?? 1)];
  if (options.evaluate) {
    const evaluateFile = path.join(tmpDir, 'flows-evaluate.tsv');
    const labels = options.evaluate;
    // Units without a community are singletons, as in computeModularity.
    const rows = units.map((u, i) => `${u}\t${(labels[i] as number) < 0 ? `s${i}` : labels[i]}`);
    fs.writeFileSync(evaluateFile, rows.join('\n'));
    args.push(evaluateFile);
  }
  let output: string;
  try {
    output = execFileSync('python3', ['-c', SCRIPT, ...args], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
  } catch (e) {
    return { error: (e as Error).message.split('\n')[0] ?? '' };
  }
  const parsed = JSON.parse(output) as {
    wall: number[];
    cpu: number[];
    q: number[];
    parts: number;
    evaluated: number | null;
  };
  const partition = new Map<string, number>();
  for (const line of fs.readFileSync(partitionFile, 'utf8').trim().split('\n')) {
    const [code, community] = line.split('\t') as [string, string];
    partition.set(code, Number(community));
  }
  return {
    times: { wallMs: parsed.wall, cpuMs: parsed.cpu },
    modularity: parsed.q,
    communities: parsed.parts,
    partition,
    evaluated: parsed.evaluated,
  };
}
