import type { Csr } from './csr';

/**
 * One level of Louvain: a weighted undirected graph whose nodes may carry self-loops (the weight
 * inside the communities of the level below). Rows hold both directions of every edge between
 * distinct nodes, never the self-loop.
 */
export interface LouvainLevel {
  /** Neighbours and edge weights of each node (both directions, no self-loop). */
  rows: Csr;
  /** Self-loop weight of each node (counted once). */
  selfLoop: Float64Array;
  /** Weighted degree of each node: row sum + 2 × self-loop. */
  degree: Float64Array;
}

/**
 * The first Louvain level of a symmetric weighted graph: no self-loops, degree = row sum.
 *
 * @param rows symmetric rows (entry i → j for every j → i, same weight), no self-loop
 * @example toLouvainLevel(rows).degree // weighted degrees (stays)
 */
export function toLouvainLevel(rows: Csr): LouvainLevel {
  const n = rows.offsets.length - 1;
  const degree = new Float64Array(n);
  for (let i = 0; i < n; i++)
    for (let k = rows.offsets[i] as number; k < (rows.offsets[i + 1] as number); k++)
      degree[i]! += rows.values[k] as number;
  return { rows, selfLoop: new Float64Array(n), degree };
}

/**
 * Modularity of a level with every node in a community of its own (Newman 2006, with resolution
 * γ): Q = Σ_i [ self(i) / m − γ · (d_i / 2m)² ], m the total edge weight of the original graph.
 *
 * @example computeLevelModularity(toLouvainLevel(rows), m, 1) // < 0 for singletons
 */
export function computeLevelModularity(
  level: LouvainLevel,
  totalWeight: number,
  resolution: number,
): number {
  let q = 0;
  for (let i = 0; i < level.degree.length; i++)
    q +=
      (level.selfLoop[i] as number) / totalWeight -
      resolution * ((level.degree[i] as number) / (2 * totalWeight)) ** 2;
  return q;
}

/**
 * Louvain's aggregation step (Blondel et al. 2008, phase 2): one node per community, the weight
 * between two communities the sum of the edges between their members, the edges inside a community
 * becoming its self-loop. Communities are renumbered 0…C−1 by their smallest member, and each new
 * row lists its neighbours in the order they are first met, so the result is deterministic. Linear
 * in nodes + edges (a dense scratch array and the list of touched communities).
 *
 * @param community community of each node of `level` (any labels in [0, n))
 * @returns the aggregated level and `label`, the new node (0…C−1) of each node of `level`
 * @example aggregateLevel(level, community).label // new node of each node
 */
export function aggregateLevel(
  level: LouvainLevel,
  community: Int32Array,
): { level: LouvainLevel; label: Int32Array } {
  const n = community.length;
  const { offsets, targets, values } = level.rows;
  const renumber = new Int32Array(n).fill(-1);
  const label = new Int32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const c = community[i] as number;
    if (renumber[c]! < 0) renumber[c] = count++;
    label[i] = renumber[c] as number;
  }
  // Members of each new node, by a counting sort on the labels.
  const memberStart = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) memberStart[label[i]! + 1]! += 1;
  for (let c = 0; c < count; c++) memberStart[c + 1]! += memberStart[c] as number;
  const members = new Int32Array(n);
  const fill = memberStart.slice(0, count);
  for (let i = 0; i < n; i++) members[fill[label[i] as number]!++] = i;

  const newOffsets = new Int32Array(count + 1);
  const newTargets = new Int32Array(targets.length);
  const newValues = new Float64Array(targets.length);
  const selfLoop = new Float64Array(count);
  const degree = new Float64Array(count);
  const slot = new Int32Array(count).fill(-1);
  let size = 0;
  for (let c = 0; c < count; c++) {
    newOffsets[c] = size;
    let inside = 0;
    for (let p = memberStart[c] as number; p < (memberStart[c + 1] as number); p++) {
      const i = members[p] as number;
      selfLoop[c]! += level.selfLoop[i] as number;
      degree[c]! += level.degree[i] as number;
      for (let k = offsets[i] as number; k < (offsets[i + 1] as number); k++) {
        const d = label[targets[k] as number] as number;
        const w = values[k] as number;
        if (d === c) inside += w;
        else if (slot[d]! < 0) {
          slot[d] = size;
          newTargets[size] = d;
          newValues[size++] = w;
        } else newValues[slot[d] as number]! += w;
      }
    }
    // Each inside edge was met from both ends.
    selfLoop[c]! += inside / 2;
    for (let k = newOffsets[c] as number; k < size; k++) slot[newTargets[k] as number] = -1;
  }
  newOffsets[count] = size;
  return {
    level: {
      rows: {
        offsets: newOffsets,
        targets: newTargets.slice(0, size),
        values: newValues.slice(0, size),
      },
      selfLoop,
      degree,
    },
    label,
  };
}
