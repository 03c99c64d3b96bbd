/**
 * Contiguous partitions of the commune graph: multi-source Dijkstra over the adjacency graph,
 * each commune joining the source that reaches it first. Every region is connected, because the
 * predecessor of a commune on its shortest path belongs to the same region.
 */
import { distanceKm, type PointKm } from './geometry';

/**
 * Assign every commune to one of `sources` (commune indexes) by shortest path along shared
 * borders, the length of a step being the distance between chefs-lieux (km) times the target
 * source's `costFactor` (default 1; > 1 shrinks that region). Ties go to the earlier source.
 * Returns the region (index into `sources`) of every commune; -1 if unreachable.
 * @example partitionCommunes(neighbours, seeds, [0, 57])[57] // 1
 */
export function partitionCommunes(
  neighbours: readonly (readonly number[])[],
  seeds: readonly PointKm[],
  sources: readonly number[],
  costFactor: readonly number[] = [],
): number[] {
  const n = neighbours.length;
  const dist = new Array<number>(n).fill(Infinity);
  const region = new Array<number>(n).fill(-1);
  const done = new Array<boolean>(n).fill(false);
  sources.forEach((s, r) => {
    if (dist[s] === 0) return;
    dist[s] = 0;
    region[s] = r;
  });
  // O(n²) Dijkstra: a few hundred communes, no heap needed; ties broken by index.
  for (;;) {
    let best = -1;
    for (let i = 0; i < n; i += 1) {
      if (done[i] || dist[i] === Infinity) continue;
      const bi = best < 0 ? Infinity : (dist[best] as number);
      if (best < 0 || (dist[i] as number) < bi) best = i;
    }
    if (best < 0) break;
    done[best] = true;
    const r = region[best] as number;
    const factor = costFactor[r] ?? 1;
    for (const j of neighbours[best] ?? []) {
      if (done[j]) continue;
      const d =
        (dist[best] as number) + factor * distanceKm(seeds[best] as PointKm, seeds[j] as PointKm);
      if (d < (dist[j] as number) || (d === dist[j] && r < (region[j] as number))) {
        dist[j] = d;
        region[j] = r;
      }
    }
  }
  return region;
}

/**
 * Whether the communes in `members` form one connected piece of the adjacency graph.
 * @example isConnected(neighbours, new Set([0, 1])) // true when 0 and 1 are neighbours
 */
export function isConnected(
  neighbours: readonly (readonly number[])[],
  members: ReadonlySet<number>,
): boolean {
  const first = [...members][0];
  if (first === undefined) return true;
  const seen = new Set<number>([first]);
  const stack = [first];
  while (stack.length > 0) {
    const i = stack.pop() as number;
    for (const j of neighbours[i] ?? []) {
      if (members.has(j) && !seen.has(j)) {
        seen.add(j);
        stack.push(j);
      }
    }
  }
  return seen.size === members.size;
}
