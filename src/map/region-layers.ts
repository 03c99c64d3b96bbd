/**
 * Map layer of the « Vue ARS »: the outline of the CPTS chosen in the table, drawn over the
 * coverage colours (the communes' feature-state choropleth) beneath the place names, reported to
 * the legend (`drawn-layers.ts`).
 */
import { LngLatBounds, type GeoJSONSource, type Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import { reportDrawn } from './drawn-layers';
import { boundsOf } from './legend-model';
import { REGION_HIGHLIGHT } from './map-symbols';
import { beneathPlaceLabels } from './place-label-layer';

const SOURCE = 'region-highlight';
export const REGION_HIGHLIGHT_LAYER = 'region-highlight-line';
/** Colour of the highlighted CPTS outline (also in the PNG legend). */
export const REGION_HIGHLIGHT_COLOUR = REGION_HIGHLIGHT.colour;
const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Adds the source and layer once (idempotent). */
export function addRegionLayers(map: MapLibreMap): void {
  if (map.getSource(SOURCE)) return;
  map.addSource(SOURCE, { type: 'geojson', data: EMPTY });
  map.addLayer(
    {
      id: REGION_HIGHLIGHT_LAYER,
      type: 'line',
      source: SOURCE,
      paint: { 'line-color': REGION_HIGHLIGHT_COLOUR, 'line-width': REGION_HIGHLIGHT.widthPx },
    },
    beneathPlaceLabels(map),
  );
}

/** Removes the layer and source (when the tab closes). */
export function removeRegionLayers(map: MapLibreMap): void {
  if (map.getLayer(REGION_HIGHLIGHT_LAYER)) map.removeLayer(REGION_HIGHLIGHT_LAYER);
  if (map.getSource(SOURCE)) map.removeSource(SOURCE);
  reportDrawn(map, { regionHighlight: null });
}

/** Draws one CPTS outline (or none) and fits the view to it. */
export function setRegionHighlight(map: MapLibreMap, outline: Feature<MultiPolygon> | null): void {
  (map.getSource(SOURCE) as GeoJSONSource | undefined)?.setData({
    type: 'FeatureCollection',
    features: outline ? [outline] : [],
  });
  const extent = outline && map.getSource(SOURCE) ? boundsOf(outline.geometry.coordinates) : null;
  reportDrawn(map, {
    regionHighlight:
      outline && extent ? { name: String(outline.properties?.name), bounds: extent } : null,
  });
  if (!outline) return;
  const bounds = new LngLatBounds();
  for (const polygon of outline.geometry.coordinates)
    for (const [x = 0, y = 0] of polygon[0] ?? []) bounds.extend([x, y]);
  if (!bounds.isEmpty()) map.fitBounds(bounds, { padding: 40, duration: 0, maxZoom: 11 });
}
