/**
 * The one legend model of every map Périmètre draws: built from what a map draws now
 * (`DrawnLayers`), shown on the MapLibre map by the legend panel of every tab, flattened into the
 * PNG export's legend column (`src/map/png-legend.ts`) and into the legends of the dossier's SVG
 * maps (`src/core/dossier/svg-legend.ts`). Pure (no MapLibre), so the worker and the CLI build the
 * dossier's legends with it. A layer that is not drawn has no entry; the choropleth comes last,
 * under everything drawn over it.
 */
import type { ClassEntry } from '../classify/choropleth-classes';
import { NO_DATA_COLOUR } from '../classify/palettes';
import { flowWidthSamples } from './flow-widths';
import {
  FLOW_LINE,
  NEIGHBOUR_COMMUNES,
  PERIMETER_LINE_WIDTH,
  REGION_HIGHLIGHT,
  SEARCH_HIGHLIGHT,
  TERRITORY_COLOURS,
  TERRITORY_FILL_OPACITY,
  TERRITORY_OUTLINE_WIDTH,
  type TerritoryRole,
} from './map-symbols';

/** One row of a choropleth legend; `count` is the number of communes drawn in that colour, when known. */
export interface LegendEntry {
  colour: string;
  label: string;
  count?: number;
}

/** A choropleth legend (indicator, basins, access score, coverage…). */
export interface LegendModel {
  title: string;
  unit: string;
  entries: LegendEntry[];
  /** Notes to read with the classes (e.g. quantile breaks merged by tied values). */
  notes?: string[];
}

/** How an entry is drawn in the legend, as the map draws it. */
export type LegendSymbol =
  | { kind: 'fill'; colour: string; opacity?: number }
  /** Strokes of `colour` over a wash of `under` (the map's hatching pattern). */
  | { kind: 'hatch'; colour: string; under?: string; cross?: boolean }
  | { kind: 'outline'; colour: string; widthPx: number; dashed?: boolean }
  | { kind: 'dot'; colour: string }
  | { kind: 'line'; colour: string; widthPx: number };

export interface MapLegendItem {
  symbol: LegendSymbol;
  label: string;
  /** Number of communes (or establishments, lines…) drawn so, when known. */
  count?: number;
  /** What `count` counts, singular and plural (default « commune(s) »). */
  countOf?: readonly [string, string];
}

/** One block of the legend (territory, CPTS outlines, establishments, flows, choropleth). */
export interface MapLegendSection {
  id:
    | 'search'
    | 'territory'
    | 'region'
    | 'outlines'
    | 'perimeters'
    | 'establishments'
    | 'flows'
    | 'choropleth';
  title: string;
  unit?: string;
  items: MapLegendItem[];
  notes?: string[];
}

export interface MapLegend {
  sections: MapLegendSection[];
}

/** [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];

/** What the map draws now; each layer module reports its part (`drawn-layers.ts`). */
export interface DrawnLayers {
  /** The choropleth under everything: the indicator's, or a tab's overlay (basins, access, coverage). */
  choropleth: LegendModel | null;
  /** Territory workbench: communes drawn per role, and whether the merged outline is drawn. */
  territory: {
    roles: Partial<Record<TerritoryRole, number>>;
    outline: boolean;
    /** Extent of the communes drawn, [west, south, east, north] in degrees (the legend avoids it). */
    bounds?: Bounds;
    /** Names of the two territories of a comparison (roles only-a, only-b, both). */
    compared?: { a: string; b: string };
    /** Communes drawn in grey around the territory for context (the dossier's maps). */
    neighbours?: number;
  } | null;
  /** CPTS outlines shown (layer visible and perimeters loaded). */
  perimeters: readonly { name: string; colour: string; communeCount?: number }[];
  /** Establishments shown, by family (only families with at least one point). */
  establishments: readonly { label: string; colour: string; count: number }[];
  /**
   * Flow lines drawn, with the range of stays their widths stand for; `kinds` when their colour
   * says something (the dossier: stays inside or outside the territory), else all in one colour.
   */
  flowLines: {
    count: number;
    minStays: number;
    maxStays: number;
    kinds?: readonly { label: string; colour: string }[];
  } | null;
  /** Outlines drawn by the « Flux PMSI » tab (proposed territories). */
  flowOutlines: readonly { name: string; colour: string; widthPx: number }[];
  /** The CPTS outline chosen in the « Vue ARS » table. */
  regionHighlight: { name: string; bounds?: Bounds } | null;
  /** The commune found by the search box (or picked on the map). */
  search: { name: string } | null;
}

/** Nothing drawn over the communes and no choropleth. */
export const NOTHING_DRAWN: DrawnLayers = {
  choropleth: null,
  territory: null,
  perimeters: [],
  establishments: [],
  flowLines: null,
  flowOutlines: [],
  regionHighlight: null,
  search: null,
};

/**
 * Builds the legend of everything the map draws: search highlight, territory (communes, outline,
 * overlaps, white zones, contiguity problems, comparison), chosen CPTS, proposed territories,
 * CPTS outlines, establishments by family, flow widths with the stays they stand for, and the
 * choropleth (classes with their communes, notes) last.
 *
 * @example buildMapLegend({ ...NOTHING_DRAWN, search: { name: 'Agneaux' } }).sections[0].items[0].label // 'Commune recherchée : Agneaux'
 */
export function buildMapLegend(drawn: DrawnLayers): MapLegend {
  const sections: MapLegendSection[] = [];
  if (drawn.search)
    sections.push({
      id: 'search',
      title: 'Recherche',
      items: [
        {
          symbol: {
            kind: 'outline',
            colour: SEARCH_HIGHLIGHT.colour,
            widthPx: SEARCH_HIGHLIGHT.widthPx,
          },
          label: `Commune recherchée : ${drawn.search.name}`,
        },
      ],
    });
  const territory = drawn.territory ? territoryItems(drawn.territory) : [];
  if (territory.length) sections.push({ id: 'territory', title: 'Territoire', items: territory });
  if (drawn.regionHighlight)
    sections.push({
      id: 'region',
      title: 'CPTS choisie',
      items: [
        {
          symbol: {
            kind: 'outline',
            colour: REGION_HIGHLIGHT.colour,
            widthPx: REGION_HIGHLIGHT.widthPx,
          },
          label: drawn.regionHighlight.name,
        },
      ],
    });
  if (drawn.flowOutlines.length)
    sections.push({
      id: 'outlines',
      title: 'Territoires proposés',
      items: drawn.flowOutlines.map((o) => ({
        symbol: { kind: 'outline', colour: o.colour, widthPx: o.widthPx },
        label: o.name,
      })),
    });
  if (drawn.perimeters.length)
    sections.push({
      id: 'perimeters',
      title: 'Périmètres des CPTS',
      items: drawn.perimeters.map((p) => ({
        symbol: { kind: 'outline', colour: p.colour, widthPx: PERIMETER_LINE_WIDTH, dashed: true },
        label: p.name,
        count: p.communeCount,
      })),
    });
  if (drawn.establishments.length)
    sections.push({
      id: 'establishments',
      title: 'Établissements (FINESS)',
      items: drawn.establishments.map((e) => ({
        symbol: { kind: 'dot', colour: e.colour },
        label: e.label,
        count: e.count,
        countOf: ['établissement', 'établissements'],
      })),
    });
  if (drawn.flowLines) sections.push(flowSection(drawn.flowLines));
  if (drawn.choropleth) sections.push(choroplethSection(drawn.choropleth));
  return { sections };
}

/**
 * The extent the legend must leave visible: the territory being built, else the chosen CPTS.
 *
 * @example focusBounds(NOTHING_DRAWN) // null
 */
export function focusBounds(drawn: DrawnLayers): Bounds | null {
  return drawn.territory?.bounds ?? drawn.regionHighlight?.bounds ?? null;
}

/**
 * Extent of polygon coordinates (any nesting of [lon, lat] positions), null when empty.
 *
 * @example boundsOf([[[[0, 1], [2, 3]]]]) // [0, 1, 2, 3]
 */
export function boundsOf(coordinates: readonly unknown[]): Bounds | null {
  const b: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number' && typeof c[1] === 'number') {
      b[0] = Math.min(b[0], c[0]);
      b[1] = Math.min(b[1], c[1]);
      b[2] = Math.max(b[2], c[0]);
      b[3] = Math.max(b[3], c[1]);
    } else for (const inner of c) visit(inner);
  };
  visit(coordinates);
  return b[0] <= b[2] ? b : null;
}

/**
 * Labels of the territory map's roles, in legend order; a comparison names its two territories
 * (« territoire actif / comparé » only when the names are not known).
 */
function roleLabels(compared: { a: string; b: string } | undefined): [TerritoryRole, string][] {
  const a = compared?.a.trim() ? `« ${compared.a.trim()} »` : 'le territoire actif';
  const b = compared?.b.trim() ? `« ${compared.b.trim()} »` : 'le territoire comparé';
  return [
    ['white-in', 'Zone blanche (aucune CPTS) dans le territoire'],
    ['white-around', 'Zone blanche voisine (aucune CPTS)'],
    ['only-a', `Seulement dans ${a}`],
    ['only-b', `Seulement dans ${b}`],
    ['both', compared ? `Dans ${a} et dans ${b}` : 'Dans les deux territoires'],
  ];
}

/** Entries of the territory workbench's layers, for the roles drawn (counts of communes). */
function territoryItems(territory: NonNullable<DrawnLayers['territory']>): MapLegendItem[] {
  const n = (role: TerritoryRole) => territory.roles[role] ?? 0;
  const items: MapLegendItem[] = [];
  const members = n('in') + n('overlap') + n('white-in');
  const wash = {
    kind: 'fill',
    colour: TERRITORY_COLOURS.in,
    opacity: TERRITORY_FILL_OPACITY.in,
  } as const;
  if (members > 0) items.push({ symbol: wash, label: 'Communes du territoire', count: members });
  if (territory.outline)
    items.push({
      symbol: {
        kind: 'outline',
        colour: TERRITORY_COLOURS.outline,
        widthPx: TERRITORY_OUTLINE_WIDTH,
      },
      label: 'Contour du territoire',
    });
  if (n('overlap') > 0)
    items.push({
      symbol: { kind: 'hatch', colour: TERRITORY_COLOURS.overlap, under: TERRITORY_COLOURS.in },
      label: 'Aussi dans une autre CPTS (chevauchement)',
      count: n('overlap'),
    });
  if (n('offending') > 0)
    items.push({
      symbol: { kind: 'hatch', colour: TERRITORY_COLOURS.offending, cross: true },
      label: 'Problème de contiguïté (morceau détaché, enclave)',
      count: n('offending'),
    });
  for (const [role, label] of roleLabels(territory.compared))
    if (n(role) > 0)
      items.push({
        symbol: {
          kind: 'fill',
          colour: TERRITORY_COLOURS[role],
          opacity: TERRITORY_FILL_OPACITY[role],
        },
        label,
        count: n(role),
      });
  if (territory.neighbours)
    items.push({
      symbol: { kind: 'fill', colour: NEIGHBOUR_COMMUNES.fill },
      label: 'Communes voisines (hors du territoire)',
      count: territory.neighbours,
    });
  return items;
}

/** Grey of the width samples when the lines' colours stand for kinds. */
const NEUTRAL_LINE = '#777777';

/** Flow widths with the stays they stand for (largest first), after the kinds of lines if any. */
function flowSection(lines: NonNullable<DrawnLayers['flowLines']>): MapLegendSection {
  const kinds = lines.kinds ?? [];
  const widthColour = kinds.length ? NEUTRAL_LINE : FLOW_LINE.colour;
  return {
    id: 'flows',
    title: 'Flux de patients (séjours)',
    unit: 'séjours par ligne, de la zone de résidence à l’établissement',
    items: [
      ...kinds.map((k): MapLegendItem => ({
        symbol: { kind: 'line', colour: k.colour, widthPx: FLOW_LINE.singlePx },
        label: k.label,
      })),
      ...flowWidthSamples(lines.minStays, lines.maxStays).map((s): MapLegendItem => ({
        symbol: { kind: 'line', colour: widthColour, widthPx: Math.round(s.widthPx * 10) / 10 },
        label: `${s.stays.toLocaleString('fr-FR')} séjour${s.stays > 1 ? 's' : ''}`,
      })),
    ],
    notes: [
      `${lines.count.toLocaleString('fr-FR')} ligne${lines.count > 1 ? 's' : ''} ; épaisseur selon la racine carrée des séjours.`,
    ],
  };
}

/** The choropleth as a legend section: one filled swatch per class, with its communes. */
export function choroplethSection(model: LegendModel): MapLegendSection {
  return {
    id: 'choropleth',
    title: model.title,
    unit: model.unit || undefined,
    items: model.entries.map((e) => ({
      symbol: { kind: 'fill', colour: e.colour },
      label: e.label,
      count: e.count,
    })),
    notes: model.notes?.length ? [...model.notes] : undefined,
  };
}

/**
 * Builds the legend of a choropleth from its classes (`classValues`): one entry per class, with
 * its number of communes, and one for missing values when there are any (`missingLabel`, e.g.
 * « non chargé » when the layer the indicator needs is not loaded: missing is never shown as a
 * class of zeros).
 *
 * @example buildLegendModel('Densité', 'hab./km²', { entries: [{ colour: '#eee', label: '0 – 10', count: 3 }], notes: [], missing: 0 }).entries[0].label // '0 – 10'
 */
export function buildLegendModel(
  title: string,
  unit: string,
  classed: { entries: readonly ClassEntry[]; notes: readonly string[]; missing: number },
  missingLabel = 'Pas de donnée',
): LegendModel {
  const entries: LegendEntry[] = classed.entries.map((e) => ({ ...e }));
  if (classed.missing > 0)
    entries.push({ colour: NO_DATA_COLOUR, label: missingLabel, count: classed.missing });
  return { title, unit, entries, notes: [...classed.notes] };
}

/**
 * Text of one legend entry as shown and exported: its label, then the number of communes (or of
 * what the entry counts).
 *
 * @example legendEntryText({ colour: '#fff', label: 'Aucun (0)', count: 12 }) // 'Aucun (0) · 12 communes'
 */
export function legendEntryText(entry: {
  label: string;
  count?: number;
  countOf?: readonly [string, string];
}): string {
  if (entry.count === undefined) return entry.label;
  const [one, many] = entry.countOf ?? ['commune', 'communes'];
  return `${entry.label} · ${entry.count.toLocaleString('fr-FR')} ${entry.count > 1 ? many : one}`;
}

/**
 * Colour of `colour` at `opacity` over white, as a map shows a wash over a light background (the
 * PNG and SVG legends have no transparency).
 *
 * @example blendOnWhite('#0072B2', 0.5) // '#80b9d9'
 */
export function blendOnWhite(colour: string, opacity: number): string {
  const hex = colour.replace('#', '');
  if (!/^[0-9a-f]{6}$/i.test(hex)) return colour;
  const channel = (i: number) => {
    const v = parseInt(hex.slice(i, i + 2), 16);
    return Math.round(255 - (255 - v) * opacity)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(2)}${channel(4)}`;
}
