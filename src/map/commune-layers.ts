import type {
  CircleLayerSpecification,
  FillLayerSpecification,
  LineLayerSpecification,
} from 'maplibre-gl';
import { NO_DATA_COLOUR } from '../core/classify/palettes';
import { COMMUNE_TILE_LAYER } from '../core/geo/commune-tiles';
import { SEARCH_HIGHLIGHT } from './map-symbols';

/** Source and layer ids used by the app, in drawing order. */
export const SOURCE = {
  communes: 'communes',
  highlight: 'communes-highlight',
  perimeters: 'perimeters',
  establishments: 'establishments',
} as const;

export const LAYER = {
  communesFill: 'communes-fill',
  communesLine: 'communes-line',
  communesHover: 'communes-hover',
  communesSelected: 'communes-selected',
  perimetersLine: 'perimeters-line',
  establishments: 'establishments',
} as const;

/** First zoom level at which commune outlines are drawn. */
export const COMMUNE_OUTLINE_MIN_ZOOM = 6;

/** Opacity of the choropleth fill (the base map shows through a little). */
export const FILL_OPACITY = 0.9;

/**
 * Commune polygons (the `communes` layer of the vector tiles) coloured by feature-state `colour`
 * (set per commune, no re-layout on change).
 */
export const communesFillLayer: FillLayerSpecification = {
  id: LAYER.communesFill,
  type: 'fill',
  source: SOURCE.communes,
  'source-layer': COMMUNE_TILE_LAYER,
  paint: {
    'fill-color': ['coalesce', ['feature-state', 'colour'], NO_DATA_COLOUR],
    'fill-opacity': FILL_OPACITY,
  },
};

/**
 * White commune outlines, from zoom 6 (a département fills the view): on the whole of France a
 * 0.2 px line only paled the colours, and it doubled the cost of a frame of the national layer.
 */
export const communesLineLayer: LineLayerSpecification = {
  id: LAYER.communesLine,
  type: 'line',
  source: SOURCE.communes,
  'source-layer': COMMUNE_TILE_LAYER,
  minzoom: COMMUNE_OUTLINE_MIN_ZOOM,
  paint: {
    'line-color': '#ffffff',
    'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.2, 11, 1.2],
  },
};

/**
 * Outline of the commune under the pointer and of the commune selected (search, click), drawn from
 * the small `communes-highlight` source that holds only those communes (property `role`), never
 * from the tiles of all communes. The selection is the search highlight of the legend (map-symbols).
 */
export const HOVER_OUTLINE = { colour: '#222222', width: 2 } as const;
export const SELECTED_OUTLINE = {
  colour: SEARCH_HIGHLIGHT.colour,
  width: SEARCH_HIGHLIGHT.widthPx,
} as const;

/** Role of a commune in the `communes-highlight` source. */
export type HighlightRole = 'hover' | 'selected';

export const communesHoverLayer: LineLayerSpecification = {
  id: LAYER.communesHover,
  type: 'line',
  source: SOURCE.highlight,
  filter: ['==', ['get', 'role'], 'hover'],
  paint: { 'line-color': HOVER_OUTLINE.colour, 'line-width': HOVER_OUTLINE.width },
};

export const communesSelectedLayer: LineLayerSpecification = {
  id: LAYER.communesSelected,
  type: 'line',
  source: SOURCE.highlight,
  filter: ['==', ['get', 'role'], 'selected'],
  paint: { 'line-color': SELECTED_OUTLINE.colour, 'line-width': SELECTED_OUTLINE.width },
};

/** CPTS outlines (dissolved perimeters), one colour per perimeter given as a property. */
export const perimetersLineLayer: LineLayerSpecification = {
  id: LAYER.perimetersLine,
  type: 'line',
  source: SOURCE.perimeters,
  layout: { 'line-join': 'round' },
  paint: { 'line-color': ['get', 'colour'], 'line-width': 3, 'line-dasharray': [3, 1.5] },
};

/** Establishment colours by family (Okabe & Ito 2008 colour-blind-safe palette). */
export const ESTABLISHMENT_FAMILY_COLOURS: Record<string, string> = {
  hopital: '#D55E00',
  clinique: '#CC79A7',
  premier_recours: '#009E73',
  medico_social: '#0072B2',
  autre: '#555555',
};

export const establishmentsLayer: CircleLayerSpecification = {
  id: LAYER.establishments,
  type: 'circle',
  source: SOURCE.establishments,
  paint: {
    'circle-radius': ['match', ['get', 'family'], 'hopital', 7, 'clinique', 6, 5],
    'circle-color': [
      'match',
      ['get', 'family'],
      ...Object.entries(ESTABLISHMENT_FAMILY_COLOURS).flat(),
      '#555555',
    ] as unknown as string,
    'circle-stroke-color': '#ffffff',
    'circle-stroke-width': 1.5,
  },
};
