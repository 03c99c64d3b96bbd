import {
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
  type GeoJSONSource,
  type MapMouseEvent,
  type VectorTileSource,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { CommuneTiles, PlaceLabelTiles } from '../core/geo/commune-tiles';
import type { LandMass } from '../core/geo/land-masses';
import { buildBaseStyle } from './base-style';
import {
  communesFillLayer,
  communesHoverLayer,
  FILL_OPACITY,
  communesLineLayer,
  communesSelectedLayer,
  type HighlightRole,
  establishmentsLayer,
  LAYER,
  perimetersLineLayer,
  SOURCE,
} from './commune-layers';
import {
  COMMUNE_SOURCE_LAYER,
  communeSourceSpec,
  communeTileUrl,
  NO_COMMUNE_TILES,
} from './commune-tile-source';
import { LandMassControl } from './land-mass-control';
import { holdUntilIdle } from './load-gate';
import { PLACE_LABELS_LAYER, PLACE_LABELS_SOURCE, placeLabelsLayer } from './place-label-layer';
import {
  NO_PLACE_LABEL_TILES,
  placeLabelSourceSpec,
  placeLabelTileUrl,
} from './place-label-source';

setWorkerUrl(workerUrl);

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** The polygon of a loaded commune by code (undefined when not loaded). */
export type GeometryOf = (code: string) => Polygon | MultiPolygon | undefined;

/** Callbacks from the map to the app. */
export interface CommuneMapEvents {
  onHover?: (code: string | null, x: number, y: number) => void;
  onClick?: (code: string | null) => void;
  onEstablishmentHover?: (properties: Record<string, unknown> | null, x: number, y: number) => void;
  /** The browser took the map's WebGL context away (GPU reset, memory): the map draws no more. */
  onContextLost?: () => void;
}

/**
 * The MapLibre map of the app: communes from vector tiles (`commune-tile-source.ts`) as a
 * feature-state choropleth (colours are pushed with `setFeatureState`, only for the communes whose
 * colour changed, so recolouring never re-lays out the polygons), CPTS outlines and establishments
 * as toggleable layers, a « Zone affichée » selector when the data span several land masses. The
 * communes source promotes `code` to the feature id. Only two layers (fill, outline) draw every
 * commune: the hovered and selected communes are outlined from a small GeoJSON source holding just
 * them, and the mark of a commune just clicked is a custom layer drawing its polygon alone.
 */
export class CommuneMap {
  readonly map: MapLibreMap;
  private hovered: string | null = null;
  private selected: string | null = null;
  private geometryOf: GeometryOf = () => undefined;
  /** Hovered and selected codes in the highlight source (`hover|selected`). */
  private highlighted = '|';
  private colours = new Map<string, string | null>();
  private loaded: Promise<void>;
  /** Resolves once the communes of the last tile set are drawn (`holdUntilIdle`). */
  private shown: Promise<void> = Promise.resolve();
  /** The first view keeps the legend's column clear (`.map-legend`: 290 px wide, 10 px from the edge). */
  private readonly landMasses = new LandMassControl(30, 300);
  /** GeoJSON sources holding no feature (they are created empty). */
  private readonly emptySources = new Set<string>([SOURCE.perimeters, SOURCE.establishments]);

  constructor(container: HTMLElement, events: CommuneMapEvents, basemapTilesUrl?: string) {
    this.map = new MapLibreMap({
      container,
      style: buildBaseStyle(basemapTilesUrl),
      center: [2.5, 46.6],
      zoom: 5,
      attributionControl: false,
      canvasContextAttributes: { preserveDrawingBuffer: false, antialias: false },
      // No label fade: with software WebGL every animation frame of a national map is costly.
      fadeDuration: 0,
    });
    this.map.addControl(new NavigationControl({ showCompass: true }), 'top-right');
    this.map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
    this.map.addControl(this.landMasses, 'top-left');
    this.loaded = new Promise((resolve) => this.map.once('load', () => resolve()));
    // Without a context nothing is drawn and no « idle » comes: say so instead of waiting.
    this.map.on('webglcontextlost', () => {
      container.dataset.state = 'error';
      events.onContextLost?.();
    });
    void this.loaded.then(() => this.addLayers(events));
  }

  private addLayers(events: CommuneMapEvents): void {
    const map = this.map;
    map.addSource(SOURCE.communes, communeSourceSpec(NO_COMMUNE_TILES));
    map.addSource(SOURCE.highlight, { type: 'geojson', data: EMPTY });
    map.addSource(SOURCE.perimeters, { type: 'geojson', data: EMPTY });
    map.addSource(SOURCE.establishments, { type: 'geojson', data: EMPTY });
    map.addSource(PLACE_LABELS_SOURCE, placeLabelSourceSpec(NO_PLACE_LABEL_TILES));
    for (const layer of [
      communesFillLayer,
      communesLineLayer,
      communesHoverLayer,
      communesSelectedLayer,
      perimetersLineLayer,
      establishmentsLayer,
      placeLabelsLayer,
    ]) {
      map.addLayer(layer);
    }
    map.on('mousemove', LAYER.communesFill, (e: MapMouseEvent & { features?: unknown[] }) => {
      const feature = map.queryRenderedFeatures(e.point, { layers: [LAYER.communesFill] })[0];
      const code = feature ? String(feature.id) : null;
      this.setHover(code);
      events.onHover?.(code, e.point.x, e.point.y);
    });
    map.on('mouseleave', LAYER.communesFill, () => {
      this.setHover(null);
      events.onHover?.(null, 0, 0);
    });
    map.on('mousemove', LAYER.establishments, (e) => {
      const feature = map.queryRenderedFeatures(e.point, { layers: [LAYER.establishments] })[0];
      events.onEstablishmentHover?.(feature ? feature.properties : null, e.point.x, e.point.y);
    });
    map.on('mouseleave', LAYER.establishments, () => events.onEstablishmentHover?.(null, 0, 0));
    // A click (or a tap, where there is no hover) on an establishment shows its name too.
    map.on('click', LAYER.establishments, (e) => {
      const feature = map.queryRenderedFeatures(e.point, { layers: [LAYER.establishments] })[0];
      if (feature) events.onEstablishmentHover?.(feature.properties, e.point.x, e.point.y);
    });
    this.listenToClicks(events);
  }

  /**
   * Commune clicks from the browser's own `click` on the map, a press and release less than 4 px
   * apart in page coordinates (a drag pans the map and selects nothing). MapLibre's `click`
   * compares positions inside the map instead, so a layout change between press and release (the
   * side panel growing as indicators arrive) could swallow a click.
   */
  private listenToClicks(events: CommuneMapEvents): void {
    const target = this.map.getCanvasContainer();
    let down: [number, number] | null = null;
    target.addEventListener('pointerdown', (e) => {
      down = [e.clientX, e.clientY];
    });
    target.addEventListener('click', (e) => {
      const start = down;
      down = null;
      if (!start || Math.hypot(e.clientX - start[0], e.clientY - start[1]) >= 4) return;
      const rect = target.getBoundingClientRect();
      const point: [number, number] = [e.clientX - rect.left, e.clientY - rect.top];
      const feature = this.map.queryRenderedFeatures(point, { layers: [LAYER.communesFill] })[0];
      events.onClick?.(feature ? String(feature.id) : null);
    });
  }

  /** Resolves once the style and the app's sources and layers exist. */
  async ready(): Promise<void> {
    await this.loaded;
  }

  /**
   * Replaces the data of the four sources (commune tiles, CPTS, establishments, commune name tiles),
   * offers the land masses and fits the view to the main one (the first). `colours` are set before
   * the tiles are asked for, so each tile is drawn coloured at once. `geometryOf` gives the polygon
   * of a hovered, selected or clicked commune.
   */
  async setData(
    communes: CommuneTiles,
    geometryOf: GeometryOf,
    landMasses: readonly LandMass[],
    perimeters: FeatureCollection,
    establishments: FeatureCollection,
    placeLabels: PlaceLabelTiles,
    colours: ReadonlyMap<string, string | null> = new Map(),
  ): Promise<void> {
    await this.ready();
    this.map.removeFeatureState({ source: SOURCE.communes, sourceLayer: COMMUNE_SOURCE_LAYER });
    this.colours.clear();
    this.geometryOf = geometryOf;
    this.hovered = null;
    this.selected = null;
    this.drawHighlights();
    this.setColours(colours);
    // The view first, so that only the tiles of the first view are asked for.
    this.landMasses.setLandMasses(landMasses);
    if (landMasses[0]) this.landMasses.show(landMasses[0].id);
    // The same tiles (data whose contours did not change) are kept, not loaded again.
    const communeSource = this.map.getSource(SOURCE.communes) as VectorTileSource;
    if (communeSource.tiles[0] !== communeTileUrl(communes)) {
      communeSource.setTiles([communeTileUrl(communes)]);
      this.shown = holdUntilIdle(this.map, [
        { layer: LAYER.communesFill, property: 'fill-opacity', value: FILL_OPACITY },
        { layer: LAYER.communesLine, property: 'line-opacity', value: 1 },
      ]);
    }
    const labelSource = this.map.getSource(PLACE_LABELS_SOURCE) as VectorTileSource;
    if (labelSource.tiles[0] !== placeLabelTileUrl(placeLabels))
      labelSource.setTiles([placeLabelTileUrl(placeLabels)]);
    this.setSourceData(SOURCE.perimeters, perimeters);
    this.setSourceData(SOURCE.establishments, establishments);
  }

  /**
   * Replaces a GeoJSON source's data, unless it stays empty: each new content costs a frame of the
   * whole map (and of all communes, nationally).
   */
  private setSourceData(id: string, data: FeatureCollection): void {
    const wasEmpty = this.emptySources.has(id);
    if (data.features.length === 0) this.emptySources.add(id);
    else this.emptySources.delete(id);
    if (!(wasEmpty && data.features.length === 0))
      void (this.map.getSource(id) as GeoJSONSource).setData(data);
  }

  /**
   * Colours each commune (by code; null: the no-data colour). Only communes whose colour changed
   * since the last call get a new feature state, in one synchronous pass (one repaint).
   */
  setColours(colourByCode: ReadonlyMap<string, string | null>): void {
    for (const [code, colour] of colourByCode) {
      if (this.colours.has(code) && this.colours.get(code) === colour) continue;
      this.colours.set(code, colour);
      this.state(code, { colour });
    }
  }

  private state(code: string, state: Record<string, unknown>): void {
    this.map.setFeatureState(
      { source: SOURCE.communes, sourceLayer: COMMUNE_SOURCE_LAYER, id: code },
      state,
    );
  }

  setLayerVisible(layerId: string, visible: boolean): void {
    if (this.map.getLayer(layerId)) {
      this.map.setLayoutProperty(layerId, 'visibility', visible ? 'visible' : 'none');
    }
  }

  /** Highlights one commune (or none) and optionally flies to it. */
  select(code: string | null, center?: [number, number]): void {
    this.selected = code;
    this.drawHighlights();
    if (code && center)
      this.map.easeTo({ center, zoom: Math.max(this.map.getZoom(), 9.5), duration: 400 });
  }

  private setHover(code: string | null): void {
    if (code === this.hovered) return;
    this.hovered = code;
    this.drawHighlights();
    this.map.getCanvas().style.cursor = code ? 'pointer' : '';
  }

  /**
   * Puts the hovered and the selected commune (only them) in the highlight source, when they
   * changed: each new content is one more frame of the whole map.
   */
  private drawHighlights(): void {
    const source = this.map.getSource<GeoJSONSource>(SOURCE.highlight);
    const key = `${this.hovered ?? ''}|${this.selected ?? ''}`;
    if (!source || key === this.highlighted) return;
    this.highlighted = key;
    const features: FeatureCollection['features'] = [];
    const roles: [string | null, HighlightRole][] = [
      [this.hovered, 'hover'],
      [this.selected, 'selected'],
    ];
    for (const [code, role] of roles) {
      const geometry = code ? this.geometryOf(code) : undefined;
      if (geometry) features.push({ type: 'Feature', properties: { code, role }, geometry });
    }
    void source.setData({ type: 'FeatureCollection', features });
  }

  /**
   * Resolves at the next `idle` event (all tiles loaded, no transition running) after the communes
   * of the last tile set are drawn.
   */
  async whenIdle(): Promise<void> {
    await this.shown;
    return new Promise((resolve) => {
      this.map.once('idle', () => resolve());
      this.map.triggerRepaint();
    });
  }

  /**
   * Number of distinct communes drawn in a box of the map (CSS pixels from its top-left corner),
   * e.g. under a panel laid over it.
   */
  communesUnder(box: { left: number; top: number; right: number; bottom: number }): number {
    if (!this.map.getLayer(LAYER.communesFill)) return 0;
    const features = this.map.queryRenderedFeatures(
      [
        [box.left, box.top],
        [box.right, box.bottom],
      ],
      { layers: [LAYER.communesFill] },
    );
    return new Set(features.map((f) => String(f.id))).size;
  }

  /** Codes of the communes currently drawn on screen (distinct). */
  renderedCommuneCodes(): Set<string> {
    const features = this.map.queryRenderedFeatures({ layers: [LAYER.communesFill] });
    return new Set(features.map((f) => String(f.id)));
  }

  /**
   * Commune labels currently drawn (placed without collision), distinct by name, with the screen
   * position (CSS pixels from the map's top-left corner) of the point they are centred on.
   */
  renderedPlaceLabels(): { name: string; x: number; y: number }[] {
    if (!this.map.getLayer(PLACE_LABELS_LAYER)) return [];
    const byName = new Map<string, { name: string; x: number; y: number }>();
    for (const f of this.map.queryRenderedFeatures({ layers: [PLACE_LABELS_LAYER] })) {
      const name = String(f.properties.name);
      if (byName.has(name) || f.geometry.type !== 'Point') continue;
      const { x, y } = this.map.project(f.geometry.coordinates as [number, number]);
      byName.set(name, { name, x: Math.round(x), y: Math.round(y) });
    }
    return [...byName.values()];
  }

  destroy(): void {
    this.map.remove();
  }
}
