import { repairContiguity } from './contiguity';
import type { FlowNetwork } from './flow-network';
import { mergeBasins, type MergeThresholds } from './merge-basins';
import { toPartition } from './partition';

/** Parameters of the plurality + contiguity method (defaults of HSAr). */
export const DEFAULT_PLURALITY_OPTIONS: MergeThresholds = {
  minLi: 0.5,
  minStays: 0,
  minPopulation: 0,
};

/** A partition with what each step did. */
export interface BasinAssignment {
  /** Unit code → basin id (the code of the basin's pole). */
  partition: Map<string, string>;
  /** The same partition by unit index: the index of each unit's basin pole. */
  basinOf: Int32Array;
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
 * Deterministic: the same input gives the same basins. Works on the network's typed arrays.
 *
 * @example assignPluralityBasins(network, { minLi: 0.5, minStays: 0, minPopulation: 0 }).partition
 */
export function assignPluralityBasins(
  network: FlowNetwork,
  options: MergeThresholds = DEFAULT_PLURALITY_OPTIONS,
): BasinAssignment {
  const { flowOffsets, flowPoles, flowStays } = network;
  const plurality = new Int32Array(network.units.length).fill(-1);
  for (let u = 0; u < plurality.length; u++) {
    let best = -1;
    // Rows are sorted by pole: on equal stays the first (smallest) pole stays.
    for (let k = flowOffsets[u] as number; k < (flowOffsets[u + 1] as number); k++)
      if (best < 0 || (flowStays[k] as number) > (flowStays[best] as number)) best = k;
    if (best >= 0) plurality[u] = flowPoles[best] as number;
  }
  return finishBasins(network, plurality, options);
}

/**
 * The steps both basin methods share after their first assignment: contiguity repair, then
 * merging of the basins below the thresholds (HSAr: Haynes, Wertli & Aujesky, Health Serv Res
 * 2020;55(3):469–475).
 *
 * @param assignment basin of each unit (unit index of its pole), −1 for units not assigned yet
 * @example finishBasins(network, Int32Array.of(0, 0, -1), DEFAULT_PLURALITY_OPTIONS).merges // 0
 */
export function finishBasins(
  network: FlowNetwork,
  assignment: Int32Array,
  options: MergeThresholds,
): BasinAssignment {
  const repaired = repairContiguity(network, assignment);
  const ids = network.units;
  const merged = mergeBasins(network, { basinOf: repaired.basinOf, ids }, options);
  return {
    partition: toPartition(network, { basinOf: merged.basinOf, ids }),
    basinOf: merged.basinOf,
    contiguityMoves: repaired.moved,
    merges: merged.merges,
    isolated: repaired.isolated.map((u) => ids[u] as string),
  };
}
