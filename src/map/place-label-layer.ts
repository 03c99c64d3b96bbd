/**
 * The commune names layer: a MapLibre symbol layer over the label points of `buildPlaceLabels`
 * (vector tiles of the tiler, `place-label-source.ts`),
 * with its fonts (Noto Sans, SIL Open Font License 1.1, from @fontsource/noto-sans) bundled by
 * Vite and served from the app's own origin through the style's `font-faces`: MapLibre rasterises
 * the glyphs itself, so no glyph server and no request outside the origin are needed.
 */
import type { ExpressionSpecification, FontFacesSpecification } from 'maplibre-gl';
import type { Map as MapLibreMap, SymbolLayerSpecification } from 'maplibre-gl';
import regularLatin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import regularLatinExt from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import semiboldLatin from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import semiboldLatinExt from '@fontsource/noto-sans/files/noto-sans-latin-ext-600-normal.woff2?url';
import { TIER_MIN_ZOOM } from '../core/geo/place-labels';
import { PLACE_LABEL_SOURCE_LAYER } from './place-label-source';

export const PLACE_LABELS_SOURCE = 'place-labels';
export const PLACE_LABELS_LAYER = 'place-labels';

const REGULAR = 'Noto Sans Regular';
const SEMIBOLD = 'Noto Sans SemiBold';

/** Unicode ranges of the Fontsource subsets (latin covers French, latin-ext the rest of Europe). */
const LATIN_RANGE = [
  'U+0000-00FF',
  'U+0131',
  'U+0152-0153',
  'U+02BB-02BC',
  'U+02C6',
  'U+02DA',
  'U+02DC',
  'U+0304',
  'U+0308',
  'U+0329',
  'U+2000-206F',
  'U+20AC',
  'U+2122',
  'U+2212',
  'U+FEFF',
  'U+FFFD',
];
const LATIN_EXT_RANGE = ['U+0100-024F', 'U+1E00-1EFF', 'U+A720-A7FF'];

/** The `font-faces` of the style: the label fonts, served from the app's own origin. */
export const PLACE_LABEL_FONT_FACES: FontFacesSpecification = {
  [REGULAR]: [
    { url: regularLatin, 'unicode-range': LATIN_RANGE },
    { url: regularLatinExt, 'unicode-range': LATIN_EXT_RANGE },
  ],
  [SEMIBOLD]: [
    { url: semiboldLatin, 'unicode-range': LATIN_RANGE },
    { url: semiboldLatinExt, 'unicode-range': LATIN_EXT_RANGE },
  ],
};

const tier: ExpressionSpecification = ['get', 'tier'];

/**
 * Commune names: larger communes first (`symbol-sort-key` = rank by population), no overlap
 * (`text-allow-overlap: false`, `text-padding`), and a minimum zoom and a size by population tier,
 * so that the density of names follows the zoom (the tiles already leave out the names their zoom
 * does not draw; the filter keeps the same rule on over-zoomed tiles).
 */
export const placeLabelsLayer: SymbolLayerSpecification = {
  id: PLACE_LABELS_LAYER,
  type: 'symbol',
  source: PLACE_LABELS_SOURCE,
  'source-layer': PLACE_LABEL_SOURCE_LAYER,
  filter: [
    '>=',
    ['zoom'],
    [
      'match',
      tier,
      0,
      TIER_MIN_ZOOM[0],
      1,
      TIER_MIN_ZOOM[1],
      2,
      TIER_MIN_ZOOM[2],
      3,
      TIER_MIN_ZOOM[3],
      TIER_MIN_ZOOM[4],
    ],
  ],
  layout: {
    'text-field': ['get', 'name'],
    'text-font': ['case', ['<=', tier, 1], ['literal', [SEMIBOLD]], ['literal', [REGULAR]]],
    'text-size': ['match', tier, 0, 15, 1, 13.5, 2, 12, 3, 11, 10.5],
    'symbol-sort-key': ['get', 'rank'],
    'text-allow-overlap': false,
    'text-ignore-placement': false,
    'text-padding': 4,
    'text-max-width': 8,
    'text-anchor': 'center',
  },
  paint: {
    'text-color': ['case', ['<=', tier, 1], '#111111', '#2b2b2b'],
    'text-halo-color': 'rgba(255, 255, 255, 0.9)',
    'text-halo-width': 1.4,
    'text-halo-blur': 0.3,
  },
};

/**
 * The `beforeId` for layers added over the communes after the map is built (territory, flows):
 * they go under the commune names, which stay readable on top of everything. (The mark of a commune
 * just clicked is drawn over the map on its own canvas, `src/app/click-marks.ts`.)
 */
export function beneathPlaceLabels(map: MapLibreMap): string | undefined {
  return map.getLayer(PLACE_LABELS_LAYER) ? PLACE_LABELS_LAYER : undefined;
}
