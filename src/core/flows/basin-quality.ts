import { median } from 'd3-array';
import type { FlowNetwork, Partition } from './flow-network';
import { buildFlowGraph, computeModularity } from './modularity';
import { labelPartition } from './partition';

/** Quality of one basin (DOMAIN.md 4.3). */
export interface BasinQuality {
  id: string;
  communes: string[];
  population: number;
  /** Known stays of the basin's residents (all destinations). */
  stays: number;
  /** Stays of the residents in the basin's establishments. */
  internalStays: number;
  /** Stays, all residences, in the basin's establishments. */
  inflowStays: number;
  /** Localization Index = internal / resident stays; null without resident stays. */
  li: number | null;
  /** Market Share Index = internal / all stays in the basin's establishments; null without. */
  msi: number | null;
  /** netindex = incoming non-resident stays / outgoing resident stays; null without outgoing. */
  netindex: number | null;
}

/** Quality of a whole partition. */
export interface PartitionQuality {
  basins: BasinQuality[];
  /** LI of the whole partition: Σ internal / Σ resident stays. */
  li: number | null;
  medianLi: number | null;
  medianMsi: number | null;
  /** Modularity of the partition on the flow graph (`computeModularity`, γ = 1). */
  modularity: number;
}

/**
 * LI, MSI and netindex of each basin of a partition, and the partition's LI and modularity.
 * LI (Localization Index) = stays of the basin's residents in the basin / all their stays;
 * MSI (Market Share Index) = stays of the residents in the basin's establishments / all stays in
 * those establishments; netindex = incoming non-resident stays / outgoing resident stays.
 * Basins come sorted by id with their communes sorted; units of the network absent from the
 * partition belong to no basin. Linear in units + flows.
 *
 * Sources: Wennberg & Cooper (1996), The Dartmouth Atlas of Health Care (LI); Klauss G, Staub L,
 * Widmer M, Busato A, « Hospital service areas – a new tool for health care planning in
 * Switzerland », BMC Health Serv Res 2005;5:33 (LI, MSI, netindex); Haynes AG, Wertli MM,
 * Aujesky D, « Automated delineation of hospital service areas as a new tool for health care
 * planning » (HSAr), Health Serv Res 2020;55(3):469–475; Hu, Wang & Xierali, « Automated
 * delineation of hospital service areas and hospital referral regions by modularity
 * optimization », Health Serv Res 2018;53(1):236–255 (modularity).
 *
 * @example computeBasinQuality(network, partition).basins[0].li // 0.82
 */
export function computeBasinQuality(network: FlowNetwork, partition: Partition): PartitionQuality {
  const { basinOf, ids } = labelPartition(network, partition);
  const count = ids.length;
  const members: string[][] = Array.from({ length: count }, () => []);
  const population = new Float64Array(count);
  const stays = new Float64Array(count);
  const internal = new Float64Array(count);
  const inflow = new Float64Array(count);
  for (let u = 0; u < basinOf.length; u++) {
    const b = basinOf[u] as number;
    if (b < 0) continue;
    members[b]!.push(network.units[u] as string);
    population[b]! += network.population[u] as number;
    stays[b]! += network.residentStays[u] as number;
    inflow[b]! += network.inflowStays[u] as number;
    for (let k = network.flowOffsets[u] as number; k < network.flowOffsets[u + 1]!; k++)
      if (basinOf[network.flowPoles[k] as number] === b)
        internal[b]! += network.flowStays[k] as number;
  }
  const basins: BasinQuality[] = [];
  ids.forEach((id, b) => {
    const s = stays[b] as number;
    const inside = internal[b] as number;
    const received = inflow[b] as number;
    basins.push({
      id,
      communes: members[b] as string[],
      population: population[b] as number,
      stays: s,
      internalStays: inside,
      inflowStays: received,
      li: s > 0 ? inside / s : null,
      msi: received > 0 ? inside / received : null,
      netindex: s - inside > 0 ? (received - inside) / (s - inside) : null,
    });
  });
  const resident = basins.reduce((sum, b) => sum + b.stays, 0);
  const inside = basins.reduce((sum, b) => sum + b.internalStays, 0);
  const values = (k: 'li' | 'msi') =>
    basins.map((b) => b[k]).filter((v): v is number => v !== null);
  return {
    basins,
    li: resident > 0 ? inside / resident : null,
    medianLi: median(values('li')) ?? null,
    medianMsi: median(values('msi')) ?? null,
    modularity: computeModularity(buildFlowGraph(network), basinOf),
  };
}
