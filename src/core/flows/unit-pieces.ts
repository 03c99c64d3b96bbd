/** Connected pieces of units, by breadth-first search on symmetric neighbour rows. */
export interface UnitPieces {
  /** Piece of each unit (−1: unit left out). */
  pieceOf: Int32Array;
  /** Number of pieces. */
  count: number;
  /** Smallest unit index of each piece (pieces are numbered in this order). */
  first: Int32Array;
}

/**
 * Connected pieces of the units that `include` accepts, two adjacent units being linked when
 * `sameGroup` says so (basin contiguity: same basin; islands: always). Breadth-first search
 * started from each unseen unit in index order, so pieces are numbered by their smallest unit
 * (as `computeConnectedPieces` orders them by smallest code); linear in units + links (Hopcroft &
 * Tarjan 1973, « Algorithm 447: efficient algorithms for graph manipulation », Commun ACM
 * 16(6):372–378).
 *
 * @param offsets row starts of the symmetric neighbour rows (`FlowNetwork.linkOffsets`)
 * @param targets neighbours (`FlowNetwork.linkTargets`)
 * @param group group of each unit; two neighbours are linked when their groups are equal
 * @example labelPieces(net.linkOffsets, net.linkTargets, basinOf, (u) => basinOf[u] >= 0).count
 */
export function labelPieces(
  offsets: Int32Array,
  targets: Int32Array,
  group: Int32Array,
  include: (unit: number) => boolean,
): UnitPieces {
  const n = offsets.length - 1;
  const pieceOf = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const first: number[] = [];
  for (let start = 0; start < n; start++) {
    if (pieceOf[start] !== -1 || !include(start)) continue;
    const piece = first.length;
    first.push(start);
    pieceOf[start] = piece;
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    while (head < tail) {
      const u = queue[head++] as number;
      for (let k = offsets[u] as number; k < (offsets[u + 1] as number); k++) {
        const v = targets[k] as number;
        if (pieceOf[v] !== -1 || group[v] !== group[u] || !include(v)) continue;
        pieceOf[v] = piece;
        queue[tail++] = v;
      }
    }
  }
  return { pieceOf, count: first.length, first: Int32Array.from(first) };
}
