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
    }
  | { error: string };

const SCRIPT = `
import sys, time, json, networkx as nx
G = nx.Graph()
with open(sys.argv[1]) as f:
    for line in f:
        a, b, w = line.rstrip('\\n').split('\\t'); G.add_edge(a, b, weight=float(w))
wall, cpu, qs, first = [], [], [], None
for seed in range(1, int(sys.argv[3]) + 1):
    t, c = time.perf_counter(), time.process_time()
    parts = nx.community.louvain_communities(G, weight='weight', resolution=1, seed=seed)
    wall.append((time.perf_counter() - t) * 1000); cpu.append((time.process_time() - c) * 1000)
    qs.append(nx.community.modularity(G, parts, weight='weight'))
    first = first or parts
with open(sys.argv[2], 'w') as f:
    for i, p in enumerate(first):
        for n in p: f.write(f"{n}\\t{i}\\n")
print(json.dumps({'wall': wall, 'cpu': cpu, 'q': qs, 'parts': len(first)}))
`;

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
  let output: string;
  try {
    output = execFileSync('python3', ['-c', SCRIPT, edgeFile, partitionFile, String(runs)], {
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
  };
}
