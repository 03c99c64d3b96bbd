/**
 * The legend of the shared map, for every tab: the app reports what it draws itself (choropleth,
 * CPTS outlines, establishments, search highlight) next to what the tabs' layer modules report
 * (territory, flows, Vue ARS), and the legend is rebuilt from the whole after each report.
 */
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { FeatureCollection } from 'geojson';
import {
  ESTABLISHMENT_FAMILY_LABELS,
  type EstablishmentFamily,
} from '../core/territory/establishment-family';
import type { CommuneMap } from '../map/commune-map';
import { drawnOn, onDrawnChange, reportDrawn } from '../map/drawn-layers';
import {
  buildMapLegend,
  focusBounds,
  NOTHING_DRAWN,
  type DrawnLayers,
  type LegendModel,
  type MapLegend,
} from '../map/legend-model';
import { ESTABLISHMENT_FAMILY_COLOURS } from './map-keys';

/** What the app itself draws on the shared map (stable references: they are effect inputs). */
export interface AppDrawnInputs {
  choropleth: LegendModel | null;
  /** CPTS outlines with their colours, and whether their layer is visible. */
  perimeters: readonly { name: string; colour: string; communeCount: number }[];
  showPerimeters: boolean;
  /** Establishment points, and whether their layer is visible. */
  establishments: FeatureCollection | null;
  showEstablishments: boolean;
  /** Name of the commune highlighted by the search (or picked on the map), null when none. */
  searchName: string | null;
}

const NO_PERIMETERS: DrawnLayers['perimeters'] = [];

/**
 * Establishments shown, by family in the legend's order, with their number of points.
 *
 * @example establishmentKey({ type: 'FeatureCollection', features: [] }) // []
 */
export function establishmentKey(points: FeatureCollection): DrawnLayers['establishments'] {
  const counts = new Map<string, number>();
  for (const f of points.features) {
    const family = String(f.properties?.family ?? 'autre');
    counts.set(family, (counts.get(family) ?? 0) + 1);
  }
  return (Object.entries(ESTABLISHMENT_FAMILY_LABELS) as [EstablishmentFamily, string][])
    .filter(([family]) => counts.has(family))
    .map(([family, label]) => ({
      label,
      colour: ESTABLISHMENT_FAMILY_COLOURS[family] ?? '#555555',
      count: counts.get(family) ?? 0,
    }));
}

/** Reports the app's layers to the map and returns the legend of everything drawn now. */
export function useMapLegend(map: CommuneMap | null, inputs: AppDrawnInputs): MapLegend {
  const { choropleth, perimeters, showPerimeters, establishments, showEstablishments } = inputs;
  const { searchName } = inputs;
  const establishmentEntries = useMemo(
    () => (establishments ? establishmentKey(establishments) : []),
    [establishments],
  );
  useEffect(() => {
    if (!map) return;
    reportDrawn(map.map, {
      choropleth,
      perimeters: showPerimeters ? perimeters : NO_PERIMETERS,
      establishments: showEstablishments ? establishmentEntries : [],
      search: searchName ? { name: searchName } : null,
    });
  }, [
    map,
    choropleth,
    perimeters,
    showPerimeters,
    establishmentEntries,
    showEstablishments,
    searchName,
  ]);
  const subscribe = useCallback(
    (listener: () => void) => (map ? onDrawnChange(map.map, listener) : () => undefined),
    [map],
  );
  const drawn = useSyncExternalStore(subscribe, () => (map ? drawnOn(map.map) : NOTHING_DRAWN));
  return useMemo(() => buildMapLegend(drawn), [drawn]);
}

/** A rectangle in CSS pixels from the map's upper-left corner. */
export interface ScreenBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The on-screen box of the map's focus extent (territory, chosen CPTS), or null. */
function focusBox(map: CommuneMap): ScreenBox | null {
  const bounds = focusBounds(drawnOn(map.map));
  if (!bounds) return null;
  const [w, s, e, n] = bounds;
  const a = map.map.project([w, n]);
  const b = map.map.project([e, s]);
  return {
    left: Math.round(Math.min(a.x, b.x)),
    top: Math.round(Math.min(a.y, b.y)),
    right: Math.round(Math.max(a.x, b.x)),
    bottom: Math.round(Math.max(a.y, b.y)),
  };
}

/**
 * Where the territory being built (or the CPTS chosen in the Vue ARS) shows on screen, updated
 * after each map move and each change of what is drawn, so the legend can leave it visible.
 */
export function useFocusBox(map: CommuneMap | null): ScreenBox | null {
  const [box, setBox] = useState<ScreenBox | null>(null);
  useEffect(() => {
    if (!map) return;
    const update = () =>
      setBox((previous) => {
        const next = focusBox(map);
        return JSON.stringify(next) === JSON.stringify(previous) ? previous : next;
      });
    update();
    return onViewChange(map, update);
  }, [map]);
  return box;
}

/**
 * Calls `listener` after each move or resize of the map and each change of what is drawn on it;
 * returns the unsubscription.
 */
function onViewChange(map: CommuneMap, listener: () => void): () => void {
  const stop = onDrawnChange(map.map, listener);
  map.map.on('moveend', listener);
  map.map.on('resize', listener);
  return () => {
    stop();
    map.map.off('moveend', listener);
    map.map.off('resize', listener);
  };
}

/**
 * A number that changes once the map has settled (its first « idle ») after each move, resize or
 * change of what is drawn: what is on screen is then final (tiles loaded), e.g. to count the
 * communes under the legend. Hover highlights, which also repaint the map, do not change it.
 */
export function useSettledView(map: CommuneMap | null): number {
  const [settled, setSettled] = useState(0);
  useEffect(() => {
    if (!map) return;
    let waiting = false;
    const bump = () => {
      waiting = false;
      setSettled((n) => n + 1);
    };
    const afterIdle = () => {
      if (waiting) return;
      waiting = true;
      map.map.once('idle', bump);
    };
    afterIdle();
    const stop = onViewChange(map, afterIdle);
    return () => {
      stop();
      map.map.off('idle', bump);
    };
  }, [map]);
  return settled;
}
