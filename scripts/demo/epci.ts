/**
 * EPCI (intercommunalités) of the fictitious département: one communauté d'agglomération around
 * the main town and communautés de communes around the other towns, each a contiguous set of
 * communes (multi-source shortest paths along shared borders).
 */
import type { PointKm } from './geometry';
import type { SettlementKind } from './layout';
import { partitionCommunes } from './partition';

/** One EPCI and its member communes. */
export interface Epci {
  /** SIREN-like 9-character string starting with 2, e.g. `200096001`. */
  siren: string;
  name: string;
  /** Commune indexes, ascending. */
  communes: number[];
}

const OTHER_NAMES = [
  'CC du Littoral Imaginaire',
  'CC du Pays Fictif',
  'CC des Landes Inventées',
  'CC du Val de Chimère',
  'CC des Collines Songeuses',
];

/**
 * Partition the communes into EPCI seeded at the main town and the towns; the most western
 * non-main EPCI is the coastal one (« Littoral »).
 * @example buildEpcis(neighbours, seeds, kinds, names)[0].siren // '200096001'
 */
export function buildEpcis(
  neighbours: readonly (readonly number[])[],
  seeds: readonly PointKm[],
  kinds: readonly SettlementKind[],
  names: readonly string[],
): Epci[] {
  const sources = kinds.flatMap((k, i) => (k === 'main' || k === 'town' ? [i] : []));
  // The agglomeration is more compact than the rural communautés de communes.
  const region = partitionCommunes(
    neighbours,
    seeds,
    sources,
    sources.map((s) => (s === 0 ? 1.25 : 1)),
  );
  const others = sources
    .filter((s) => s !== 0)
    .sort((a, b) => (seeds[a] as PointKm).x - (seeds[b] as PointKm).x || a - b);
  const ordered = [0, ...others];
  return ordered.map((source, rank) => ({
    siren: `2000960${String(rank + 1).padStart(2, '0')}`,
    name:
      rank === 0
        ? `CA de ${names[0] ?? 'Bourg-Fictif'} Agglomération`
        : (OTHER_NAMES[rank - 1] as string),
    communes: region.flatMap((r, i) => (sources[r] === source ? [i] : [])),
  }));
}
