/**
 * Synthetic MCO hospital stays by PMSI geographic code × FINESS, from the Huff gravity model
 * (attractiveness = MCO beds, β = 2, distance from the zone's population-weighted centroid),
 * about 0.27 stays per inhabitant per year, with multiplicative gamma noise and Poisson counts.
 */
import { computeHuffExpectedFlows, computeHuffProbabilities } from '../../src/core/flows/huff';
import type { DemoEstablishment } from './establishments';
import { distanceKm } from './geometry';
import { compareText } from './names';
import type { PmsiZone } from './pmsi-zones';
import type { Rng } from './rng';

/** MCO stays per inhabitant per year (France: 18.5 M stays for 68 M inhabitants). */
export const STAYS_PER_INHABITANT = 0.27;
/** Huff distance-decay exponent. */
export const HUFF_BETA = 2;
/** Cells with 1 to this many stays are masked (« 1 à 10 »), as in ScanSanté. */
export const MASK_MAX = 10;

/** One cell of the stays table (zero cells are not produced). */
export interface StayCell {
  zone: string;
  /** FINESS as reported by the PMSI: EJ for public hospitals, ET for private clinics. */
  finess: string;
  stays: number;
}

/**
 * Draw the stays of every zone in every MCO establishment, sorted by zone then FINESS.
 * @example buildStays(rng, zones, establishments).reduce((s, c) => s + c.stays, 0) // ≈ 0.27 × pop
 */
export function buildStays(
  rng: Rng,
  zones: readonly PmsiZone[],
  establishments: readonly DemoEstablishment[],
): StayCell[] {
  const mco = establishments.filter((e) => e.mcoBeds > 0);
  const distances = zones.map((z) => mco.map((e) => distanceKm(z.centroid, e.position)));
  const probabilities = computeHuffProbabilities(
    distances,
    mco.map((e) => e.mcoBeds),
    { beta: HUFF_BETA, minDistanceKm: 2 },
  );
  const expected = computeHuffExpectedFlows(
    zones.map((z) => z.population),
    STAYS_PER_INHABITANT,
    probabilities,
  );
  const cells = new Map<string, StayCell>();
  zones.forEach((zone, i) => {
    mco.forEach((e, j) => {
      // Gamma noise with mean 1 (shape 8: coefficient of variation ≈ 0.35), then a Poisson count.
      const lambda = (expected[i]?.[j] ?? 0) * rng.gamma(8, 1 / 8);
      const stays = rng.poisson(lambda);
      if (stays === 0) return;
      const finess = e.isPublic ? e.finessEj : e.finessEt;
      const key = `${zone.code};${finess}`;
      const cell = cells.get(key) ?? { zone: zone.code, finess, stays: 0 };
      cell.stays += stays;
      cells.set(key, cell);
    });
  });
  return [...cells.values()].sort(
    (a, b) => compareText(a.zone, b.zone) || compareText(a.finess, b.finess),
  );
}
