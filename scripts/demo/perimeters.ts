/**
 * Three existing CPTS of the fictitious département, as the ARS spreadsheets list them: each a
 * contiguous set of communes; the first two overlap on a few communes (a border strip listed by
 * both); the communes around two other towns belong to no CPTS (a white zone).
 */
import type { PointKm } from './geometry';
import type { SettlementKind } from './layout';
import { distanceKm } from './geometry';
import { partitionCommunes } from './partition';
import type { Rng } from './rng';

/** One CPTS and its member communes (indexes, ascending). */
export interface DemoCpts {
  name: string;
  communes: number[];
}

/** The CPTS, the communes listed twice, and the communes in no CPTS. */
export interface CptsLayout {
  cpts: DemoCpts[];
  overlap: number[];
  whiteZone: number[];
}

/**
 * Build the CPTS: partition the communes between the main town and the four towns, keep three
 * regions as CPTS (the main town's, its nearest neighbour's and a third) and leave the others
 * white; then add to the first CPTS 4–7 communes of the second along their common border.
 * @example buildCpts(rng, neighbours, seeds, kinds, names).overlap.length // 4–7
 */
export function buildCpts(
  rng: Rng,
  neighbours: readonly (readonly number[])[],
  seeds: readonly PointKm[],
  kinds: readonly SettlementKind[],
  names: readonly string[],
): CptsLayout {
  const main = seeds[0] as PointKm;
  const towns = kinds
    .flatMap((k, i) => (k === 'town' ? [i] : []))
    .sort(
      (a, b) =>
        distanceKm(main, seeds[a] as PointKm) - distanceKm(main, seeds[b] as PointKm) || a - b,
    );
  const sources = [0, ...towns];
  // White-zone regions are a little smaller (higher cost), CPTS regions a little larger.
  const region = partitionCommunes(neighbours, seeds, sources, [1, 1, 1, 1.15, 1.15]);
  const members = (r: number): number[] => region.flatMap((x, i) => (x === r ? [i] : []));
  const a = new Set(members(0));
  const b = new Set(members(1));
  const c = members(2);
  const borderOf = (set: ReadonlySet<number>, from: ReadonlySet<number>): number[] =>
    [...from].filter((i) => !set.has(i) && (neighbours[i] ?? []).some((j) => set.has(j)));
  if (borderOf(a, b).length === 0) throw new Error('cpts: the first two CPTS do not touch');
  const overlapCount = rng.int(4, 7);
  const overlap: number[] = [];
  while (overlap.length < overlapCount) {
    // Grow the first CPTS into the second one, nearest communes first: it stays contiguous.
    const next = borderOf(a, b).sort(
      (x, y) =>
        distanceKm(main, seeds[x] as PointKm) - distanceKm(main, seeds[y] as PointKm) || x - y,
    )[0];
    if (next === undefined) break;
    a.add(next);
    overlap.push(next);
  }
  const inAny = new Set([...a, ...b, ...c]);
  const nameOf = (i: number): string => names[i] ?? '';
  return {
    cpts: [
      { name: 'CPTS du Littoral Fictif', communes: [...a].sort((x, y) => x - y) },
      { name: 'CPTS des Trois Vallées Imaginaires', communes: [...b].sort((x, y) => x - y) },
      {
        name: `CPTS Terres de ${nameOf(towns[1] as number)}`,
        communes: [...c].sort((x, y) => x - y),
      },
    ],
    overlap: overlap.sort((x, y) => x - y),
    whiteZone: kinds.flatMap((_, i) => (inAny.has(i) ? [] : [i])),
  };
}
