/**
 * Map layers of the territory workbench, on top of the commune choropleth: the territory's
 * communes (a light wash, so the classes under them stay readable), overlaps with other CPTS
 * (thin hatching on a transparent pattern drawn on a canvas and added with `map.addImage`), white
 * zones, contiguity problems (each whole commune cross-hatched and outlined in dashes, above the
 * territory outline), the dissolved perimeter, the comparison (only A / only B / both) and the
 * polygon or lasso being drawn. What is drawn is reported to the legend (`drawn-layers.ts`).
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import { reportDrawn } from './drawn-layers';
import { boundsOf } from './legend-model';
import {
  OVERLAP_HATCH,
  PROBLEM_OUTLINE_WIDTH,
  TERRITORY_COLOURS,
  TERRITORY_FILL_OPACITY,
  TERRITORY_OUTLINE_WIDTH,
  type TerritoryRole,
} from './map-symbols';
import { beneathPlaceLabels } from './place-label-layer';

export { TERRITORY_COLOURS, type TerritoryRole } from './map-symbols';

const SRC = {
  communes: 'territory-communes',
  outline: 'territory-outline',
  draft: 'territory-draft',
} as const;
export const TERRITORY_LAYERS = {
  fill: 'territory-fill',
  hatch: 'territory-hatch',
  problemsFill: 'territory-problems-fill',
  outline: 'territory-outline-line',
  problems: 'territory-problems',
  draft: 'territory-draft-line',
} as const;
const HATCH_IMAGE = 'territory-hatch';
const CROSS_IMAGE = 'territory-cross-hatch';
const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * Diagonal hatch pattern as RGBA pixels (drawn on a 2D canvas): strokes of `colour` on a
 * transparent background, in one direction or both (`cross`).
 */
function hatchImage(colour: string, size: number, stroke: number, cross: boolean): ImageData {
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
  ctx.strokeStyle = colour;
  ctx.lineWidth = stroke;
  ctx.beginPath();
  for (const offset of [-size, 0, size]) {
    ctx.moveTo(offset, size);
    ctx.lineTo(offset + size, 0);
    if (cross) {
      ctx.moveTo(offset, 0);
      ctx.lineTo(offset + size, size);
    }
  }
  ctx.stroke();
  return ctx.getImageData(0, 0, size, size);
}

/** Adds the sources and layers once (idempotent). */
export function addTerritoryLayers(map: MapLibreMap): void {
  if (map.getSource(SRC.communes)) return;
  const { spacingPx, strokePx } = OVERLAP_HATCH;
  if (!map.hasImage(HATCH_IMAGE))
    map.addImage(HATCH_IMAGE, hatchImage(TERRITORY_COLOURS.overlap, spacingPx, strokePx, false));
  if (!map.hasImage(CROSS_IMAGE))
    map.addImage(CROSS_IMAGE, hatchImage(TERRITORY_COLOURS.offending, 8, 1.5, true));
  map.addSource(SRC.communes, { type: 'geojson', data: EMPTY });
  map.addSource(SRC.outline, { type: 'geojson', data: EMPTY });
  map.addSource(SRC.draft, { type: 'geojson', data: EMPTY });
  // Overlapping communes belong to the territory: same wash, the hatching says the rest.
  const colour = [
    'match',
    ['get', 'role'],
    ...Object.entries({ ...TERRITORY_COLOURS, overlap: TERRITORY_COLOURS.in }).flat(),
    '#888',
  ] as unknown as string;
  const opacity = [
    'match',
    ['get', 'role'],
    ...Object.entries(TERRITORY_FILL_OPACITY).flat(),
    0.3,
  ] as unknown as number;
  map.addLayer(
    {
      id: TERRITORY_LAYERS.fill,
      type: 'fill',
      source: SRC.communes,
      filter: ['!=', ['get', 'role'], 'offending'],
      paint: {
        'fill-color': colour,
        'fill-opacity': opacity,
      },
    },
    beneathPlaceLabels(map),
  );
  map.addLayer(
    {
      id: TERRITORY_LAYERS.hatch,
      type: 'fill',
      source: SRC.communes,
      filter: ['==', ['get', 'role'], 'overlap'],
      paint: { 'fill-pattern': HATCH_IMAGE },
    },
    beneathPlaceLabels(map),
  );
  map.addLayer(
    {
      id: TERRITORY_LAYERS.problemsFill,
      type: 'fill',
      source: SRC.communes,
      filter: ['==', ['get', 'role'], 'offending'],
      paint: { 'fill-pattern': CROSS_IMAGE },
    },
    beneathPlaceLabels(map),
  );
  map.addLayer(
    {
      id: TERRITORY_LAYERS.outline,
      type: 'line',
      source: SRC.outline,
      paint: { 'line-color': TERRITORY_COLOURS.outline, 'line-width': TERRITORY_OUTLINE_WIDTH },
    },
    beneathPlaceLabels(map),
  );
  // Above the territory outline, so each problem commune's whole boundary shows.
  map.addLayer(
    {
      id: TERRITORY_LAYERS.problems,
      type: 'line',
      source: SRC.communes,
      filter: ['==', ['get', 'role'], 'offending'],
      paint: {
        'line-color': TERRITORY_COLOURS.offending,
        'line-width': PROBLEM_OUTLINE_WIDTH,
        'line-dasharray': [2, 1],
      },
    },
    beneathPlaceLabels(map),
  );
  map.addLayer(
    {
      id: TERRITORY_LAYERS.draft,
      type: 'line',
      source: SRC.draft,
      paint: { 'line-color': '#CC0000', 'line-width': 2, 'line-dasharray': [1, 1] },
    },
    beneathPlaceLabels(map),
  );
}

/** Removes the layers, sources and image (when the workbench closes). */
export function removeTerritoryLayers(map: MapLibreMap): void {
  for (const id of Object.values(TERRITORY_LAYERS)) if (map.getLayer(id)) map.removeLayer(id);
  for (const id of Object.values(SRC)) if (map.getSource(id)) map.removeSource(id);
  for (const image of [HATCH_IMAGE, CROSS_IMAGE]) if (map.hasImage(image)) map.removeImage(image);
  reportDrawn(map, { territory: null });
}

/**
 * Pushes the communes with their role and the dissolved outline (and tells the legend, with the
 * names of the two territories when `communes` is a comparison).
 */
export function setTerritoryData(
  map: MapLibreMap,
  communes: Feature<Polygon | MultiPolygon, { code: string; role: TerritoryRole }>[],
  outline: Feature<MultiPolygon> | null,
  compared?: { a: string; b: string },
): void {
  (map.getSource(SRC.communes) as GeoJSONSource | undefined)?.setData({
    type: 'FeatureCollection',
    features: communes,
  });
  (map.getSource(SRC.outline) as GeoJSONSource | undefined)?.setData({
    type: 'FeatureCollection',
    features: outline ? [outline] : [],
  });
  const roles: Partial<Record<TerritoryRole, number>> = {};
  for (const f of communes) roles[f.properties.role] = (roles[f.properties.role] ?? 0) + 1;
  const bounds = boundsOf(communes.map((f) => f.geometry.coordinates));
  reportDrawn(map, {
    territory:
      communes.length || outline
        ? {
            roles,
            outline: outline !== null,
            ...(bounds ? { bounds } : {}),
            ...(compared ? { compared } : {}),
          }
        : null,
  });
}

/** Pushes the shape being drawn (polygon vertices or lasso path), closed from 3 points on. */
export function setTerritoryDraft(map: MapLibreMap, draft: [number, number][]): void {
  const line: Feature<LineString> = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'LineString', coordinates: draft.length > 2 ? [...draft, draft[0]!] : draft },
  };
  (map.getSource(SRC.draft) as GeoJSONSource | undefined)?.setData({
    type: 'FeatureCollection',
    features: draft.length > 1 ? [line] : [],
  });
}
