/**
 * The « Vue ARS » in the analysis worker (and called directly by `perimetre region` and the Node
 * tests): every loaded CPTS at once, from the same functions as the workbench (territory context,
 * flow indicators, GP access with the default parameters), so the app and the CLI print the same
 * figures. The last result is kept here for the printable summary.
 */
import type { AccessCommune, SupplyActivity } from '../core/access/types';
import { DEFAULT_ACCESS_PARAMETERS, UNDERSERVED_THRESHOLD } from '../core/access/defaults';
import { rollUpAccess } from '../core/access/roll-up';
import { resolveDestinations } from '../core/flows/destinations';
import type { FlowInputs } from '../core/flows/flow-types';
import { computeTerritoryFlows } from '../core/flows/territory-flows';
import type { CodedGeometry } from '../core/geo/dissolve-communes';
import {
  computeRegionView,
  type RegionExtras,
  type RegionResult,
} from '../core/region/compute-region-view';
import { renderRegionSummaryHtml } from '../core/region/region-summary-html';
import type { TerritoryInput } from '../core/territory/territory-base';
import type { ExportMeta } from '../core/territory/to-territory-exports';
import { computeAccess } from './access-api';
import { prepareTerritories, preparedTerritories } from './territory-api';

/** What the regional view reads; null = not loaded. */
export interface RegionRequest {
  input: TerritoryInput;
  geometries: readonly CodedGeometry[];
  /** PMSI flows (`loadFlowInputs`); null or without stays = not loaded. */
  flows: FlowInputs | null;
  /** Communes and GP activities (`loadAccessInputs(conn, 'gp')`); null without the Annuaire. */
  access: { communes: AccessCommune[]; activities: SupplyActivity[] } | null;
  /** The CPTS file(s) as the user knows them (named in the issues). */
  perimeterFile: string;
}

let last: RegionResult | null = null;

/**
 * Builds the territory context of the loaded data (`prepareTerritories`, shared with the
 * workbench) and computes the regional view: per-CPTS rows, overlapping pairs, coverage, white-zone
 * groups, issues, and the outline of each CPTS for the map. Flows count only when stays and
 * establishments are loaded, access only when the Annuaire is.
 *
 * @example const { view } = await computeRegion({ input, geometries, flows: null, access: null, perimeterFile: 'cpts.csv' });
 */
export async function computeRegion(request: RegionRequest): Promise<RegionResult> {
  const start = performance.now();
  await prepareTerritories(request.input, request.geometries);
  const { context } = preparedTerritories();
  const flows =
    request.flows && request.flows.zoneFlows.length > 0 && request.flows.establishments.length > 0
      ? request.flows
      : null;
  const extras: RegionExtras = {
    flowsOf: null,
    accessOf: null,
    perimeterFile: request.perimeterFile,
  };
  if (flows) {
    const { byFiness } = resolveDestinations(
      [...flows.communeFlows, ...flows.zoneFlows].map((f) => f.finess),
      flows.establishments,
    );
    extras.flowsOf = (codes) => computeTerritoryFlows(flows, byFiness, codes);
  }
  if (request.access && context.base.layers.professionals) {
    const analysis = await computeAccess({
      ...request.access,
      parameters: DEFAULT_ACCESS_PARAMETERS,
      times: null,
      changes: [],
    });
    extras.accessOf = (codes) => rollUpAccess(analysis, new Set(codes), UNDERSERVED_THRESHOLD);
  }
  const result = computeRegionView(context, extras);
  result.view.elapsedMs = performance.now() - start;
  last = result;
  return result;
}

/**
 * The printable regional summary (A4 HTML, the dossier's machinery) of the last `computeRegion`,
 * with the coverage map.
 *
 * @example const html = await buildRegionSummary({ territoryName: 'Manche', date: '2026-12-01', fictitious: false, sources: [] });
 */
export async function buildRegionSummary(meta: ExportMeta): Promise<string> {
  if (!last) throw new Error('computeRegion() doit être appelé avant le résumé régional.');
  const { context, geometryOf } = preparedTerritories();
  return renderRegionSummaryHtml(last.view, meta, context.base, geometryOf);
}
