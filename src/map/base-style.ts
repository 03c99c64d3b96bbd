import type { StyleSpecification } from 'maplibre-gl';
import { PLACE_LABEL_FONT_FACES } from './place-label-layer';

/** Background colour of the map when no basemap is configured (the sea, around the communes). */
export const BACKGROUND_COLOUR = '#eef3f7';

/**
 * The map style: by default a plain background with no external request at all. When the user has
 * configured a basemap (a raster tile URL template, `{z}/{x}/{y}`), it is added under the communes;
 * the Content-Security-Policy must then allow that origin (see vite.config.ts). The label fonts are
 * declared as `font-faces` served from the app's own origin (no `glyphs` server).
 *
 * @example buildBaseStyle().sources // {}
 */
export function buildBaseStyle(basemapTilesUrl?: string): StyleSpecification {
  const style: StyleSpecification = {
    version: 8,
    // No paint transition: a layer shown once its tiles are in (`holdUntilIdle`) would otherwise
    // fade in over 300 ms, every frame of it drawn (costly with software WebGL).
    transition: { duration: 0, delay: 0 },
    'font-faces': PLACE_LABEL_FONT_FACES,
    sources: {},
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': BACKGROUND_COLOUR } },
    ],
  };
  if (basemapTilesUrl) {
    style.sources.basemap = {
      type: 'raster',
      tiles: [basemapTilesUrl],
      tileSize: 256,
      attribution: 'Fond de carte configuré par l’utilisateur',
    };
    style.layers.push({
      id: 'basemap',
      type: 'raster',
      source: 'basemap',
      paint: { 'raster-opacity': 0.6 },
    });
  }
  return style;
}
