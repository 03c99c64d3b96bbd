/**
 * Map layers of the « Flux PMSI » tab: curved flow lines (width by stays) and basin / proposal
 * outlines, in their own sources, added on top of the commune layers of the shared map. What is
 * drawn is reported to the legend (`drawn-layers.ts`).
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { reportDrawn } from './drawn-layers';
import { FLOW_LINE } from './map-symbols';
import { beneathPlaceLabels } from './place-label-layer';

export const FLOW_LAYER = { lines: 'flows-lines', outlines: 'flows-outlines' } as const;
const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

function ensure(map: MapLibreMap): void {
  if (!map.getSource(FLOW_LAYER.outlines)) {
    map.addSource(FLOW_LAYER.outlines, { type: 'geojson', data: EMPTY });
    map.addLayer(
      {
        id: FLOW_LAYER.outlines,
        type: 'line',
        source: FLOW_LAYER.outlines,
        paint: {
          'line-color': ['coalesce', ['get', 'colour'], '#222222'],
          'line-width': ['coalesce', ['get', 'width'], 2.5],
        },
      },
      beneathPlaceLabels(map),
    );
  }
  if (!map.getSource(FLOW_LAYER.lines)) {
    map.addSource(FLOW_LAYER.lines, { type: 'geojson', data: EMPTY });
    map.addLayer(
      {
        id: FLOW_LAYER.lines,
        type: 'line',
        source: FLOW_LAYER.lines,
        layout: { 'line-cap': 'round', 'line-join': 'round', 'line-sort-key': ['get', 'stays'] },
        paint: {
          'line-color': FLOW_LINE.colour,
          'line-opacity': FLOW_LINE.opacity,
          'line-width': FLOW_LINE.singlePx,
        },
      },
      beneathPlaceLabels(map),
    );
  }
}

/**
 * Draws the flow lines (null clears them); width grows with the square root of the stays, from
 * 1 px for the smallest line drawn to 14 px for the largest (area-like perception of width,
 * `flow-widths.ts`, which gives the legend the same widths).
 */
export function setFlowLines(map: MapLibreMap, lines: FeatureCollection | null): void {
  ensure(map);
  (map.getSource(FLOW_LAYER.lines) as GeoJSONSource).setData(lines ?? EMPTY);
  const stays = (lines?.features ?? []).map((f) => Number(f.properties?.stays ?? 0));
  const max = Math.max(1, ...stays);
  const min = Math.min(max, ...stays);
  map.setPaintProperty(
    FLOW_LAYER.lines,
    'line-width',
    min < max
      ? [
          'interpolate',
          ['linear'],
          ['sqrt', ['get', 'stays']],
          Math.sqrt(min),
          FLOW_LINE.minPx,
          Math.sqrt(max),
          FLOW_LINE.maxPx,
        ]
      : FLOW_LINE.singlePx,
  );
  reportDrawn(map, {
    flowLines: stays.length ? { count: stays.length, minStays: min, maxStays: max } : null,
  });
}

/** Draws outlines (basins, proposed territory); features may carry `colour` and `width`. */
export function setFlowOutlines(map: MapLibreMap, outlines: FeatureCollection | null): void {
  ensure(map);
  (map.getSource(FLOW_LAYER.outlines) as GeoJSONSource).setData(outlines ?? EMPTY);
  reportDrawn(map, {
    flowOutlines: (outlines?.features ?? []).map((f) => ({
      name: String(f.properties?.name ?? 'Contour'),
      colour: String(f.properties?.colour ?? '#222222'),
      widthPx: Number(f.properties?.width ?? 2.5),
    })),
  });
}

/** Removes the flow layers and sources (when the tab closes). */
export function removeFlowLayers(map: MapLibreMap): void {
  for (const id of [FLOW_LAYER.lines, FLOW_LAYER.outlines]) {
    if (map.getLayer(id)) map.removeLayer(id);
    if (map.getSource(id)) map.removeSource(id);
  }
  reportDrawn(map, { flowLines: null, flowOutlines: [] });
}
