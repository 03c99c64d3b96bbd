/**
 * Map layers of the territory workbench, on top of the commune choropleth: the territory's
 * communes, overlaps with other CPTS (hatched with a pattern drawn on a canvas and added with
 * `map.addImage`), white zones, contiguity problems, the dissolved perimeter, the comparison
 * (only A / only B / both) and the polygon or lasso being drawn.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import { beneathPlaceLabels } from './place-label-layer';

/** Role of a commune on the territory map. */
export type TerritoryRole =
  'in' | 'overlap' | 'white-in' | 'white-around' | 'offending' | 'only-a' | 'only-b' | 'both';

/** Colours of the roles (Okabe & Ito palette, colour-blind safe), also used by the legends. */
export const TERRITORY_COLOURS: Record<TerritoryRole | 'outline', string> = {
  in: '#0072B2',
  overlap: '#D55E00',
  'white-in': '#F0E442',
  'white-around': '#F0E442',
  offending: '#CC0000',
  'only-a': '#0072B2',
  'only-b': '#E69F00',
  both: '#009E73',
  outline: '#1a1a1a',
};

const SRC = {
  communes: 'territory-communes',
  outline: 'territory-outline',
  draft: 'territory-draft',
} as const;
export const TERRITORY_LAYERS = {
  fill: 'territory-fill',
  hatch: 'territory-hatch',
  problems: 'territory-problems',
  outline: 'territory-outline-line',
  draft: 'territory-draft-line',
} as const;
const HATCH_IMAGE = 'territory-hatch';
const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Diagonal hatch pattern as RGBA pixels (drawn on a 2D canvas). */
function hatchImage(size = 12): ImageData {
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
  ctx.strokeStyle = TERRITORY_COLOURS.overlap;
  ctx.lineWidth = 2.5;
  ctx.beginPath();
  for (const offset of [-size, 0, size]) {
    ctx.moveTo(offset, size);
    ctx.lineTo(offset + size, 0);
  }
  ctx.stroke();
  return ctx.getImageData(0, 0, size, size);
}

/** Adds the sources and layers once (idempotent). */
export function addTerritoryLayers(map: MapLibreMap): void {
  if (map.getSource(SRC.communes)) return;
  if (!map.hasImage(HATCH_IMAGE)) map.addImage(HATCH_IMAGE, hatchImage(), { pixelRatio: 1 });
  map.addSource(SRC.communes, { type: 'geojson', data: EMPTY });
  map.addSource(SRC.outline, { type: 'geojson', data: EMPTY });
  map.addSource(SRC.draft, { type: 'geojson', data: EMPTY });
  const colour = [
    'match',
    ['get', 'role'],
    ...Object.entries(TERRITORY_COLOURS).flat(),
    '#888',
  ] as unknown as string;
  map.addLayer(
    {
      id: TERRITORY_LAYERS.fill,
      type: 'fill',
      source: SRC.communes,
      filter: ['!=', ['get', 'role'], 'offending'],
      paint: {
        'fill-color': colour,
        'fill-opacity': ['match', ['get', 'role'], 'white-around', 0.35, 'overlap', 0.25, 0.45],
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
      id: TERRITORY_LAYERS.problems,
      type: 'line',
      source: SRC.communes,
      filter: ['==', ['get', 'role'], 'offending'],
      paint: {
        'line-color': TERRITORY_COLOURS.offending,
        'line-width': 3,
        'line-dasharray': [2, 1],
      },
    },
    beneathPlaceLabels(map),
  );
  map.addLayer(
    {
      id: TERRITORY_LAYERS.outline,
      type: 'line',
      source: SRC.outline,
      paint: { 'line-color': TERRITORY_COLOURS.outline, 'line-width': 3 },
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
  if (map.hasImage(HATCH_IMAGE)) map.removeImage(HATCH_IMAGE);
}

/** Pushes the communes with their role and the dissolved outline. */
export function setTerritoryData(
  map: MapLibreMap,
  communes: Feature<Polygon | MultiPolygon, { code: string; role: TerritoryRole }>[],
  outline: Feature<MultiPolygon> | null,
): void {
  (map.getSource(SRC.communes) as GeoJSONSource | undefined)?.setData({
    type: 'FeatureCollection',
    features: communes,
  });
  (map.getSource(SRC.outline) as GeoJSONSource | undefined)?.setData({
    type: 'FeatureCollection',
    features: outline ? [outline] : [],
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
