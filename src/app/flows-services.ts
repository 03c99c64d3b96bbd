/**
 * What the « Flux PMSI » panel (src/ui/FlowsPanel.tsx) needs from the app: the flow inputs read
 * from DuckDB and the commune adjacency (computed once per loaded dataset), the analyses run in the
 * analysis worker, and the flow layers of the shared map.
 */
import type { FeatureCollection } from 'geojson';
import type { FlowInputs } from '../core/flows/flow-types';
import { loadFlowInputs } from '../db/flow-inputs';
import { removeFlowLayers, setFlowLines, setFlowOutlines } from '../map/flow-layers';
import { getAnalysisClient } from '../workers/analysis-client';
import type { AppServices } from './app-services';
import type { LoadedData } from './load-data';

export type { BasinMethod, BasinRequest, BasinResult, NamedBasin } from '../workers/flows-api';
export { DEFAULT_PROPOSAL_RANGE } from '../workers/flows-proposal';
export type {
  PerimeterAgreement,
  ProposalRange,
  ProposedTerritory,
  TerritoryProposal,
} from '../workers/flows-proposal';
export type { FlowInputs } from '../core/flows/flow-types';
export type { TerritoryFlows } from '../core/flows/territory-flows';

export interface FlowsEngine {
  inputs: FlowInputs;
  adjacency: Record<string, string[]>;
}

const engines = new WeakMap<LoadedData, Promise<FlowsEngine>>();

/** Flow inputs and adjacency of the loaded data (read once, then cached). */
export function getFlowsEngine(services: AppServices): Promise<FlowsEngine> {
  let engine = engines.get(services.data);
  if (!engine) {
    engine = (async () => {
      const inputs = await loadFlowInputs(await services.getConnector());
      const adjacency = await getAnalysisClient().buildFlowAdjacency(
        services.data.communeGeometries.shapes(),
      );
      return { inputs, adjacency };
    })();
    engines.set(services.data, engine);
  }
  return engine;
}

/** The analysis worker's flow functions (off the main thread). */
export const flowsWorker = () => getAnalysisClient();

/** Outlines of groups of communes (dissolved in the worker), for the map. */
export async function outlineGroups(
  services: AppServices,
  groups: { name: string; codes: string[]; colour: string; width?: number }[],
): Promise<FeatureCollection> {
  const members = new Set(groups.flatMap((g) => g.codes));
  // Only the grouped communes cross to the worker (cloning all of France costs ~1 s).
  const { outlines } = await getAnalysisClient().dissolvePerimeters(
    services.data.communeGeometries.shapes((code) => members.has(code)),
    groups.flatMap((g) => g.codes.map((c) => ({ perimeterName: g.name, communeCode: c }))),
  );
  const style = new Map(groups.map((g) => [g.name, g]));
  return {
    type: 'FeatureCollection',
    features: outlines.features.map((f) => ({
      ...f,
      properties: {
        ...f.properties,
        colour: style.get(f.properties.name)?.colour,
        width: style.get(f.properties.name)?.width ?? 2,
      },
    })),
  };
}

/** Draws (or clears with null) the flow lines and the outlines on the shared map. */
export async function drawFlowLayers(
  services: AppServices,
  layers: { lines?: FeatureCollection | null; outlines?: FeatureCollection | null },
): Promise<void> {
  const map = services.map;
  if (!map) return;
  await map.ready();
  if (layers.lines !== undefined) setFlowLines(map.map, layers.lines);
  if (layers.outlines !== undefined) setFlowOutlines(map.map, layers.outlines);
}

/** Removes the flow layers (tab closed). */
export function clearFlowLayers(services: AppServices): void {
  if (services.map) removeFlowLayers(services.map.map);
}
