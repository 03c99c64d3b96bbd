import { median } from 'd3-array';
import { groupByBasin, type FlowNetwork, type Partition } from './flow-network';
import { buildFlowEdges, computeModularity } from './modularity';

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
  const groups = groupByBasin(partition);
  const stats = new Map<string, { stays: number; internal: number; inflow: number }>();
  for (const id of groups.keys()) stats.set(id, { stays: 0, internal: 0, inflow: 0 });
  for (const { origin, pole, stays } of network.poleFlows) {
    const from = partition.get(origin);
    const to = partition.get(pole);
    if (from !== undefined) (stats.get(from) as { stays: number }).stays += stays;
    if (to !== undefined) (stats.get(to) as { inflow: number }).inflow += stays;
    if (from !== undefined && from === to)
      (stats.get(from) as { internal: number }).internal += stays;
  }
  const basins: BasinQuality[] = [...groups].map(([id, communes]) => {
    const s = stats.get(id) as { stays: number; internal: number; inflow: number };
    const outgoing = s.stays - s.internal;
    return {
      id,
      communes,
      population: communes.reduce((sum, c) => sum + (network.population.get(c) ?? 0), 0),
      stays: s.stays,
      internalStays: s.internal,
      inflowStays: s.inflow,
      li: s.stays > 0 ? s.internal / s.stays : null,
      msi: s.inflow > 0 ? s.internal / s.inflow : null,
      netindex: outgoing > 0 ? (s.inflow - s.internal) / outgoing : null,
    };
  });
  const resident = basins.reduce((sum, b) => sum + b.stays, 0);
  const internal = basins.reduce((sum, b) => sum + b.internalStays, 0);
  const values = (k: 'li' | 'msi') =>
    basins.map((b) => b[k]).filter((v): v is number => v !== null);
  return {
    basins,
    li: resident > 0 ? internal / resident : null,
    medianLi: median(values('li')) ?? null,
    medianMsi: median(values('msi')) ?? null,
    modularity: computeModularity(buildFlowEdges(network), partition),
  };
}
