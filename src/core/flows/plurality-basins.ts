import { repairContiguity } from './contiguity';
import type { FlowNetwork } from './flow-network';
import { mergeBasins, type MergeThresholds } from './merge-basins';

/** Parameters of the plurality + contiguity method (defaults of HSAr). */
export const DEFAULT_PLURALITY_OPTIONS: MergeThresholds = {
  minLi: 0.5,
  minStays: 0,
  minPopulation: 0,
};

/** A partition with what each step did. */
export interface BasinAssignment {
  partition: Map<string, string>;
  /** Units moved by the contiguity repair (enclaves, detached pieces, units without stays). */
  contiguityMoves: number;
  /** Basins merged for being below a threshold. */
  merges: number;
  /** Units with no neighbour at all that form a basin of their own. */
  isolated: string[];
}

/**
 * Patient-flow basins by plurality + contiguity (Dartmouth Atlas Hospital Service Areas, as
 * automated by HSAr: Haynes AG, Wertli MM, Aujesky D, « Automated delineation of hospital service
 * areas as a new tool for health care planning », Health Serv Res 2020;55(3):469–475; Wennberg &
 * Cooper, The Dartmouth Atlas of Health Care, 1996):
 *
 * 1. plurality: each unit goes to the destination pole (establishment commune) receiving most of
 *    its residents' known stays (ties: smallest pole code); the basin id is the pole's code.
 *    Poles outside the loaded communes are not candidates; units without stays wait for step 2;
 * 2. contiguity: a unit not connected to its basin's pole joins the adjacent basin receiving most
 *    of its flow (`repairContiguity`);
 * 3. merging: basins with LI < `minLi`, or fewer stays / inhabitants than the minimums, join the
 *    adjacent basin receiving most of their flow, iterated to stability (`mergeBasins`).
 *
 * Deterministic: the same input gives the same basins.
 *
 * @example assignPluralityBasins(network, { minLi: 0.5, minStays: 0, minPopulation: 0 }).partition
 */
export function assignPluralityBasins(
  network: FlowNetwork,
  options: MergeThresholds = DEFAULT_PLURALITY_OPTIONS,
): BasinAssignment {
  const units = new Set(network.units);
  const best = new Map<string, { pole: string; stays: number }>();
  const sums = new Map<string, number>();
  for (const { origin, pole, stays } of network.poleFlows) {
    if (!units.has(origin) || !units.has(pole)) continue;
    const key = `${origin}|${pole}`;
    const total = (sums.get(key) ?? 0) + stays;
    sums.set(key, total);
    const current = best.get(origin);
    if (!current || total > current.stays || (total === current.stays && pole < current.pole))
      best.set(origin, { pole, stays: total });
  }
  const plurality = new Map<string, string | null>(
    network.units.map((u) => [u, best.get(u)?.pole ?? null]),
  );
  return finishBasins(network, plurality, options);
}

/**
 * The steps both basin methods share after their first assignment: contiguity repair, then
 * merging of the basins below the thresholds (HSAr: Haynes, Wertli & Aujesky, Health Serv Res
 * 2020;55(3):469–475).
 */
export function finishBasins(
  network: FlowNetwork,
  assignment: Map<string, string | null>,
  options: MergeThresholds,
): BasinAssignment {
  const repaired = repairContiguity(network, assignment);
  const merged = mergeBasins(network, repaired.partition, options);
  return {
    partition: merged.partition,
    contiguityMoves: repaired.moved,
    merges: merged.merges,
    isolated: repaired.isolated,
  };
}
