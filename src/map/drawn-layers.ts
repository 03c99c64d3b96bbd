/**
 * What each map draws now, reported by the code that draws it (the territory, flow and region
 * layer modules when they push data, the app for the choropleth, CPTS outlines, establishments and
 * the search highlight), so that the legend and the PNG export are built from the map's actual
 * content and change whenever a layer does. One record per MapLibre map, dropped with the map.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { buildMapLegend, NOTHING_DRAWN, type DrawnLayers, type MapLegend } from './legend-model';

interface DrawnRecord {
  drawn: DrawnLayers;
  listeners: Set<() => void>;
}

const records = new WeakMap<MapLibreMap, DrawnRecord>();

function recordOf(map: MapLibreMap): DrawnRecord {
  let record = records.get(map);
  if (!record) {
    record = { drawn: NOTHING_DRAWN, listeners: new Set() };
    records.set(map, record);
  }
  return record;
}

/** Records what part of the map is drawn now (fields not given stay as they were) and notifies. */
export function reportDrawn(map: MapLibreMap, patch: Partial<DrawnLayers>): void {
  const record = recordOf(map);
  record.drawn = { ...record.drawn, ...patch };
  for (const listener of record.listeners) listener();
}

/** What the map draws now (a new object after every report, the same one in between). */
export function drawnOn(map: MapLibreMap): DrawnLayers {
  return recordOf(map).drawn;
}

/** Calls `listener` after every report on this map; returns the unsubscribe function. */
export function onDrawnChange(map: MapLibreMap, listener: () => void): () => void {
  const { listeners } = recordOf(map);
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The legend of what the map draws now (the one shown on the map and put in the PNG export). */
export function mapLegendOf(map: MapLibreMap): MapLegend {
  return buildMapLegend(drawnOn(map));
}
