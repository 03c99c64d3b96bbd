/** The commune name points of the loaded data, built once per dataset for every map of the app. */
import type { FeatureCollection, Point } from 'geojson';
import { buildPlaceLabels, type PlaceLabelProperties } from '../core/geo/place-labels';
import type { LoadedData } from './load-data';

const cache = new WeakMap<LoadedData, FeatureCollection<Point, PlaceLabelProperties>>();

/** Label points of `data` (`buildPlaceLabels` over its communes and points inside). */
export function placeLabelsOf(data: LoadedData): FeatureCollection<Point, PlaceLabelProperties> {
  let labels = cache.get(data);
  if (!labels) {
    labels = buildPlaceLabels(
      data.communes.codes.map((code, i) => ({
        code,
        name: data.communes.name(i),
        population: numberOrNull(data.communes.value('population', i)),
        areaKm2: numberOrNull(data.communes.value('area_km2', i)),
      })),
      data.centroidByCode,
    );
    cache.set(data, labels);
  }
  return labels;
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
