/**
 * PMSI geographic codes (codes géographiques PMSI) built from postal codes by the ATIH rule: a
 * postal code covering at least 1,000 inhabitants keeps its own code; smaller ones are merged with
 * nearby small postal codes until the group reaches 1,000 inhabitants, and the group is named
 * `96C01`, `96C02`… (like `50C02` = 50610 + 50740 in the Manche).
 */
import { distanceKm, weightedCentroid, type PointKm } from './geometry';
import { compareText } from './names';
import type { PostalCode } from './postal-codes';

/** Minimum population of a PMSI geographic code (ATIH rule). */
export const PMSI_MIN_POPULATION = 1000;

/** A PMSI geographic code and the postal codes it covers. */
export interface PmsiZone {
  /** `96100` (own postal code) or `96C01` (merged small postal codes). */
  code: string;
  /** Postal codes covered, sorted. */
  postalCodes: string[];
  population: number;
  /** Population-weighted centroid (km), used as the zone's origin in the Huff model. */
  centroid: PointKm;
}

interface Group {
  codes: string[];
  population: number;
  centroid: PointKm;
}

const merge = (a: Group, b: Group): Group => ({
  codes: [...a.codes, ...b.codes].sort(),
  population: a.population + b.population,
  centroid: weightedCentroid([a.centroid, b.centroid], [a.population, b.population]),
});

/**
 * Build the PMSI geographic codes from the postal codes, sorted by code.
 * @example buildPmsiZones(postalCodes).find((z) => z.code === '96C01')?.population // ≥ 1000
 */
export function buildPmsiZones(postalCodes: readonly PostalCode[]): PmsiZone[] {
  let big: Group[] = [];
  let small: Group[] = [];
  for (const pc of postalCodes) {
    const g = { codes: [pc.code], population: pc.population, centroid: pc.centroid };
    (pc.population >= PMSI_MIN_POPULATION ? big : small).push(g);
  }
  const byPopulation = (a: Group, b: Group): number =>
    a.population - b.population || compareText(a.codes[0] ?? '', b.codes[0] ?? '');
  for (;;) {
    const pending = small.filter((g) => g.population < PMSI_MIN_POPULATION).sort(byPopulation);
    const g = pending[0];
    if (!g) break;
    const nearest = (list: Group[]): Group | undefined =>
      list
        .filter((o) => o !== g)
        .map((o) => ({ o, d: distanceKm(o.centroid, g.centroid) }))
        .sort((a, b) => a.d - b.d || byPopulation(a.o, b.o))[0]?.o;
    // Prefer another group still under the threshold, then any merged group, then a big code.
    const target = nearest(pending) ?? nearest(small) ?? (nearest(big) as Group | undefined);
    if (!target) break;
    if (big.includes(target)) big = big.filter((o) => o !== target);
    small = [...small.filter((o) => o !== g && o !== target), merge(g, target)];
  }
  small.sort((a, b) => compareText(a.codes[0] ?? '', b.codes[0] ?? ''));
  const zones: PmsiZone[] = [
    ...big.map((g) => ({ code: g.codes[0] as string, postalCodes: g.codes, ...g })),
    ...small.map((g, k) => ({
      ...g,
      code: `96C${String(k + 1).padStart(2, '0')}`,
      postalCodes: g.codes,
    })),
  ].map(({ code, postalCodes: codes, population, centroid }) => ({
    code,
    postalCodes: codes,
    population,
    centroid,
  }));
  return zones.sort((a, b) => compareText(a.code, b.code));
}
