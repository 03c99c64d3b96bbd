/**
 * Commune polygons: Voronoi cells (d3-delaunay) of the seeds inside the outline. Neighbouring
 * cells are built from the same circumcentres, so shared vertices are bit-identical; each shared
 * edge is then given the same deterministic wiggle from both sides (seeded by the edge itself),
 * converted to lon/lat and rounded to 1e-5°, which keeps shared vertices identical.
 */
import { Delaunay } from 'd3-delaunay';
import { randomLcg } from 'd3-random';
import type { Position } from 'geojson';
import { ringSelfIntersects, roundCoord, signedArea, toLonLat, type PointKm } from './geometry';
import type { Layout } from './layout';
import { hashString } from './rng';

/** The commune polygons and their topology. */
export interface Tessellation {
  /** One closed, counter-clockwise exterior ring per commune, [lon, lat] rounded to 1e-5°. */
  rings: Position[][];
  /** Indexes of the communes sharing at least one edge with each commune, ascending. */
  neighbours: number[][];
  /** Whether the commune touches the coast (outline edge on the western side). */
  coastal: boolean[];
}

const BOUNDS: [number, number, number, number] = [-115, -110, 115, 110];

const edgeKey = (a: PointKm, b: PointKm): string => `${a.x},${a.y};${b.x},${b.y}`;
const isBefore = (a: PointKm, b: PointKm): boolean => a.x < b.x || (a.x === b.x && a.y < b.y);

/** Midpoint displacement between a and b (exclusive), deterministic for a given `next`. */
function displace(
  a: PointKm,
  b: PointKm,
  depth: number,
  amp: number,
  next: () => number,
): PointKm[] {
  if (depth === 0) return [];
  const len = Math.hypot(b.x - a.x, b.y - a.y);
  const off = (next() * 2 - 1) * amp * len;
  const m = {
    x: (a.x + b.x) / 2 - ((b.y - a.y) / len) * off,
    y: (a.y + b.y) / 2 + ((b.x - a.x) / len) * off,
  };
  const left = displace(a, m, depth - 1, amp, next);
  const right = displace(m, b, depth - 1, amp, next);
  return [...left, m, ...right];
}

/** Intermediate points of edge a→b; identical (reversed) when asked for b→a. */
function wiggle(a: PointKm, b: PointKm, coast: boolean, flat: ReadonlySet<string>): PointKm[] {
  const forward = isBefore(a, b);
  const [p, q] = forward ? [a, b] : [b, a];
  const key = edgeKey(p, q);
  if (flat.has(key)) return [];
  const len = Math.hypot(q.x - p.x, q.y - p.y);
  const depth = len > 1.5 ? (coast ? 3 : 2) : len > 0.5 ? 1 : 0;
  const points = displace(p, q, depth, coast ? 0.15 : 0.1, randomLcg(hashString(key) / 2 ** 32));
  return forward ? points : points.reverse();
}

/** Convert a km ring to a rounded lon/lat ring without consecutive duplicates, CCW, closed. */
function toRing(points: PointKm[]): Position[] {
  const ring: Position[] = [];
  for (const p of points) {
    const [lon, lat] = toLonLat(p);
    const q: Position = [roundCoord(lon), roundCoord(lat)];
    const last = ring[ring.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) ring.push(q);
  }
  const first = ring[0] as Position;
  const last = ring[ring.length - 1] as Position;
  if (first[0] === last[0] && first[1] === last[1]) ring.pop();
  if (ring.length < 3) throw new Error('tessellate: degenerate cell');
  ring.push(first);
  return signedArea(ring) < 0 ? ring.reverse() : ring;
}

/**
 * Build the commune polygons from the layout; throws when the result is not a clean single
 * piece (the caller then retries with another layout).
 * @example buildTessellation(buildLayout(rng)).rings.length // COMMUNE_COUNT
 */
export function buildTessellation(layout: Layout): Tessellation {
  const n = layout.inside.length;
  const all = [...layout.inside, ...layout.outside];
  const voronoi = Delaunay.from(all.map((p) => [p.x, p.y] as [number, number])).voronoi(BOUNDS);
  const cells: PointKm[][] = [];
  for (let i = 0; i < n; i += 1) {
    const poly = voronoi.cellPolygon(i);
    if (!poly) throw new Error(`tessellate: no cell for seed ${i}`);
    const pts = poly.slice(0, -1).map(([x, y]) => ({ x: x as number, y: y as number }));
    if (
      pts.some((p) => p.x <= BOUNDS[0] || p.x >= BOUNDS[2] || p.y <= BOUNDS[1] || p.y >= BOUNDS[3])
    )
      throw new Error(`tessellate: cell ${i} reaches the bounds`);
    cells.push(pts);
  }
  const edgeCells = new Map<string, number>();
  cells.forEach((pts) =>
    pts.forEach((a, k) => {
      const b = pts[(k + 1) % pts.length] as PointKm;
      const key = isBefore(a, b) ? edgeKey(a, b) : edgeKey(b, a);
      edgeCells.set(key, (edgeCells.get(key) ?? 0) + 1);
    }),
  );
  const isCoastEdge = (a: PointKm, b: PointKm): boolean => {
    const key = isBefore(a, b) ? edgeKey(a, b) : edgeKey(b, a);
    const mx = (a.x + b.x) / 2;
    const my = (a.y + b.y) / 2;
    return edgeCells.get(key) === 1 && mx / Math.hypot(mx, my) < -0.25;
  };
  const flat = new Set<string>();
  let rings: Position[][] = [];
  for (let pass = 0; pass < 6; pass += 1) {
    rings = cells.map((pts) => {
      const dense: PointKm[] = [];
      pts.forEach((a, k) => {
        const b = pts[(k + 1) % pts.length] as PointKm;
        dense.push(a, ...wiggle(a, b, isCoastEdge(a, b), flat));
      });
      return toRing(dense);
    });
    const bad = rings.map((r, i) => (ringSelfIntersects(r) ? i : -1)).filter((i) => i >= 0);
    if (bad.length === 0) break;
    for (const i of bad) {
      const pts = cells[i] as PointKm[];
      pts.forEach((a, k) => {
        const b = pts[(k + 1) % pts.length] as PointKm;
        flat.add(isBefore(a, b) ? edgeKey(a, b) : edgeKey(b, a));
      });
    }
  }
  const coastal = cells.map((pts) =>
    pts.some((a, k) => isCoastEdge(a, pts[(k + 1) % pts.length] as PointKm)),
  );
  return { rings, neighbours: checkTopology(rings), coastal };
}

/**
 * Check that every edge is used by one ring (outline) or two (shared) and that the outline edges
 * form one closed ring; return the adjacency lists.
 */
export function checkTopology(rings: readonly Position[][]): number[][] {
  const vkey = (p: Position): string => `${p[0]},${p[1]}`;
  const edges = new Map<string, number[]>();
  rings.forEach((ring, i) => {
    for (let k = 0; k + 1 < ring.length; k += 1) {
      const a = vkey(ring[k] as Position);
      const b = vkey(ring[k + 1] as Position);
      const key = a < b ? `${a}|${b}` : `${b}|${a}`;
      const list = edges.get(key) ?? [];
      list.push(i);
      edges.set(key, list);
    }
  });
  const neighbours: Set<number>[] = rings.map(() => new Set<number>());
  const outline = new Map<string, string[]>();
  for (const [key, list] of edges) {
    if (list.length > 2) throw new Error(`tessellate: edge ${key} used ${list.length} times`);
    const [i, j] = list as [number, number | undefined];
    if (j !== undefined) {
      if (i === j) throw new Error(`tessellate: edge ${key} used twice by one ring`);
      neighbours[i]?.add(j);
      neighbours[j]?.add(i);
      continue;
    }
    const [a, b] = key.split('|') as [string, string];
    outline.set(a, [...(outline.get(a) ?? []), b]);
    outline.set(b, [...(outline.get(b) ?? []), a]);
  }
  for (const [v, list] of outline)
    if (list.length !== 2)
      throw new Error(`tessellate: outline vertex ${v} has degree ${list.length}`);
  const start = outline.keys().next().value as string;
  let prev = start;
  let cur = (outline.get(start) as string[])[0] as string;
  let steps = 1;
  while (cur !== start) {
    const [x, y] = outline.get(cur) as [string, string];
    [prev, cur] = [cur, x === prev ? y : x];
    steps += 1;
  }
  if (steps !== outline.size) throw new Error('tessellate: the outline is not a single ring');
  return neighbours.map((s) => [...s].sort((a, b) => a - b));
}
