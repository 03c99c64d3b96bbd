import type { FlowNetwork, Partition } from './flow-network';

/**
 * A partition on unit indices: `basinOf[u]` is the label of unit u's basin (−1: none) and
 * `ids[label]` its id. Ids are sorted, so comparing labels compares ids. The basin methods label
 * a basin by the index of the unit whose code is its id (`ids` = the network's units).
 */
export interface LabelledPartition {
  basinOf: Int32Array;
  ids: readonly string[];
}

/**
 * Labels a partition keyed by code (units absent from it get −1; codes that are not units are
 * ignored).
 *
 * @example labelPartition(network, new Map([['96001', 'x']])).ids // ['x']
 */
export function labelPartition(network: FlowNetwork, partition: Partition): LabelledPartition {
  const present = new Set<string>();
  for (const u of network.units) {
    const id = partition.get(u);
    if (id !== undefined) present.add(id);
  }
  const ids = [...present].sort();
  const label = new Map(ids.map((id, i) => [id, i]));
  const basinOf = new Int32Array(network.units.length).fill(-1);
  network.units.forEach((u, i) => {
    const id = partition.get(u);
    if (id !== undefined) basinOf[i] = label.get(id) as number;
  });
  return { basinOf, ids };
}

/**
 * The partition keyed by code, in unit order (units without a basin left out).
 *
 * @example toPartition(network, { basinOf: Int32Array.of(0, 0), ids: network.units }).get('96002') // '96001'
 */
export function toPartition(
  network: FlowNetwork,
  labelled: LabelledPartition,
): Map<string, string> {
  const partition = new Map<string, string>();
  network.units.forEach((u, i) => {
    const b = labelled.basinOf[i] as number;
    if (b >= 0) partition.set(u, labelled.ids[b] as string);
  });
  return partition;
}

/**
 * Groups units by basin id (ids and members sorted).
 *
 * @example groupByBasin(new Map([['B', 'x'], ['A', 'x']])) // Map { 'x' => ['A', 'B'] }
 */
export function groupByBasin(partition: Partition): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const [unit, basin] of [...partition].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const list = groups.get(basin) ?? [];
    list.push(unit);
    groups.set(basin, list);
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : 1)));
}
