import type { FlowNetwork } from './flow-network';
import { labelPieces } from './unit-pieces';

/** Result of {@link repairContiguity}. */
export interface ContiguityRepair {
  /** Basin of each unit: the index of the unit whose code is the basin id. */
  basinOf: Int32Array;
  /** Units moved to another basin (or assigned, when they had none). */
  moved: number;
  /** Units that had no adjacent basin to join (islands), kept as basins of their own. */
  isolated: number[];
}

/**
 * Makes every basin one connected piece of adjacent units (HSAr contiguity step: Haynes AG,
 * Wertli MM, Aujesky D, « Automated delineation of hospital service areas as a new tool for health
 * care planning », Health Serv Res 2020;55(3):469–475; after the Dartmouth Atlas rule that an HSA
 * is contiguous). For each basin the piece that keeps it is the one containing its pole (the unit
 * whose index is the basin label), else the piece with most resident stays (then most units, then
 * the smallest unit); every unit of another piece, and every unit without a basin (−1), joins the
 * adjacent basin receiving most of its residents' stays (ties: most shared neighbours, then the
 * smallest id). Units are moved from the outside of a detached piece inwards, iterated until every
 * basin is contiguous. A group with no assignable neighbour (an island) becomes its own basin,
 * labelled by its smallest unit. Each round is linear in units + adjacency + flows.
 *
 * @param assignment basin of each unit (unit index of the basin id), −1 for units not assigned yet
 * @example repairContiguity(network, Int32Array.of(0, 0, -1)).basinOf // Int32Array [0, 0, 0]
 */
export function repairContiguity(network: FlowNetwork, assignment: Int32Array): ContiguityRepair {
  const basinOf = Int32Array.from(assignment);
  const n = basinOf.length;
  const scratch = {
    shared: new Int32Array(n),
    flowTo: new Float64Array(n),
    touched: [] as number[],
  };
  let moved = 0;
  const isolated: number[] = [];
  for (;;) {
    const detached = findDetachedUnits(network, basinOf);
    const units: number[] = [];
    for (let u = 0; u < n; u++) if (detached[u]) units.push(u);
    if (units.length === 0) break;
    const moves: [number, number][] = [];
    for (const u of units) {
      const target = bestAdjacentBasin(network, u, basinOf, detached, scratch);
      if (target >= 0) moves.push([u, target]);
    }
    if (moves.length === 0) {
      // Only islands (or groups cut off from every basin) remain: each group becomes a basin.
      const groups = labelPieces(network.linkOffsets, network.linkTargets, new Int32Array(n), (u) =>
        Boolean(detached[u]),
      );
      const members: number[][] = Array.from({ length: groups.count }, () => []);
      for (const u of units) members[groups.pieceOf[u] as number]!.push(u);
      for (const group of members) {
        for (const u of group) basinOf[u] = group[0] as number;
        isolated.push(...group);
      }
      continue;
    }
    for (const [u, basin] of moves) basinOf[u] = basin;
    moved += moves.length;
  }
  return { basinOf, moved, isolated };
}

/** Units without a basin or outside the kept piece of their basin (1 = detached). */
function findDetachedUnits(network: FlowNetwork, basinOf: Int32Array): Uint8Array {
  const n = basinOf.length;
  const detached = new Uint8Array(n);
  for (let u = 0; u < n; u++) if ((basinOf[u] as number) < 0) detached[u] = 1;
  const pieces = labelPieces(
    network.linkOffsets,
    network.linkTargets,
    basinOf,
    (u) => !detached[u],
  );
  const score = new Float64Array(pieces.count);
  const size = new Int32Array(pieces.count);
  for (let u = 0; u < n; u++) {
    const p = pieces.pieceOf[u] as number;
    if (p < 0) continue;
    score[p]! += network.residentStays[u] as number;
    size[p]! += 1;
  }
  // Kept piece of each basin: its pole's piece, else most stays, most units, smallest unit.
  const keep = new Int32Array(n).fill(-1);
  const piecesOfBasin = new Int32Array(n);
  for (let p = 0; p < pieces.count; p++) {
    const b = basinOf[pieces.first[p] as number] as number;
    piecesOfBasin[b]! += 1;
    const k = keep[b] as number;
    if (k < 0 || (score[p] as number) > (score[k] as number)) keep[b] = p;
    else if (score[p] === score[k] && (size[p] as number) > (size[k] as number)) keep[b] = p;
  }
  for (let u = 0; u < n; u++) {
    const b = basinOf[u] as number;
    if (b < 0 || (piecesOfBasin[b] as number) < 2) continue;
    const poleInside = basinOf[b] === b;
    const kept = poleInside ? pieces.pieceOf[b] : keep[b];
    if (pieces.pieceOf[u] !== kept) detached[u] = 1;
  }
  return detached;
}

/** The adjacent basin receiving most of u's residents' stays, or −1 when none is adjacent. */
function bestAdjacentBasin(
  network: FlowNetwork,
  u: number,
  basinOf: Int32Array,
  detached: Uint8Array,
  scratch: { shared: Int32Array; flowTo: Float64Array; touched: number[] },
): number {
  const { shared, flowTo, touched } = scratch;
  for (let k = network.neighbourOffsets[u] as number; k < network.neighbourOffsets[u + 1]!; k++) {
    const v = network.neighbourTargets[k] as number;
    const b = basinOf[v] as number;
    if (b < 0 || detached[v]) continue;
    if (shared[b] === 0) touched.push(b);
    shared[b]! += 1;
  }
  if (touched.length === 0) return -1;
  for (let k = network.flowOffsets[u] as number; k < network.flowOffsets[u + 1]!; k++) {
    const b = basinOf[network.flowPoles[k] as number] as number;
    if (b >= 0 && (shared[b] as number) > 0) flowTo[b]! += network.flowStays[k] as number;
  }
  let best = -1;
  for (const b of touched) {
    if (
      best < 0 ||
      (flowTo[b] as number) > (flowTo[best] as number) ||
      (flowTo[b] === flowTo[best] &&
        ((shared[b] as number) > (shared[best] as number) ||
          (shared[b] === shared[best] && b < best)))
    )
      best = b;
  }
  for (const b of touched) {
    shared[b] = 0;
    flowTo[b] = 0;
  }
  touched.length = 0;
  return best;
}
