/**
 * La Poste postal codes of the fictitious communes: a postal code is a « bureau distributeur »
 * (a town, a bourg or a village) with the contiguous communes around it; the main town has two
 * postal codes (96000 for its centre, 96100 for the rest of the town and its suburbs).
 */
import { distanceKm, weightedCentroid, type PointKm } from './geometry';
import type { SettlementKind } from './layout';
import { partitionCommunes } from './partition';
import type { Rng } from './rng';

/** One postal code and the communes (indexes) it covers. */
export interface PostalCode {
  /** `96xx0`, a 5-character string. */
  code: string;
  /** Commune index of the bureau distributeur. */
  hub: number;
  communes: number[];
  /** Inhabitants served (the main town is split between its two codes). */
  population: number;
  /** Population-weighted centroid of the chefs-lieux (km). */
  centroid: PointKm;
}

/** Share of the main town's population served by its first code (96000). */
export const MAIN_TOWN_FIRST_CODE_SHARE = 0.56;

/**
 * Build the postal codes (sorted by code) and the codes of every commune (`communeCodes[i]`).
 * @example buildPostalCodes(rng, neighbours, seeds, kinds, pops).communeCodes[0] // ['96000', '96100']
 */
export function buildPostalCodes(
  rng: Rng,
  neighbours: readonly (readonly number[])[],
  seeds: readonly PointKm[],
  kinds: readonly SettlementKind[],
  populations: readonly number[],
): { postalCodes: PostalCode[]; communeCodes: string[][] } {
  const hubs: number[] = [];
  kinds.forEach((k, i) => {
    if (k !== 'village' || (populations[i] ?? 0) >= 2000) hubs.push(i);
  });
  const villages = rng.shuffle(kinds.map((_, i) => i).filter((i) => !hubs.includes(i)));
  for (const i of villages) {
    const p = seeds[i] as PointKm;
    if (hubs.every((h) => distanceKm(p, seeds[h] as PointKm) >= 8.5)) hubs.push(i);
  }
  // Some village bureaux serve very few communes (higher cost): the small postal codes.
  const cost = hubs.map((h) => (kinds[h] === 'village' ? rng.uniform(1, 2.4) : 1));
  const region = partitionCommunes(neighbours, seeds, hubs, cost);
  const main = seeds[0] as PointKm;
  const order = hubs
    .map((h, r) => ({ h, r, d: distanceKm(seeds[h] as PointKm, main) }))
    .sort((a, b) => (a.h === 0 ? -1 : b.h === 0 ? 1 : a.d - b.d || a.h - b.h));
  if (order.length > 89) throw new Error('postal codes: too many bureaux for 96xx0 codes');
  const communeCodes: string[][] = kinds.map(() => []);
  const postalCodes: PostalCode[] = [];
  order.forEach(({ h, r }, rank) => {
    const communes = region.flatMap((reg, i) => (reg === r ? [i] : []));
    const code = rank === 0 ? '96100' : `96${String(10 + rank).padStart(2, '0')}0`;
    for (const i of communes) communeCodes[i]?.push(code);
    const pops = communes.map((i) => populations[i] ?? 0);
    if (h === 0) {
      // The main town's centre has its own code, the rest of it shares 96100 with the suburbs.
      const first = Math.round((populations[0] ?? 0) * MAIN_TOWN_FIRST_CODE_SHARE);
      communeCodes[0]?.unshift('96000');
      postalCodes.push({ code: '96000', hub: 0, communes: [0], population: first, centroid: main });
      pops[communes.indexOf(0)] = (populations[0] ?? 0) - first;
    }
    const centroid = weightedCentroid(
      communes.map((i) => seeds[i] as PointKm),
      pops,
    );
    const population = pops.reduce((a, b) => a + b, 0);
    postalCodes.push({ code, hub: h, communes, population, centroid });
  });
  postalCodes.sort((a, b) => (a.code < b.code ? -1 : 1));
  return { postalCodes, communeCodes };
}
