/**
 * Colours and widths of what the app draws over the communes, written once and read both by the
 * MapLibre layers and by the legend model (so the key always shows what the map draws). Colours
 * are from the Okabe & Ito (2008) colour-blind-safe palette unless stated.
 */

/** Role of a commune on the territory map. */
export type TerritoryRole =
  'in' | 'overlap' | 'white-in' | 'white-around' | 'offending' | 'only-a' | 'only-b' | 'both';

/** Colours of the roles, also used by the legends. */
export const TERRITORY_COLOURS: Record<TerritoryRole | 'outline', string> = {
  in: '#0072B2',
  overlap: '#D55E00',
  'white-in': '#F0E442',
  'white-around': '#F0E442',
  offending: '#CC0000',
  'only-a': '#0072B2',
  'only-b': '#E69F00',
  both: '#009E73',
  outline: '#1a1a1a',
};

/**
 * Fill opacity of each role: low enough for the choropleth classes under the territory to stay
 * readable. Overlapping communes get the territory's wash and thin hatching, never an opaque fill;
 * problem communes get a cross-hatched pattern over their whole surface and a dashed outline.
 */
export const TERRITORY_FILL_OPACITY: Record<TerritoryRole, number> = {
  in: 0.3,
  overlap: 0.3,
  'white-in': 0.4,
  'white-around': 0.35,
  offending: 0,
  'only-a': 0.45,
  'only-b': 0.45,
  both: 0.45,
};

/** Width of the merged territory outline, CSS pixels. */
export const TERRITORY_OUTLINE_WIDTH = 3;

/** Width of the dashed outline around each problem commune, CSS pixels. */
export const PROBLEM_OUTLINE_WIDTH = 2.5;

/** Hatching of overlaps: thin strokes far apart, so that most of the choropleth shows through. */
export const OVERLAP_HATCH = { spacingPx: 10, strokePx: 2 } as const;

/** Colour of the flow lines (ColorBrewer RdBu dark red) and their widths, CSS pixels. */
export const FLOW_LINE = { colour: '#b2182b', opacity: 0.75, minPx: 1, maxPx: 14, singlePx: 4 };

/** Colour and width of the CPTS outline chosen in the « Vue ARS » table. */
export const REGION_HIGHLIGHT = { colour: '#1a1a1a', widthPx: 3.5 };

/** Width of the dashed CPTS outlines (perimeters loaded by the user), CSS pixels. */
export const PERIMETER_LINE_WIDTH = 3;

/**
 * The commune found by the search box (or picked on the map): magenta, thicker than every other
 * outline, so it is never mistaken for the red contiguity problems. Kept equal to the
 * `communesSelectedLayer` paint in `commune-layers.ts`.
 */
export const SEARCH_HIGHLIGHT = { colour: '#e6007e', widthPx: 4 };

/** Communes drawn in grey around a territory for context (the dossier's static maps). */
export const NEIGHBOUR_COMMUNES = { fill: '#e4e4e4', stroke: '#b5b5b5' };
