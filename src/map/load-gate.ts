/**
 * Draws the communes of a new tile set in one frame. MapLibre repaints the whole map each time a
 * tile arrives; with a software GPU (no hardware WebGL) a frame of the national layer costs 0.3–3 s,
 * so the dozen tiles of the first view arriving one after the other cost a dozen such frames, each
 * blocking the page while it is read back. Held at opacity 0 (MapLibre skips a layer whose constant
 * opacity is 0 but still loads its tiles), the layers appear at once when the map is next idle.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** A layer's opacity paint property and the value it is drawn with. */
export interface HeldOpacity {
  layer: string;
  property: 'fill-opacity' | 'line-opacity';
  value: number;
}

/**
 * Sets each layer's opacity to 0 until the map is next idle (every tile of the view loaded), then
 * back to its value; resolves once it is back. Two holds running end at the same idle.
 *
 * @example await holdUntilIdle(map, [{ layer: 'communes-fill', property: 'fill-opacity', value: 0.9 }]);
 */
export function holdUntilIdle(map: MapLibreMap, held: readonly HeldOpacity[]): Promise<void> {
  for (const h of held) map.setPaintProperty(h.layer, h.property, 0);
  return new Promise((resolve) => {
    map.once('idle', () => {
      for (const h of held) map.setPaintProperty(h.layer, h.property, h.value);
      resolve();
    });
    map.triggerRepaint();
  });
}
