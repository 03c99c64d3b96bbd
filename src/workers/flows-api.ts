/**
 * Patient-flow analyses for the app's worker and the CLI (plain async functions over core/flows):
 * territory indicators, flow map, recruitment basin, basins by plurality + contiguity or by
 * modularity (the territory proposal is in flows-proposal.ts). Inputs come from `loadFlowInputs`
 * (db).
 */
import { bin } from 'd3-array';
import type { FeatureCollection, LineString } from 'geojson';
import { computeBasinQuality, type BasinQuality } from '../core/flows/basin-quality';
import { resolveDestinations } from '../core/flows/destinations';
import {
  buildFlowLines,
  computeMainDestinations,
  type FlowLineOptions,
  type FlowLineProperties,
} from '../core/flows/flow-lines';
import { buildFlowNetwork } from '../core/flows/flow-network';
import type { Adjacency, FlowInputs } from '../core/flows/flow-types';
import {
  assignModularityBasins,
  DEFAULT_MODULARITY_OPTIONS,
} from '../core/flows/modularity-basins';
import { assignPluralityBasins, DEFAULT_PLURALITY_OPTIONS } from '../core/flows/plurality-basins';
import { computeRecruitmentBasin, type RecruitmentBasin } from '../core/flows/recruitment-basin';
import { computeTerritoryFlows, type TerritoryFlows } from '../core/flows/territory-flows';
import { computeCommuneAdjacency } from '../core/geo/commune-adjacency';
import type { CodedGeometry } from '../core/geo/dissolve-communes';

export type BasinMethod = 'plurality' | 'modularity';

/** Parameters of a basin computation (both methods; each uses its own). */
export interface BasinRequest {
  method: BasinMethod;
  /** Minimum LI (plurality default 0.5; modularity default 0 = no merge). */
  minLi: number;
  minStays: number;
  minPopulation: number;
  /** Louvain resolution (modularity only). */
  resolution: number;
  /** Louvain seed (modularity only). */
  seed: number;
}

/** Default parameters of each method. */
export function defaultBasinRequest(method: BasinMethod): BasinRequest {
  const base = method === 'plurality' ? DEFAULT_PLURALITY_OPTIONS : DEFAULT_MODULARITY_OPTIONS;
  return {
    method,
    ...base,
    resolution: DEFAULT_MODULARITY_OPTIONS.resolution,
    seed: DEFAULT_MODULARITY_OPTIONS.seed,
  };
}

export type NamedBasin = BasinQuality & { name: string };

export interface BasinResult {
  method: BasinMethod;
  parameters: BasinRequest;
  basins: NamedBasin[];
  li: number | null;
  medianLi: number | null;
  medianMsi: number | null;
  modularity: number;
  /** Basins by LI class of width 0.1 (basins without stays left out). */
  liHistogram: { from: number; to: number; count: number }[];
  contiguityMoves: number;
  merges: number;
  isolated: string[];
  communeCount: number;
  /** Stays to FINESS matching no loaded establishment (left out of the basins). */
  unplacedStays: number;
  unresolvedFiness: string[];
  /** Residence zones tied to no loaded commune, and their known stays. */
  unallocated: { zones: number; stays: number };
  elapsedMs: number;
}

/** Commune adjacency (shared borders) of the loaded communes, computed once per dataset. */
export async function buildFlowAdjacency(
  communes: readonly CodedGeometry[],
): Promise<Record<string, string[]>> {
  return computeCommuneAdjacency(communes);
}

/** Where each destination FINESS of the stays is (`resolveDestinations`). */
export function destinationsOf(inputs: FlowInputs) {
  return resolveDestinations(
    [...inputs.communeFlows, ...inputs.zoneFlows].map((f) => f.finess),
    inputs.establishments,
  );
}

/**
 * Coordinates of each destination FINESS of the stays (the site, or the legal entity's main
 * site), for the flow maps; destinations without coordinates are left out.
 */
export function locateDestinations(inputs: FlowInputs): Map<string, [number, number]> {
  const points = new Map<string, [number, number]>();
  for (const [finess, d] of destinationsOf(inputs).byFiness)
    if (d.lon !== null && d.lat !== null) points.set(finess, [d.lon, d.lat]);
  return points;
}

/**
 * Basins of the loaded communes by the requested method, with LI, MSI, netindex, population and
 * stays per basin and the partition's modularity.
 *
 * @example await computeFlowBasins(inputs, adjacency, defaultBasinRequest('plurality'))
 */
export async function computeFlowBasins(
  inputs: FlowInputs,
  adjacency: Adjacency,
  request: BasinRequest,
): Promise<BasinResult> {
  const start = performance.now();
  const { byFiness, unresolved } = destinationsOf(inputs);
  const network = buildFlowNetwork(inputs.communes, inputs.communeFlows, byFiness, adjacency);
  const assignment =
    request.method === 'plurality'
      ? assignPluralityBasins(network, request)
      : assignModularityBasins(network, request);
  const quality = computeBasinQuality(network, assignment.partition);
  const names = new Map(inputs.communes.map((c) => [c.code, c.name]));
  const basins = quality.basins
    .map((b) => ({ ...b, name: `Bassin de ${names.get(b.id) ?? b.id}` }))
    .sort((a, b) => b.population - a.population || (a.id < b.id ? -1 : 1));
  const lis = basins.map((b) => b.li).filter((v): v is number => v !== null);
  const bins = bin().domain([0, 1]).thresholds([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9])(lis);
  return {
    method: request.method,
    parameters: request,
    basins,
    li: quality.li,
    medianLi: quality.medianLi,
    medianMsi: quality.medianMsi,
    modularity: quality.modularity,
    liHistogram: bins.map((b) => ({ from: b.x0 ?? 0, to: b.x1 ?? 1, count: b.length })),
    contiguityMoves: assignment.contiguityMoves,
    merges: assignment.merges,
    isolated: assignment.isolated,
    communeCount: network.units.length,
    unplacedStays: network.unplacedStays,
    unresolvedFiness: unresolved,
    unallocated: {
      zones: inputs.unallocated.length,
      stays: inputs.unallocated.reduce((s, u) => s + (u.stays ?? 0), 0),
    },
    elapsedMs: performance.now() - start,
  };
}

/**
 * Indicators of a territory given as commune codes (codes not loaded are returned apart):
 * autarcie and fuite over the residents' allocated stays, attractivité over every stay of the
 * territory's establishments (zones not placed on the map included, reported in
 * `unallocatedZones`), masked cells per rate (`computeTerritoryFlows`).
 */
export async function computeFlowIndicators(
  inputs: FlowInputs,
  territory: readonly string[],
): Promise<TerritoryFlows & { unknownCodes: string[]; unresolvedFiness: string[] }> {
  const known = new Set(inputs.communes.map((c) => c.code));
  const { byFiness, unresolved } = destinationsOf(inputs);
  const inT = new Set(territory.filter((c) => known.has(c)));
  return {
    ...computeTerritoryFlows(inputs, byFiness, inT),
    unknownCodes: territory.filter((c) => !known.has(c)),
    unresolvedFiness: unresolved,
  };
}

/** The flow map (curved lines zone → establishment) and each commune's main destination. */
export async function computeFlowMap(
  inputs: FlowInputs,
  options: FlowLineOptions,
): Promise<{
  lines: FeatureCollection<LineString, FlowLineProperties>;
  mainDestination: Record<string, { finess: string; name: string; share: number; stays: number }>;
  establishments: { finess: string; name: string; stays: number }[];
}> {
  const { byFiness } = destinationsOf(inputs);
  const centroids = new Map<string, [number, number]>();
  for (const c of inputs.communes)
    if (c.lon !== null && c.lat !== null) centroids.set(c.code, [c.lon, c.lat]);
  const lines = buildFlowLines(inputs.zoneFlows, inputs.allocation, centroids, byFiness, options);
  const mainDestination: Record<
    string,
    { finess: string; name: string; share: number; stays: number }
  > = {};
  for (const [code, m] of computeMainDestinations(inputs.communeFlows))
    mainDestination[code] = { ...m, name: byFiness.get(m.finess)?.name ?? `FINESS ${m.finess}` };
  const totals = new Map<string, number>();
  for (const f of inputs.zoneFlows)
    totals.set(f.finess, (totals.get(f.finess) ?? 0) + (f.stays ?? 0));
  const establishments = [...totals]
    .map(([finess, stays]) => ({
      finess,
      stays,
      name: byFiness.get(finess)?.name ?? `FINESS ${finess}`,
    }))
    .sort((a, b) => b.stays - a.stays);
  return { lines, mainDestination, establishments };
}

/** Recruitment basin of an establishment (80 % of its stays) and the communes of its zones. */
export async function computeEstablishmentBasin(
  inputs: FlowInputs,
  finess: string,
  threshold = 0.8,
): Promise<RecruitmentBasin & { communes: string[] }> {
  const basin = computeRecruitmentBasin(inputs.zoneFlows, finess, threshold);
  const zones = new Set(basin.zones.map((z) => z.zone));
  const communes = [
    ...new Set(inputs.allocation.filter((a) => zones.has(a.zone)).map((a) => a.commune)),
  ].sort();
  return { ...basin, communes };
}
