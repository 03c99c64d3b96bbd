import { rewind } from '@turf/turf';
import { geoBounds, geoConicConformal, geoDistance, type GeoProjection } from 'd3-geo';
import type { MultiPolygon, Polygon } from 'geojson';
import type { LabelBox } from './place-svg-labels';

/** Mean Earth radius (km), IUGG. */
export const EARTH_RADIUS_KM = 6371.0088;
/** Margin between the frame and its contents (px). */
export const PAD_PX = 10;
/** Height of the north arrow, which sets the height of the scale-bar block (px). */
export const FURNITURE_H_PX = 34;
/** Room left of the scale bar for the north arrow (px). */
export const ARROW_W_PX = 26;
/** Longest scale bar, as a share of the map width: the 1-2-5 value nearest to a fifth always fits. */
const MAX_BAR_SHARE = 0.32;

/** Where the map, the legend and the scale bar go inside the frame. */
export interface SvgMapLayout {
  projection: GeoProjection;
  /** The map area: the frame minus the sources strip (px). */
  mapBox: LabelBox;
  /** The legend box, or null without legend items (px). */
  legendBox: LabelBox | null;
  /** The block reserved for the north arrow and the scale bar, bottom right (px). */
  furnitureBox: LabelBox;
  /** Centre of the area the territory was fitted to (px): where the scale is measured. */
  centre: [number, number];
}

/** Sizes the layout depends on (px). */
export interface SvgLayoutInput {
  width: number;
  height: number;
  sourcesHeight: number;
  legendSize: [number, number] | null;
  fitTo: readonly (Polygon | MultiPolygon)[];
}

/**
 * Geometry rewound for d3-geo: exterior rings clockwise, holes counter-clockwise (d3's spherical
 * convention, the reverse of RFC 7946 §3.1.6), so that a small polygon is never read as the whole
 * world minus itself. Planar winding test of Turf `rewind` (lon/lat shoelace), exact for communes.
 *
 * @example toD3Winding(rfc7946Square).coordinates[0] // same ring, clockwise
 */
export function toD3Winding<G extends Polygon | MultiPolygon>(geometry: G): G {
  return rewind(geometry, { reverse: true }) as G;
}

/**
 * Fits a Lambert conformal conic projection (standard parallels 44° and 49° as Lambert-93, central
 * meridian rotated to the middle of the territory so north is up at the centre) to the territory,
 * reserving a band for the legend and the scale bar either under the map or on its right, whichever
 * leaves the territory drawn larger. The territory never lies under the legend. Everything is
 * clipped to the map area (d3 `clipExtent`).
 * Method: d3-geo `geoConicConformal` + `fitExtent` (Bostock, d3-geo 3.1); Lambert-93 parameters
 * from IGN (EPSG:2154).
 *
 * @example
 * const layout = layoutSvgMap({ width: 600, height: 500, sourcesHeight: 14, legendSize: [160, 60], fitTo });
 * layout.projection([-1.09, 49.11]); // => [x, y] in px
 */
export function layoutSvgMap(input: SvgLayoutInput): SvgMapLayout {
  const { width: W, sourcesHeight } = input;
  const mapH = input.height - sourcesHeight;
  const [lw, lh] = input.legendSize ?? [0, 0];
  const furnitureW = ARROW_W_PX + MAX_BAR_SHARE * W + 4;
  const fitObject = {
    type: 'GeometryCollection' as const,
    geometries: input.fitTo.map((g) => toD3Winding(g)),
  };
  if (fitObject.geometries.length === 0) {
    throw new Error('Carte : aucune géométrie de territoire à cadrer (fitTo vide).');
  }
  const [[west], [east]] = geoBounds(fitObject);
  const lon0 = (west + (east < west ? east + 360 : east)) / 2;
  const furnitureBox = box(W - PAD_PX - furnitureW, mapH - PAD_PX - FURNITURE_H_PX, furnitureW);
  const options: { extent: [[number, number], [number, number]]; legend: LabelBox | null }[] = [];

  // Band under the map: legend bottom left, scale bar bottom right (stacked when too narrow).
  const sideBySide = lw + furnitureW + 3 * PAD_PX <= W;
  const bandH =
    lh === 0
      ? FURNITURE_H_PX
      : sideBySide
        ? Math.max(lh, FURNITURE_H_PX)
        : lh + PAD_PX + FURNITURE_H_PX;
  const legendY = sideBySide ? mapH - PAD_PX - lh : mapH - 2 * PAD_PX - FURNITURE_H_PX - lh;
  options.push({
    extent: [
      [PAD_PX, PAD_PX],
      [W - PAD_PX, mapH - 2 * PAD_PX - bandH],
    ],
    legend: lh === 0 ? null : { x0: PAD_PX, y0: legendY, x1: PAD_PX + lw, y1: legendY + lh },
  });
  // Column on the right: legend top right, scale bar bottom right.
  const colW = Math.max(lw, furnitureW);
  if (lh + FURNITURE_H_PX + 3 * PAD_PX <= mapH) {
    options.push({
      extent: [
        [PAD_PX, PAD_PX],
        [W - 2 * PAD_PX - colW, mapH - PAD_PX],
      ],
      legend:
        lh === 0 ? null : { x0: W - PAD_PX - lw, y0: PAD_PX, x1: W - PAD_PX, y1: PAD_PX + lh },
    });
  }

  let best: { projection: GeoProjection; option: (typeof options)[number] } | null = null;
  for (const option of options) {
    const [[x0, y0], [x1, y1]] = option.extent;
    if (x1 - x0 < 10 || y1 - y0 < 10) continue;
    const projection = geoConicConformal()
      .parallels([44, 49])
      .rotate([-lon0, 0])
      .fitExtent(option.extent, fitObject);
    if (!best || projection.scale() > best.projection.scale()) best = { projection, option };
  }
  if (!best) throw new Error(`Carte : cadre trop petit (${W} × ${input.height} px).`);
  const [[x0, y0], [x1, y1]] = best.option.extent;
  best.projection.clipExtent([
    [-1, -1],
    [W + 1, mapH + 1],
  ]);
  return {
    projection: best.projection,
    mapBox: { x0: 0, y0: 0, x1: W, y1: mapH },
    legendBox: best.option.legend,
    furnitureBox,
    centre: [(x0 + x1) / 2, (y0 + y1) / 2],
  };
}

/** A round scale-bar distance and its length on the map. */
export interface ScaleBar {
  km: number;
  lengthPx: number;
  /** « 10 km », « 500 m » (French number format). */
  label: string;
}

/**
 * The scale bar: the 1-2-5 round distance closest (in ratio) to a fifth of the map width, no longer
 * than 0.32 of it (the nearest 1-2-5 value is within a factor √2.5 of the target, so it always fits). The ground length of a pixel is measured at the map centre by
 * inverse-projecting a horizontal segment and taking its great-circle length (`geoDistance` ×
 * 6,371.0088 km, IUGG mean radius).
 *
 * @param projection the fitted projection
 * @param centre where to measure (px)
 * @param widthPx map width (px)
 * @example
 * // a 600 px wide map covering about 25 km: a fifth is 5 km
 * computeScaleBar(layout.projection, layout.centre, 600); // => { km: 5, lengthPx: ≈ 120, label: '5 km' }
 */
export function computeScaleBar(
  projection: GeoProjection,
  centre: [number, number],
  widthPx: number,
): ScaleBar {
  const [cx, cy] = centre;
  const half = widthPx / 10;
  const a = projection.invert?.([cx - half, cy]);
  const b = projection.invert?.([cx + half, cy]);
  if (!a || !b) throw new Error('Carte : projection non inversible au centre.');
  const kmPerPx = (geoDistance(a, b) * EARTH_RADIUS_KM) / (2 * half);
  const targetKm = (widthPx / 5) * kmPerPx;
  let km = 0;
  for (let exp = -3; exp <= 5; exp++) {
    for (const m of [1, 2, 5]) {
      const value = m * 10 ** exp;
      if (value / kmPerPx > MAX_BAR_SHARE * widthPx) continue;
      if (km === 0 || Math.abs(Math.log(value / targetKm)) < Math.abs(Math.log(km / targetKm))) {
        km = Number(value.toPrecision(1));
      }
    }
  }
  const format = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
  const label = km < 1 ? `${format.format(km * 1000)} m` : `${format.format(km)} km`;
  return { km, lengthPx: km / kmPerPx, label };
}

function box(x0: number, y0: number, w: number): LabelBox {
  return { x0, y0, x1: x0 + w, y1: y0 + FURNITURE_H_PX };
}
