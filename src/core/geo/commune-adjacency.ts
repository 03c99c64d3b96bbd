import { neighbors } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { buildCommuneTopology, type CodedGeometry } from './dissolve-communes';

/**
 * Neighbours of each commune: two communes are adjacent when they share a border arc (a common
 * edge, not a single corner point). Method: TopoJSON shared arcs (Bostock, topojson-server
 * `topology` + topojson-client `neighbors`), as mapshaper and GeoDa's « rook » contiguity.
 * Coordinates are not quantized: only borders with identical vertices count as shared.
 *
 * @returns code → sorted neighbour codes (every commune present, possibly with `[]`)
 * @example computeCommuneAdjacency(communes)['96001'] // ['96002', '96017']
 */
export function computeCommuneAdjacency(
  communes: readonly CodedGeometry[],
): Record<string, string[]> {
  const { topology } = buildCommuneTopology(communes);
  return computeTopologyAdjacency(
    topology,
    'communes',
    communes.map((c) => c.code),
  );
}

/**
 * Neighbours of each geometry of a TopoJSON object (e.g. a national commune TopoJSON read from
 * disk), by the code of each geometry.
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
  const object = topology.objects[objectName] as GeometryCollection | undefined;
  if (!object) throw new Error(`computeTopologyAdjacency: no object « ${objectName} »`);
  const geometries = object.geometries;
  const codeOf = (i: number): string =>
    typeof codes === 'string'
      ? String((geometries[i]?.properties as Record<string, unknown> | undefined)?.[codes] ?? '')
      : (codes[i] as string);
  const lists = neighbors(geometries as Parameters<typeof neighbors>[0]);
  const adjacency: Record<string, string[]> = {};
  lists.forEach((list, i) => {
    const code = codeOf(i);
    const set = new Set(adjacency[code] ?? []);
    for (const j of list) {
      const other = codeOf(j);
      if (other !== code) set.add(other);
    }
    adjacency[code] = [...set].sort();
  });
  return adjacency;
}
