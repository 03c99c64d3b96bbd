/**
 * The dossier « Diagnostic territorial » of a territory, built in the analysis worker for the app
 * and called directly by `perimetre dossier`: the same figures (territory analysis, flows,
 * plurality basins, GP access with the default parameters) and the same HTML in both.
 * `prepareTerritories` must have run on the loaded data first.
 */
import type { AccessCommune, SupplyActivity } from '../core/access/types';
import { DEFAULT_ACCESS_PARAMETERS, UNDERSERVED_THRESHOLD } from '../core/access/defaults';
import {
  buildDossierFigures,
  type DossierAnalyses,
  type DossierFigures,
} from '../core/dossier/dossier-figures';
import { buildDossierMaps } from '../core/dossier/dossier-maps';
import { renderDossierHtml } from '../core/dossier/render-dossier-html';
import type { FlowInputs } from '../core/flows/flow-types';
import { analyseTerritory } from '../core/territory/analyse-territory';
import type { ExportMeta } from '../core/territory/to-territory-exports';
import { computeAccess } from './access-api';
import {
  computeFlowBasins,
  computeFlowIndicators,
  defaultBasinRequest,
  locateDestinations,
} from './flows-api';
import { preparedTerritories } from './territory-api';

/** What the dossier needs beyond the prepared territory context; null = not loaded. */
export interface DossierRequest {
  codes: readonly string[];
  meta: ExportMeta;
  flows: FlowInputs | null;
  /** Communes and GP activities (`loadAccessInputs(conn, 'gp')`), null without the Annuaire. */
  access: { communes: AccessCommune[]; activities: SupplyActivity[] } | null;
}

/** The dossier: its HTML and the figures it prints (the CLI's JSON, the parity tests). */
export interface Dossier {
  html: string;
  figures: DossierFigures;
}

/**
 * Builds the dossier of `codes`. Flows count only when stays and establishments are loaded, access
 * only when the Annuaire Santé is (the territory's `layers`), so a missing file gives « non
 * disponible », never 0. Plurality basins use the app's defaults (`defaultBasinRequest`).
 *
 * @example const { html } = await buildTerritoryDossier({ codes, meta, flows: null, access: null });
 */
export async function buildTerritoryDossier(request: DossierRequest): Promise<Dossier> {
  const { context, geometryOf } = preparedTerritories();
  const analysis = analyseTerritory(context, request.codes);
  const flowInputs =
    request.flows && request.flows.zoneFlows.length > 0 && request.flows.establishments.length > 0
      ? request.flows
      : null;
  const analyses: DossierAnalyses = { flows: null, access: null };
  let destinations = new Map<string, [number, number]>();
  if (flowInputs) {
    const result = await computeFlowBasins(
      flowInputs,
      Object.fromEntries(context.adjacency.neighbours),
      defaultBasinRequest('plurality'),
    );
    analyses.flows = {
      territory: await computeFlowIndicators(flowInputs, analysis.codes),
      basins: result.basins,
      medianLi: result.medianLi,
    };
    destinations = locateDestinations(flowInputs);
  }
  if (request.access && analysis.indicators.layers.professionals) {
    const parameters = DEFAULT_ACCESS_PARAMETERS;
    analyses.access = {
      analysis: await computeAccess({ ...request.access, parameters, times: null, changes: [] }),
      profession: 'Médecins généralistes',
      threshold: UNDERSERVED_THRESHOLD,
      parameters,
    };
  }
  const figures = buildDossierFigures(context.base, analysis, request.meta, analyses);
  const maps = buildDossierMaps(figures, context.base, geometryOf, destinations);
  return { html: renderDossierHtml(figures, maps), figures };
}
