/**
 * Two MapLibre maps side by side with the same commune polygons and a synchronised camera (each
 * map's `move` event sets the other's centre, zoom, bearing and pitch), for comparing two
 * choropleths with different units (our access score and the published DREES APL). Same local
 * style as the main map: no external request.
 */
import { Map as MapLibreMap, NavigationControl, type VectorTileSource } from 'maplibre-gl';
import type { CommuneTiles, PlaceLabelTiles } from '../core/geo/commune-tiles';
import type { LandMass } from '../core/geo/land-masses';
import { buildBaseStyle } from './base-style';
import {
  COMMUNE_SOURCE_LAYER,
  communeSourceSpec,
  communeTileUrl,
  NO_COMMUNE_TILES,
} from './commune-tile-source';
import { LandMassControl } from './land-mass-control';
import { PLACE_LABELS_SOURCE, placeLabelsLayer } from './place-label-layer';
import {
  NO_PLACE_LABEL_TILES,
  placeLabelSourceSpec,
  placeLabelTileUrl,
} from './place-label-source';
import { communesFillLayer, communesLineLayer, SOURCE } from './commune-layers';

/** Which side of the comparison. */
export type Side = 'left' | 'right';

/**
 * The pair of maps, drawn from the same commune tiles as the main map. Colours are pushed per
 * commune with `setFeatureState` (the fill layer reads the `colour` feature-state, as on the main
 * map), only where they changed. Call {@link SideBySideMaps.destroy} when done.
 */
export class SideBySideMaps {
  readonly maps: Record<Side, MapLibreMap>;
  private syncing = false;
  private loaded: Promise<void>;
  private readonly colours: Record<Side, Map<string, string | null>> = {
    left: new Map(),
    right: new Map(),
  };
  private readonly landMasses = new LandMassControl(20);

  constructor(left: HTMLElement, right: HTMLElement, basemapTilesUrl?: string) {
    const make = (container: HTMLElement) =>
      new MapLibreMap({
        container,
        style: buildBaseStyle(basemapTilesUrl),
        center: [2.5, 46.6],
        zoom: 5,
        attributionControl: false,
        canvasContextAttributes: { preserveDrawingBuffer: false, antialias: false },
        fadeDuration: 0,
      });
    this.maps = { left: make(left), right: make(right) };
    this.maps.left.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.maps.right.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.maps.left.addControl(this.landMasses, 'top-left');
    this.loaded = Promise.all(
      (['left', 'right'] as const).map(
        (side) =>
          new Promise<void>((resolve) =>
            this.maps[side].once('load', () => {
              const map = this.maps[side];
              map.addSource(SOURCE.communes, communeSourceSpec(NO_COMMUNE_TILES));
              map.addLayer(communesFillLayer);
              map.addLayer(communesLineLayer);
              map.addSource(PLACE_LABELS_SOURCE, placeLabelSourceSpec(NO_PLACE_LABEL_TILES));
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
   * Sets the commune tiles and names of both maps and fits the left one (the right one follows)
   * to the main land mass, the others being offered by the left map's selector.
   */
  async setData(
    communes: CommuneTiles,
    placeLabels: PlaceLabelTiles,
    landMasses: readonly LandMass[],
  ): Promise<void> {
    await this.loaded;
    for (const side of ['left', 'right'] as const) {
      const map = this.maps[side];
      map.removeFeatureState({ source: SOURCE.communes, sourceLayer: COMMUNE_SOURCE_LAYER });
      this.colours[side].clear();
      (map.getSource(SOURCE.communes) as VectorTileSource).setTiles([communeTileUrl(communes)]);
      (map.getSource(PLACE_LABELS_SOURCE) as VectorTileSource).setTiles([
        placeLabelTileUrl(placeLabels),
      ]);
    }
    this.landMasses.setLandMasses(landMasses);
    if (landMasses[0]) this.landMasses.show(landMasses[0].id);
  }

  /** Colours the communes of one side (null: no-data colour), only those whose colour changed. */
  setColours(side: Side, colourByCode: ReadonlyMap<string, string | null>): void {
    const map = this.maps[side];
    const drawn = this.colours[side];
    for (const [code, colour] of colourByCode) {
      if (drawn.has(code) && drawn.get(code) === colour) continue;
      drawn.set(code, colour);
      map.setFeatureState(
        { source: SOURCE.communes, sourceLayer: COMMUNE_SOURCE_LAYER, id: code },
        { colour },
      );
    }
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
