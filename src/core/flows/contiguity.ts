import { computeConnectedPieces } from '../geo/connected-components';
import { flowsByOrigin, type FlowNetwork, type PoleFlow } from './flow-network';

/** Result of {@link repairContiguity}. */
export interface ContiguityRepair {
  partition: Map<string, string>;
  /** Units moved to another basin (or assigned, when they had none). */
  moved: number;
  /** Units that had no adjacent basin to join (islands): kept as basins of their own. */
  isolated: string[];
}

/**
 * Makes every basin one connected piece of adjacent units (HSAr contiguity step: Haynes AG,
 * Wertli MM, Aujesky D, « Automated delineation of hospital service areas as a new tool for health
 * care planning », Health Serv Res 2020;55(3):469–475; after the Dartmouth Atlas rule that an HSA
 * is contiguous). For each basin the piece that keeps
 * it is the one containing its pole (the unit whose code is the basin id), else the piece with
 * most resident stays; every unit of another piece, and every unit without a basin (`null`), joins
 * the adjacent basin receiving most of its residents' stays (ties: most shared neighbours, then the
 * smallest id). Units are moved from the outside of a detached piece inwards, iterated until every
 * basin is contiguous. A group with no assignable neighbour (an island) becomes its own basin.
 *
 * @param partition unit → basin id, or null for units not assigned yet
 * @example repairContiguity(network, partition).partition.get('96017') // '96001'
 */
export function repairContiguity(
  network: FlowNetwork,
  partition: ReadonlyMap<string, string | null>,
): ContiguityRepair {
  const current = new Map<string, string | null>(
    network.units.map((u) => [u, partition.get(u) ?? null]),
  );
  const outFlows = flowsByOrigin(network);
  const residentStays = (u: string) => (outFlows.get(u) ?? []).reduce((s, f) => s + f.stays, 0);
  const neighbours = (u: string) => network.adjacency[u] ?? [];
  let moved = 0;
  const isolated: string[] = [];
  for (;;) {
    const detached = findDetachedUnits(network.units, current, neighbours, residentStays);
    if (detached.size === 0) break;
    const moves = new Map<string, string>();
    for (const u of [...detached].sort()) {
      const target = bestAdjacentBasin(u, current, detached, neighbours, outFlows.get(u) ?? []);
      if (target !== null) moves.set(u, target);
    }
    if (moves.size === 0) {
      // Only islands (or groups cut off from every basin) remain: each group becomes a basin.
      for (const group of computeConnectedPieces(detached, neighbours)) {
        const id = group[0] as string;
        for (const u of group) current.set(u, id);
        isolated.push(...group);
      }
      continue;
    }
    for (const [u, basin] of moves) current.set(u, basin);
    moved += moves.size;
  }
  return { partition: current as Map<string, string>, moved, isolated };
}

/** Units without a basin or outside the main piece of their basin. */
function findDetachedUnits(
  units: readonly string[],
  partition: ReadonlyMap<string, string | null>,
  neighbours: (u: string) => readonly string[],
  residentStays: (u: string) => number,
): Set<string> {
  const detached = new Set<string>(units.filter((u) => (partition.get(u) ?? null) === null));
  const assigned = units.filter((u) => !detached.has(u));
  // Pieces of all basins at once: two adjacent units are linked when they share a basin.
  const piecesByBasin = new Map<string, string[][]>();
  const sameBasin = (a: string, b: string) => partition.get(a) === partition.get(b);
  for (const piece of computeConnectedPieces(assigned, neighbours, sameBasin)) {
    const basin = partition.get(piece[0] as string) as string;
    const list = piecesByBasin.get(basin);
    if (list) list.push(piece);
    else piecesByBasin.set(basin, [piece]);
  }
  for (const [basin, pieces] of piecesByBasin) {
    if (pieces.length < 2) continue;
    const score = (p: string[]) => p.reduce((s, u) => s + residentStays(u), 0);
    const keep =
      pieces.find((p) => p.includes(basin)) ??
      [...pieces].sort((a, b) => score(b) - score(a) || b.length - a.length)[0];
    for (const p of pieces) if (p !== keep) for (const u of p) detached.add(u);
  }
  return detached;
}

function bestAdjacentBasin(
  u: string,
  partition: ReadonlyMap<string, string | null>,
  detached: ReadonlySet<string>,
  neighbours: (u: string) => readonly string[],
  flows: readonly PoleFlow[],
): string | null {
  const shared = new Map<string, number>();
  for (const v of neighbours(u)) {
    const b = partition.get(v);
    if (b == null || detached.has(v)) continue;
    shared.set(b, (shared.get(b) ?? 0) + 1);
  }
  if (shared.size === 0) return null;
  const flowTo = new Map<string, number>();
  for (const f of flows) {
    const b = partition.get(f.pole);
    if (b != null && shared.has(b)) flowTo.set(b, (flowTo.get(b) ?? 0) + f.stays);
  }
  return [...shared.keys()].sort(
    (a, b) =>
      (flowTo.get(b) ?? 0) - (flowTo.get(a) ?? 0) ||
      (shared.get(b) ?? 0) - (shared.get(a) ?? 0) ||
      (a < b ? -1 : 1),
  )[0] as string;
}
