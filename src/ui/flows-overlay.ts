/**
 * The overlay choropleths of the « Flux PMSI » tab: main destination, share of stays in it,
 * recruitment basin of an establishment, and the basins of each method.
 */
import type { MapOverlay } from '../app/app-services';
import type { BasinMethod, BasinResult, flowsWorker } from '../app/flows-services';
import { METHOD_LABELS } from './FlowsBasins';
import { categoricalOverlay, SHARE_CLASSES } from './flows-colours';
import { formatPercent } from './format';

export type FlowsChoropleth = 'none' | 'main' | 'share' | BasinMethod | 'recruitment';
type FlowMap = Awaited<ReturnType<ReturnType<typeof flowsWorker>['computeFlowMap']>>;

export interface FlowsOverlayInputs {
  flowMap: FlowMap;
  results: Partial<Record<BasinMethod, BasinResult>>;
  recruitment: string[] | null;
  finess: string;
  allCodes: string[];
}

/** The overlay to draw for the chosen choropleth, or null for the indicator map. */
export function buildFlowsOverlay(
  choropleth: FlowsChoropleth,
  { flowMap, results, recruitment, finess, allCodes }: FlowsOverlayInputs,
): MapOverlay | null {
  const names = new Map(flowMap.establishments.map((e) => [e.finess, e.name]));
  if (choropleth === 'none') return null;
  if (choropleth === 'main') {
    const groups = new Map(Object.entries(flowMap.mainDestination).map(([c, m]) => [c, m.finess]));
    return {
      id: 'flows-main',
      ...categoricalOverlay('Destination principale', groups, (f) => names.get(f) ?? f, allCodes, {
        unit: 'établissement recevant le plus de séjours des résidents',
        outsideLabel: 'Aucun séjour connu',
      }),
    };
  } else if (choropleth === 'share') {
    const colourByCode = new Map(
      allCodes.map((c) => {
        const share = flowMap.mainDestination[c]?.share;
        return [
          c,
          share === undefined ? null : (SHARE_CLASSES.find((k) => share < k.to)?.colour ?? null),
        ];
      }),
    );
    const entries = SHARE_CLASSES.map((k) => ({
      colour: k.colour,
      label: `${Math.round(k.from * 100)} – ${Math.min(100, Math.round(k.to * 100))} %`,
    }));
    return {
      id: 'flows-share',
      legend: {
        title: 'Part dans la destination principale',
        unit: '% des séjours des résidents',
        entries,
      },
      colourByCode,
    };
  } else if (choropleth === 'recruitment') {
    const groups = new Map((recruitment ?? []).map((c) => [c, 'in']));
    const label = `Bassin de recrutement (80 %) : ${names.get(finess) ?? finess}`;
    return {
      id: 'flows-recruitment',
      ...categoricalOverlay(label, groups, () => 'zones faisant 80 % des séjours', allCodes, {
        unit: 'communes de résidence des patients',
        outsideLabel: 'Hors du bassin de recrutement',
      }),
    };
  } else {
    const result = results[choropleth];
    if (!result) return null;
    const groups = new Map(result.basins.flatMap((b) => b.communes.map((c) => [c, b.id] as const)));
    const label = new Map(
      result.basins.map((b) => [b.id, `${b.name} (LI ${formatPercent(b.li, 0)})`]),
    );
    return {
      id: `flows-${choropleth}`,
      ...categoricalOverlay(
        `Bassins : ${METHOD_LABELS[choropleth]}`,
        groups,
        (id) => label.get(id) ?? id,
        allCodes,
        {
          unit: 'bassin de patients (LI : part des séjours des résidents restés dans le bassin)',
          outsideLabel: 'Sans bassin (aucun séjour)',
        },
      ),
    };
  }
}
