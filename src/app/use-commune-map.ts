import { useEffect, useRef, useState, type RefObject } from 'react';
import { CommuneMap, type CommuneMapEvents } from '../map/commune-map';
import { LAYER } from '../map/commune-layers';
import type { LoadedData } from './load-data';
import { placeLabelsOf } from './place-labels-of';

export interface LayerVisibility {
  perimeters: boolean;
  establishments: boolean;
}

/** Colours of CPTS outlines (Okabe & Ito 2008, colour-blind safe), by perimeter order. */
export const PERIMETER_COLOURS = ['#E69F00', '#56B4E9', '#7B3294', '#009E73', '#F0E442', '#0072B2'];

/**
 * Owns the MapLibre map mounted in `containerRef`: pushes the data, the colours, the layer
 * visibility and the selection, and maintains `data-state` on the container
 * (`loading` while drawing, `ready` once the data is drawn and the map is idle) and
 * `data-place-labels` (JSON array of the labels drawn, `{ name, x, y }`, updated whenever the map
 * is idle). Nothing is drawn before the data: the start-up contours are tiled meanwhile
 * (`ImportSettings.tileEarly`), but drawing them uncoloured while DuckDB loads the tables cost more
 * than it showed — each frame of software WebGL competes with DuckDB for the processor: measured
 * in Chromium (alternate cold starts, same build), France 7.8 s to the first ready map instead of
 * 8.9 s; the demo no slower (4.8 s against 5.0 s, within the machine's noise). The map shows the
 * load's progress meanwhile (`App`'s overlay).
 */
export function useCommuneMap(
  containerRef: RefObject<HTMLDivElement | null>,
  data: LoadedData | null,
  colourByCode: ReadonlyMap<string, string | null> | null,
  layers: LayerVisibility,
  selected: { code: string; center: [number, number] } | null,
  events: CommuneMapEvents,
): CommuneMap | null {
  const [map, setMap] = useState<CommuneMap | null>(null);
  const eventsRef = useRef(events);
  eventsRef.current = events;
  /** The data last pushed to the map (an import replaces it: then it is pushed again). */
  const drawn = useRef<LoadedData | null>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    container.dataset.state = 'loading';
    const instance = new CommuneMap(
      container,
      {
        onHover: (...args) => eventsRef.current.onHover?.(...args),
        onClick: (...args) => eventsRef.current.onClick?.(...args),
        onEstablishmentHover: (...args) => eventsRef.current.onEstablishmentHover?.(...args),
        onContextLost: () => eventsRef.current.onContextLost?.(),
      },
      import.meta.env.VITE_BASEMAP_TILES as string | undefined,
    );
    setMap(instance);
    instance.map.on('idle', () => {
      container.dataset.placeLabels = JSON.stringify(instance.renderedPlaceLabels());
    });
    return () => instance.destroy();
  }, [containerRef]);

  useEffect(() => {
    if (!map || !data || !colourByCode) return;
    const container = containerRef.current;
    let cancelled = false;
    const draw = async () => {
      if (container) container.dataset.state = 'loading';
      const start = performance.now();
      const newData = drawn.current !== data;
      if (newData) {
        const perimeters = {
          ...data.perimeters,
          features: data.perimeters.features.map((f, i) => ({
            ...f,
            properties: {
              ...f.properties,
              colour: PERIMETER_COLOURS[i % PERIMETER_COLOURS.length],
            },
          })),
        };
        const placeLabels = placeLabelsOf(data);
        await map.setData(
          data.communeTiles,
          (code) => data.communeGeometries.geometryOf(code),
          data.landMasses,
          perimeters,
          data.establishments,
          placeLabels,
          colourByCode,
        );
        drawn.current = data;
      }
      map.setColours(colourByCode);
      await map.whenIdle();
      performance.measure('perimetre:map-draw', { start, end: performance.now() });
      if (cancelled || !container) return;
      // Counted when new data is drawn (a full-view query, ≈ 0.5 s nationally), not on a recolour.
      if (newData) container.dataset.renderedCommunes = String(map.renderedCommuneCodes().size);
      container.dataset.renderCount = String(Number(container.dataset.renderCount ?? 0) + 1);
      container.dataset.state = 'ready';
    };
    draw().catch((error: unknown) => {
      if (container) container.dataset.state = 'error';
      console.error(error);
    });
    return () => {
      cancelled = true;
    };
  }, [map, data, colourByCode, containerRef]);

  useEffect(() => {
    if (!map) return;
    void map.ready().then(() => {
      map.setLayerVisible(LAYER.perimetersLine, layers.perimeters);
      map.setLayerVisible(LAYER.establishments, layers.establishments);
    });
  }, [map, layers.perimeters, layers.establishments]);

  useEffect(() => {
    if (!map) return;
    void map.ready().then(() => map.select(selected?.code ?? null, selected?.center));
  }, [map, selected]);

  return map;
}
