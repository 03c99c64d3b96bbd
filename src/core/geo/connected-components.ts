import Graph from 'graphology';
import { connectedComponents } from 'graphology-components';

/**
 * Connected pieces of a set of communes (or any coded units) through an adjacency, the one
 * connected-components helper of the project: territory contiguity (pieces of a drawn
 * territory), basin contiguity (pieces of each patient-flow basin) and islands of the basin
 * methods all go through it. Builds an undirected graphology graph of `nodes`, with an edge for
 * every neighbour pair whose both ends are in `nodes` and that `linked` accepts, and takes its
 * connected components with graphology-components (depth-first search; Hopcroft & Tarjan 1973,
 * « Algorithm 447: efficient algorithms for graph manipulation », Commun ACM 16(6):372–378).
 *
 * Neighbours outside `nodes` are ignored; a neighbour listed on one side only still links the
 * pair (the graph is undirected). The result is deterministic: each piece is sorted by code and
 * the pieces are ordered by their smallest code.
 *
 * @param nodes the units to split into pieces (duplicates ignored)
 * @param neighbours the units adjacent to a unit (e.g. communes sharing a border)
 * @param linked whether two adjacent units belong together (symmetric); default: always
 * @returns the pieces, each a sorted list of codes
 * @example
 * computeConnectedPieces(['A', 'B', 'D'], (u) => ({ A: ['B'], B: ['A', 'C'] })[u] ?? [])
 * // => [['A', 'B'], ['D']]
 */
export function computeConnectedPieces(
  nodes: Iterable<string>,
  neighbours: (node: string) => Iterable<string>,
  linked: (a: string, b: string) => boolean = () => true,
): string[][] {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const sorted = [...new Set(nodes)].sort();
  for (const node of sorted) graph.addNode(node);
  for (const node of sorted)
    for (const other of neighbours(node))
      if (other !== node && graph.hasNode(other) && linked(node, other))
        graph.mergeEdge(node, other);
  // Nodes were added in code order and the search starts from the first unseen node, so the
  // pieces come ordered by their smallest code.
  return connectedComponents(graph).map((piece) => piece.sort());
}
