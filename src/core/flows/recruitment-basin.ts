import type { ZoneFlow } from './flow-types';

/** One zone of a recruitment basin. */
export interface RecruitmentZone {
  zone: string;
  stays: number;
  /** Share of the establishment's known stays (0–1). */
  share: number;
  /** Cumulated share including this zone (0–1). */
  cumulativeShare: number;
}

/** Recruitment basin (zone d'attractivité) of one establishment. */
export interface RecruitmentBasin {
  finess: string;
  /** Known stays of the establishment, all zones. */
  totalStays: number;
  /** Zones sorted by stays descending until `threshold` of the stays is reached. */
  zones: RecruitmentZone[];
  threshold: number;
  /** Masked cells of the establishment (not ranked: their stays are unknown). */
  maskedCells: number;
}

/**
 * Recruitment basin of an establishment: its residence zones sorted by stays descending,
 * accumulated until `threshold` (default 80 %) of its known stays (DOMAIN.md 4.2; ATIH/ScanSanté
 * « zone d'attractivité » of an establishment, the zones accounting for 80 % of its activity).
 * The zone that crosses the threshold is included. Ties are broken by zone code.
 *
 * @param flows stays by PMSI zone × FINESS (as in the source file)
 * @param finess the establishment, as reported by the PMSI
 * @example
 * computeRecruitmentBasin(flows, '960000017').zones.map((z) => z.zone) // ['96000', '96100']
 */
export function computeRecruitmentBasin(
  flows: readonly ZoneFlow[],
  finess: string,
  threshold = 0.8,
): RecruitmentBasin {
  const byZone = new Map<string, number>();
  let maskedCells = 0;
  for (const f of flows) {
    if (f.finess !== finess) continue;
    maskedCells += f.maskedCells;
    if (f.stays !== null && f.stays > 0) byZone.set(f.zone, (byZone.get(f.zone) ?? 0) + f.stays);
  }
  const totalStays = [...byZone.values()].reduce((a, b) => a + b, 0);
  const sorted = [...byZone].sort(([za, a], [zb, b]) => b - a || (za < zb ? -1 : 1));
  const zones: RecruitmentZone[] = [];
  let cumulative = 0;
  for (const [zone, stays] of sorted) {
    if (totalStays > 0 && cumulative / totalStays >= threshold - 1e-12) break;
    cumulative += stays;
    zones.push({
      zone,
      stays,
      share: stays / totalStays,
      cumulativeShare: cumulative / totalStays,
    });
  }
  return { finess, totalStays, zones, threshold, maskedCells };
}
