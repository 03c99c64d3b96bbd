import { neighbors } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import {
  buildCommuneTopology,
  type CodedGeometry,
  type CommuneTopology,
} from './dissolve-communes';

/** Which communes share a border, and which touch the edge of the loaded area. */
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
 * Adjacency of the communes of a dissolve topology (`buildCommuneTopology`): two communes are
 * neighbours when they share a border arc, not a single corner point (« rook » contiguity, Anselin
 * 1988, "Spatial Econometrics", ch. 3). Method: TopoJSON shared arcs (Bostock, topojson-server
 * `topology` cuts rings at junctions and stores each shared border once; topojson-client
 * `neighbors` lists the geometries sharing an arc), as mapshaper and GeoDa. An arc referenced by
 * one commune only lies on the edge of the loaded area. Linear in the number of arcs.
 *
 * @example
 * const adjacency = buildCommuneAdjacency(buildCommuneTopology(communes));
 * adjacency.neighbours.get('96001'); // => ['96002', '96007']
 */
export function buildCommuneAdjacency(topo: CommuneTopology): CommuneAdjacency {
  const codes: string[] = [];
  for (const [code, index] of topo.indexByCode) codes[index] = code;
  return topologyAdjacency(topo.topology, 'communes', (i) => codes[i] ?? '');
}

/**
 * Neighbours of each commune as a plain object (structured-cloneable, for the flows worker):
 * `buildCommuneAdjacency` on the topology of the given polygons. Coordinates are not quantized:
 * only borders with identical vertices count as shared.
 *
 * @returns code → sorted neighbour codes (every commune present, possibly with `[]`)
 * @example computeCommuneAdjacency(communes)['96001'] // ['96002', '96017']
 */
export function computeCommuneAdjacency(
  communes: readonly CodedGeometry[],
): Record<string, string[]> {
  return Object.fromEntries(buildCommuneAdjacency(buildCommuneTopology(communes)).neighbours);
}

/**
 * Neighbours of each geometry of a TopoJSON object (e.g. a national commune TopoJSON read from
 * disk), by the code of each geometry; same method as `buildCommuneAdjacency`.
 *
 * @param topology a TopoJSON topology
 * @param objectName the object holding the communes
 * @param codes code of each geometry, in the object's order (or a property name to read)
 * @example computeTopologyAdjacency(topo, 'communes', 'code')['01001']
 */
export function computeTopologyAdjacency(
  topology: Topology,
  objectName: string,
  codes: readonly string[] | string,
): Record<string, string[]> {
  const geometries = objectOf(topology, objectName).geometries;
  const codeOf = (i: number): string =>
    typeof codes === 'string'
      ? String((geometries[i]?.properties as Record<string, unknown> | undefined)?.[codes] ?? '')
      : (codes[i] ?? '');
  return Object.fromEntries(topologyAdjacency(topology, objectName, codeOf).neighbours);
}

/** The one implementation: `neighbors` for the pairs, arc use counts for the area edge. */
function topologyAdjacency(
  topology: Topology,
  objectName: string,
  codeOf: (index: number) => string,
): CommuneAdjacency {
  const geometries = objectOf(topology, objectName).geometries;
  const sets = new Map<string, Set<string>>();
  const lists = neighbors(geometries as Parameters<typeof neighbors>[0]);
  geometries.forEach((_, i) => {
    const code = codeOf(i);
    let set = sets.get(code);
    if (!set) sets.set(code, (set = new Set()));
    for (const j of lists[i] ?? []) {
      const other = codeOf(j);
      if (other !== code) set.add(other);
    }
  });
  const users = new Map<number, number>();
  const arcsByGeometry = geometries.map((g) => new Set(arcsOf(g).map((a) => (a < 0 ? ~a : a))));
  for (const arcs of arcsByGeometry) for (const a of arcs) users.set(a, (users.get(a) ?? 0) + 1);
  const onAreaEdge = new Set<string>();
  arcsByGeometry.forEach((arcs, i) => {
    for (const a of arcs) if (users.get(a) === 1) onAreaEdge.add(codeOf(i));
  });
  const neighbours = new Map<string, string[]>();
  for (const [code, set] of sets) neighbours.set(code, [...set].sort());
  return { neighbours, onAreaEdge };
}

function objectOf(topology: Topology, objectName: string): GeometryCollection {
  const object = topology.objects[objectName] as GeometryCollection | undefined;
  if (!object) throw new Error(`Adjacence des communes : pas d'objet « ${objectName} »`);
  return object;
}

/** Every arc index referenced by a Polygon or MultiPolygon topology geometry. */
function arcsOf(geometry: GeometryCollection['geometries'][number]): number[] {
  if (geometry.type === 'Polygon') return geometry.arcs.flat();
  if (geometry.type === 'MultiPolygon') return geometry.arcs.flat(2);
  return [];
}
