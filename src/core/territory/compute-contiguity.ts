import type { MultiPolygon } from 'geojson';
import type { CommuneAdjacency } from '../geo/commune-adjacency';
import { computeConnectedPieces } from '../geo/connected-components';

/** Contiguity of a territory: pieces, enclaves and holes, with the communes involved. */
export interface TerritoryContiguity {
  /** Connected pieces (rook adjacency), largest first; one piece = contiguous territory. */
  pieces: string[][];
  /** Groups of communes OUTSIDE the territory entirely surrounded by it. */
  enclaves: string[][];
  /** Interior rings of the dissolved outline (each enclave makes one; others are gaps in the contours). */
  holes: number;
  /** Communes to highlight: every piece but the largest, and the enclaves. */
  offending: string[];
}

/** Centroids used to bound the search for enclaves (WGS84). */
export type CentroidLookup = (code: string) => [number, number] | null;

/**
 * Contiguity of a set of communes: connected components of the rook-adjacency graph restricted
 * to the territory (`computeConnectedPieces`), enclaves (connected groups of outside communes whose
 * every neighbour is in the territory or in the group, and that do not touch the edge of the
 * loaded area), and holes (interior rings of the dissolved outline). An enclosed group lies inside
 * a hole of the outline, hence inside the outline's bounding box, so the search stops at the first
 * commune whose centroid is outside it: a handful of communes are visited per edit, not the whole
 * loaded area.
 * Method: graph contiguity as in regionalisation (Duque, Ramos & Suriñach 2007, "Supervised
 * regionalization methods: a survey", Int. Regional Science Review 30(3)).
 *
 * @example computeContiguity(adjacency, ['96001', '96002'], centroidOf, outline).pieces.length; // => 1
 */
export function computeContiguity(
  adjacency: CommuneAdjacency,
  codes: Iterable<string>,
  centroidOf: CentroidLookup,
  outline: MultiPolygon | null,
): TerritoryContiguity {
  const inside = new Set<string>();
  for (const code of codes) if (adjacency.neighbours.has(code)) inside.add(code);
  const pieces = computeConnectedPieces(inside, (code) => adjacency.neighbours.get(code) ?? []);
  pieces.sort((a, b) => b.length - a.length || (a[0] ?? '').localeCompare(b[0] ?? ''));
  const box = outline ? outlineBox(outline) : bbox([...inside], centroidOf);
  const enclaves: string[][] = [];
  const visited = new Set<string>();
  for (const code of [...inside].sort()) {
    for (const start of adjacency.neighbours.get(code) ?? []) {
      if (inside.has(start) || visited.has(start)) continue;
      const group: string[] = [];
      let enclosed = true;
      const queue = [start];
      visited.add(start);
      while (queue.length) {
        const current = queue.pop() as string;
        group.push(current);
        const point = centroidOf(current);
        if (adjacency.onAreaEdge.has(current) || !point || !box || !inBox(point, box)) {
          enclosed = false;
          break;
        }
        for (const n of adjacency.neighbours.get(current) ?? []) {
          if (!inside.has(n) && !visited.has(n)) {
            visited.add(n);
            queue.push(n);
          }
        }
      }
      if (enclosed) enclaves.push(group.sort());
    }
  }
  const holes = (outline?.coordinates ?? []).reduce(
    (n, polygon) => n + Math.max(0, polygon.length - 1),
    0,
  );
  const offending = [...pieces.slice(1).flat(), ...enclaves.flat()].sort();
  return { pieces, enclaves, holes, offending };
}

type Box = [number, number, number, number];

function outlineBox(outline: MultiPolygon): Box | null {
  let box: Box | null = null;
  for (const polygon of outline.coordinates)
    for (const [x = 0, y = 0] of polygon[0] ?? []) {
      box = box
        ? [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)]
        : [x, y, x, y];
    }
  return box;
}

/** Fallback without an outline: the extent of the communes' centroids. */
function bbox(codes: string[], centroidOf: CentroidLookup): Box | null {
  let box: Box | null = null;
  for (const code of codes) {
    const p = centroidOf(code);
    if (!p) continue;
    box = box
      ? [
          Math.min(box[0], p[0]),
          Math.min(box[1], p[1]),
          Math.max(box[2], p[0]),
          Math.max(box[3], p[1]),
        ]
      : [p[0], p[1], p[0], p[1]];
  }
  return box;
}

function inBox(p: [number, number], box: Box): boolean {
  return p[0] >= box[0] && p[0] <= box[2] && p[1] >= box[1] && p[1] <= box[3];
}
