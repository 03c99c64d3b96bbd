import type { GeometryCollection } from 'topojson-specification';
import type { CommuneTopology } from './dissolve-communes';

/** Which communes share a border, and which touch the edge of the loaded area, from shared arcs. */
export interface CommuneAdjacency {
  /** Neighbours of each commune (communes sharing at least one arc), sorted codes. */
  neighbours: Map<string, string[]>;
  /**
   * Communes with at least one arc used by no other commune: they touch the edge of the loaded
   * area (coast, border of the loaded département). An outside group touching it is never an enclave.
   */
  onAreaEdge: Set<string>;
}

/**
 * Builds commune adjacency once from the shared arcs of the dissolve topology: two communes are
 * neighbours when their rings reference the same arc (topojson-server cuts rings at junctions and
 * stores each shared border once, Bostock's TopoJSON). Point contacts do not make neighbours
 * (« rook » contiguity, Anselin 1988, "Spatial Econometrics", ch. 3). An arc referenced by one
 * commune only is on the edge of the loaded area. Linear in the number of arcs.
 *
 * @param topo - The topology of `buildCommuneTopology` (built once for the loaded communes).
 * @example
 * const adjacency = buildArcAdjacency(buildCommuneTopology(communes));
 * adjacency.neighbours.get('96001'); // => ['96002', '96007']
 */
export function buildArcAdjacency(topo: CommuneTopology): CommuneAdjacency {
  const object = topo.topology.objects.communes as GeometryCollection;
  const codeByIndex: string[] = [];
  for (const [code, index] of topo.indexByCode) codeByIndex[index] = code;
  const usersByArc = new Map<number, Set<number>>();
  object.geometries.forEach((geometry, index) => {
    for (const arc of arcsOf(geometry)) {
      const key = arc < 0 ? ~arc : arc;
      let users = usersByArc.get(key);
      if (!users) usersByArc.set(key, (users = new Set()));
      users.add(index);
    }
  });
  const sets = new Map<string, Set<string>>();
  for (const code of topo.indexByCode.keys()) sets.set(code, new Set());
  const onAreaEdge = new Set<string>();
  for (const users of usersByArc.values()) {
    const codes = [...users].map((i) => codeByIndex[i]).filter((c): c is string => !!c);
    if (codes.length === 1) onAreaEdge.add(codes[0] as string);
    for (const a of codes) for (const b of codes) if (a !== b) sets.get(a)?.add(b);
  }
  const neighbours = new Map<string, string[]>();
  for (const [code, set] of sets) neighbours.set(code, [...set].sort());
  return { neighbours, onAreaEdge };
}

/** Every arc index referenced by a Polygon or MultiPolygon topology geometry. */
function arcsOf(geometry: GeometryCollection['geometries'][number]): number[] {
  if (geometry.type === 'Polygon') return geometry.arcs.flat();
  if (geometry.type === 'MultiPolygon') return geometry.arcs.flat(2);
  return [];
}
