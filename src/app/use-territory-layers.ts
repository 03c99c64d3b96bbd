/**
 * The territory layers of the shared map while the workbench is open: added once the map is
 * ready, fed with the analysis (or the comparison) through one coalesced update per frame
 * (`TerritoryLayerUpdates`), removed when the workbench closes.
 */
import { useEffect, useState } from 'react';
import type { MultiPolygon, Polygon } from 'geojson';
import type { TerritoryAnalysis } from '../core/territory/analyse-territory';
import type { CommuneMap } from '../map/commune-map';
import { addTerritoryLayers, removeTerritoryLayers } from '../map/territory-layers';
import { ClickMarks } from './click-marks';
import { MapFrameGate } from './map-frame-gate';
import type { LoadedData } from './load-data';
import {
  comparisonFeatures,
  territoryFeatures,
  TerritoryLayerUpdates,
  type RoledCommune,
} from './territory-map';

/** What the layers show: the comparison when there is one, else the analysed territory. */
export interface TerritoryLayersView {
  analysis: TerritoryAnalysis | null;
  basedOn: string | null;
  comparison: {
    onlyA: string[];
    onlyB: string[];
    both: string[];
    nameA: string;
    nameB: string;
  } | null;
  /** Clicked communes whose marks go with this view. */
  settled: string[];
}

/** What a click draws at once: the mark over the map, and the gate holding the map's frame. */
export interface ClickFeedback {
  marks: ClickMarks;
  gate: MapFrameGate;
}

/**
 * Adds the territory layers and the click feedback and keeps them in step with `view`; returns
 * the click feedback once the layers exist (null before and after).
 */
export function useTerritoryLayers(
  map: CommuneMap | null,
  data: LoadedData,
  geometryOf: (code: string) => Polygon | MultiPolygon | undefined,
  view: TerritoryLayersView,
): ClickFeedback | null {
  // The updater of the layers and the click feedback, once they exist (null before, once closed).
  const [layers, setLayers] = useState<(ClickFeedback & { updates: TerritoryLayerUpdates }) | null>(
    null,
  );

  useEffect(() => {
    if (!map) return;
    let alive = true;
    let own: (ClickFeedback & { updates: TerritoryLayerUpdates }) | null = null;
    void map.ready().then(() => {
      if (!alive) return;
      addTerritoryLayers(map.map);
      const marks = new ClickMarks(map, geometryOf);
      const gate = new MapFrameGate(map.map);
      const updates = new TerritoryLayerUpdates(map, (codes) => marks.clear(codes), gate);
      own = { marks, gate, updates };
      setLayers(own);
    });
    return () => {
      alive = false;
      own?.updates.close();
      own?.marks.destroy();
      own?.gate.destroy();
      setLayers(null);
      if (map.map.getStyle()) removeTerritoryLayers(map.map);
    };
  }, [map, geometryOf]);
  const updates = layers?.updates ?? null;

  const { analysis, basedOn, comparison, settled } = view;
  useEffect(() => {
    if (!map || !updates) return;
    const perimetersOf = (code: string) => data.perimetersByCode[code] ?? [];
    const communes = comparison
      ? comparisonFeatures(comparison, geometryOf)
      : analysis
        ? territoryFeatures(analysis, geometryOf, perimetersOf, basedOn)
        : [];
    updates.push({
      communes,
      outline: comparison ? null : (analysis?.outline ?? null),
      ...(comparison ? { compared: { a: comparison.nameA, b: comparison.nameB } } : {}),
      settled,
      onApplied: () => describeOnMap(map, analysis, communes),
    });
  }, [map, updates, analysis, comparison, basedOn, settled, data, geometryOf]);

  return layers && { marks: layers.marks, gate: layers.gate };
}

/** What the map shows, by role, on its container (read by the end-to-end tests). */
function describeOnMap(
  map: CommuneMap,
  analysis: TerritoryAnalysis | null,
  communes: RoledCommune[],
): void {
  const el = map.map.getContainer();
  el.dataset.territoryCommunes = String(analysis?.codes.length ?? 0);
  // e.g. {"only-a":3,"both":12}
  const roles: Record<string, number> = {};
  for (const f of communes) roles[f.properties.role] = (roles[f.properties.role] ?? 0) + 1;
  el.dataset.territoryRoles = JSON.stringify(roles);
}
