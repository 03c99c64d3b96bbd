/**
 * The « Zone affichée » selector of the map: when the loaded communes lie on several land masses
 * (metropolitan France and overseas départements), it fits the view to the one chosen. Hidden when
 * there is only one. The view it fitted follows the map's size (the side panel widened for the
 * « Vue ARS » or dragged, the window resized) until the view is moved: MapLibre keeps the centre
 * on a resize, which let both ends of the territory leave a narrower map.
 */
import {
  LngLat,
  LngLatBounds,
  type IControl,
  type Map as MapLibreMap,
  type PaddingOptions,
} from 'maplibre-gl';
import type { LandMass } from '../core/geo/land-masses';

/**
 * Zoom levels the view may lose to keep the right-hand column clear (half a level: the land mass
 * drawn at 71 % of the size it would have, e.g. France with Corsica out from under the legend).
 */
const MAX_ZOOM_LOSS = 0.5;

/** A MapLibre control holding a `<select>` of the land masses of the loaded data. */
export class LandMassControl implements IControl {
  private readonly container: HTMLDivElement;
  private readonly select: HTMLSelectElement;
  private masses: LandMass[] = [];
  private map: MapLibreMap | null = null;
  /** The land mass last fitted and the camera it gave, while the view has not moved since. */
  private fitted: { id: string; center: LngLat; zoom: number } | null = null;
  private readonly refit = () => {
    const map = this.map;
    const fitted = this.fitted;
    if (!map || !fitted) return;
    // MapLibre keeps centre and zoom on a resize: another camera means the view was moved.
    if (isAt(map, fitted.center, fitted.zoom)) this.show(fitted.id);
    else this.fitted = null;
  };

  /**
   * @param padding - Margin around the land mass, CSS pixels.
   * @param rightColumn - Width of the column along the right edge that something over the map
   *   may cover (the legend), kept clear when that costs at most `MAX_ZOOM_LOSS`.
   */
  constructor(
    private readonly padding: number,
    private readonly rightColumn = 0,
  ) {
    this.container = document.createElement('div');
    this.container.className = 'maplibregl-ctrl maplibregl-ctrl-group land-mass-control';
    this.container.hidden = true;
    this.container.style.padding = '2px 4px';
    const label = document.createElement('label');
    label.textContent = 'Zone affichée ';
    label.style.font = '12px sans-serif';
    this.select = document.createElement('select');
    this.select.setAttribute('aria-label', 'Zone affichée sur la carte');
    this.select.dataset.testid = 'land-mass-select';
    this.select.addEventListener('change', () => this.show(this.select.value));
    label.append(this.select);
    this.container.append(label);
  }

  onAdd(map: MapLibreMap): HTMLElement {
    this.map = map;
    map.on('resize', this.refit);
    return this.container;
  }

  onRemove(): void {
    this.map?.off('resize', this.refit);
    this.container.remove();
    this.map = null;
  }

  /** Lists the land masses (main one first, selected); shown only when there are several. */
  setLandMasses(masses: readonly LandMass[]): void {
    this.masses = [...masses];
    this.select.replaceChildren(
      ...masses.map((m) => {
        const option = document.createElement('option');
        option.value = m.id;
        option.textContent = m.label;
        return option;
      }),
    );
    this.container.hidden = masses.length < 2;
  }

  /** Fits the map to one land mass (by id) and shows it as selected. */
  show(id: string): void {
    const mass = this.masses.find((m) => m.id === id);
    if (!mass || !this.map) return;
    this.select.value = id;
    const [west, south, east, north] = mass.bounds;
    const bounds = new LngLatBounds([west, south], [east, north]);
    const padding = this.paddingFor(bounds);
    // Already there (the same data drawn again): no camera change, hence no frame of the map.
    const camera = this.map.cameraForBounds(bounds, { padding });
    const there =
      camera?.center !== undefined &&
      camera.zoom !== undefined &&
      isAt(this.map, LngLat.convert(camera.center), camera.zoom);
    if (!there) this.map.fitBounds(bounds, { padding, duration: 0 });
    this.fitted = { id, center: this.map.getCenter(), zoom: this.map.getZoom() };
  }

  /**
   * The padding that keeps the right-hand column clear when the view loses at most
   * `MAX_ZOOM_LOSS` for it (a land mass limited by the map's height loses nothing: it moves
   * left), else the same margin all round.
   */
  private paddingFor(bounds: LngLatBounds): PaddingOptions {
    const p = this.padding;
    const even = { top: p, bottom: p, left: p, right: p };
    if (!this.map || this.rightColumn <= 0) return even;
    const clear = { ...even, right: p + this.rightColumn };
    const zoom = (padding: PaddingOptions) => this.map?.cameraForBounds(bounds, { padding })?.zoom;
    const [a, b] = [zoom(even), zoom(clear)];
    return a !== undefined && b !== undefined && a - b <= MAX_ZOOM_LOSS ? clear : even;
  }
}

/** Whether the map's camera is at `center` (within a metre) and `zoom`. */
function isAt(map: MapLibreMap, center: LngLat, zoom: number): boolean {
  return Math.abs(map.getZoom() - zoom) < 1e-6 && map.getCenter().distanceTo(center) < 1;
}
