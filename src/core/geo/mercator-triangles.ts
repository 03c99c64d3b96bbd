/**
 * Triangles of a polygon in Web Mercator units, the vertex data a WebGL layer draws directly (the
 * mark of a commune just clicked, drawn in the next frame without a tile reload).
 */
import { feature, tesselate } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';

/**
 * Triangulates a polygon (holes kept) and projects the vertices to Web Mercator units: x and y in
 * [0, 1] from the top-left corner of the world (the coordinates MapLibre custom layers draw).
 * Triangulation: Turf `tesselate`, ear clipping by earcut (Agafonkin, mapbox/earcut, after
 * Eberly 2002, "Triangulation by Ear Clipping"); projection: spherical Web Mercator (EPSG:3857,
 * latitude clamped to ±85.0511°).
 *
 * @param geometry - GeoJSON Polygon or MultiPolygon, lon/lat in degrees (RFC 7946).
 * @returns x, y of each vertex, three vertices per triangle (dimensionless Mercator units).
 * @example
 * toMercatorTriangles({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] }).length;
 * // => 6 (one triangle)
 */
export function toMercatorTriangles(geometry: Polygon | MultiPolygon): Float32Array {
  const triangles = tesselate(feature(geometry)).features;
  const out = new Float32Array(triangles.length * 6);
  let k = 0;
  for (const triangle of triangles)
    for (const [lon = NaN, lat = NaN] of triangle.geometry.coordinates[0]?.slice(0, 3) ?? []) {
      out[k++] = mercatorX(lon);
      out[k++] = mercatorY(lat);
    }
  return out;
}

/** Web Mercator x in [0, 1] of a longitude (degrees). */
export function mercatorX(lon: number): number {
  return (180 + lon) / 360;
}

/** Web Mercator y in [0, 1] (0 at the north edge) of a latitude (degrees). */
export function mercatorY(lat: number): number {
  const clamped = Math.max(-85.051129, Math.min(85.051129, lat));
  const radians = (clamped * Math.PI) / 180;
  return (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + radians / 2))) / 360;
}
