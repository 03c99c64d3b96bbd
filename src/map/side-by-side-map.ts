/**
 * Two MapLibre maps side by side with the same commune polygons and a synchronised camera (each
 * map's `move` event sets the other's centre, zoom, bearing and pitch), for comparing two
 * choropleths with different units (our access score and the published DREES APL). Same local
 * style as the main map: no external request.
 */
import {
  LngLatBounds,
  Map as MapLibreMap,
  NavigationControl,
  type GeoJSONSource,
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { buildBaseStyle } from './base-style';
import { PLACE_LABELS_SOURCE, placeLabelsLayer } from './place-label-layer';
import { communesFillLayer, communesLineLayer, SOURCE } from './commune-layers';

/** Which side of the comparison. */
export type Side = 'left' | 'right';

/**
 * The pair of maps. Colours are pushed per commune with `setFeatureState` (the fill layer reads
 * the `colour` feature-state, as on the main map). Call {@link SideBySideMaps.destroy} when done.
 */
export class SideBySideMaps {
  readonly maps: Record<Side, MapLibreMap>;
  private syncing = false;
  private loaded: Promise<void>;

  constructor(left: HTMLElement, right: HTMLElement, basemapTilesUrl?: string) {
    const make = (container: HTMLElement) =>
      new MapLibreMap({
        container,
        style: buildBaseStyle(basemapTilesUrl),
        center: [2.5, 46.6],
        zoom: 5,
        attributionControl: false,
        canvasContextAttributes: { preserveDrawingBuffer: false, antialias: true },
      });
    this.maps = { left: make(left), right: make(right) };
    this.maps.left.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.maps.right.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.loaded = Promise.all(
      (['left', 'right'] as const).map(
        (side) =>
          new Promise<void>((resolve) =>
            this.maps[side].once('load', () => {
              const map = this.maps[side];
              map.addSource(SOURCE.communes, {
                type: 'geojson',
                data: emptyCollection(),
                promoteId: 'code',
              });
              map.addLayer(communesFillLayer);
              map.addLayer(communesLineLayer);
              map.addSource(PLACE_LABELS_SOURCE, { type: 'geojson', data: emptyCollection() });
              map.addLayer(placeLabelsLayer);
              resolve();
            }),
          ),
      ),
    ).then(() => undefined);
    this.maps.left.on('move', () => this.follow('left', 'right'));
    this.maps.right.on('move', () => this.follow('right', 'left'));
  }

  /** Copies the camera of `from` to `to`; the guard stops the echo of the other `move` event. */
  private follow(from: Side, to: Side): void {
    if (this.syncing) return;
    this.syncing = true;
    const a = this.maps[from];
    this.maps[to].jumpTo({
      center: a.getCenter(),
      zoom: a.getZoom(),
      bearing: a.getBearing(),
      pitch: a.getPitch(),
    });
    this.syncing = false;
  }

  /**
   * Sets the commune polygons and names of both maps and fits the left one (the right one
   * follows).
   */
  async setData(
    communes: FeatureCollection,
    placeLabels: FeatureCollection,
    bounds: [number, number, number, number],
  ): Promise<void> {
    await this.loaded;
    for (const map of Object.values(this.maps)) {
      (map.getSource(SOURCE.communes) as GeoJSONSource).setData(communes);
      (map.getSource(PLACE_LABELS_SOURCE) as GeoJSONSource).setData(placeLabels);
    }
    this.maps.left.fitBounds(new LngLatBounds([bounds[0], bounds[1]], [bounds[2], bounds[3]]), {
      padding: 20,
      duration: 0,
    });
  }

  /** Colours the communes of one side (null: no-data colour). */
  setColours(side: Side, colourByCode: ReadonlyMap<string, string | null>): void {
    const map = this.maps[side];
    for (const [code, colour] of colourByCode)
      map.setFeatureState({ source: SOURCE.communes, id: code }, { colour });
  }

  /** Resolves when both maps are idle (everything drawn). */
  async whenIdle(): Promise<void> {
    await Promise.all(
      Object.values(this.maps).map(
        (map) =>
          new Promise<void>((resolve) => {
            map.once('idle', () => resolve());
            map.triggerRepaint();
          }),
      ),
    );
  }

  /** Number of distinct communes drawn on one side. */
  renderedCount(side: Side): number {
    const features = this.maps[side].queryRenderedFeatures({ layers: [communesFillLayer.id] });
    return new Set(features.map((f) => String(f.id))).size;
  }

  destroy(): void {
    this.maps.left.remove();
    this.maps.right.remove();
  }
}

function emptyCollection(): FeatureCollection {
  return { type: 'FeatureCollection', features: [] };
}
