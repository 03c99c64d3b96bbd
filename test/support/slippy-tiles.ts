/** Tile addressing for the vector tile tests. */

/**
 * Slippy-map tile `[x, y]` holding a point at zoom `z` (OpenStreetMap wiki, « Slippy map
 * tilenames »).
 *
 * @example tileOf(2.35, 48.85, 5); // => [16, 11]
 */
export function tileOf(lon: number, lat: number, z: number): [number, number] {
  const n = 2 ** z;
  const rad = (lat * Math.PI) / 180;
  return [
    Math.floor(((lon + 180) / 360) * n),
    Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n),
  ];
}
