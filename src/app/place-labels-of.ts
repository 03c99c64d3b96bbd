/**
 * The commune name tiles of the loaded data, published once per dataset to the tiler
 * (`publishPlaceLabels`) for every map of the app: the main thread only gathers the columns.
 */
import type { PlaceLabelTiles } from '../core/geo/commune-tiles';
import type { PlaceLabelColumns } from '../core/geo/place-labels';
import { publishPlaceLabels } from './commune-tiles';
import type { LoadedData } from './load-data';

const cache = new WeakMap<LoadedData, PlaceLabelTiles>();

/** Label tiles of `data` (`buildPlaceLabels` in the tiler over its communes and points inside). */
export function placeLabelsOf(data: LoadedData): PlaceLabelTiles {
  let labels = cache.get(data);
  if (!labels) {
    labels = publishPlaceLabels(placeLabelColumns(data));
    cache.set(data, labels);
  }
  return labels;
}

/** Name, population, area and point inside of each commune row, NaN where unknown. */
function placeLabelColumns(data: LoadedData): PlaceLabelColumns {
  const n = data.communes.size;
  const columns: PlaceLabelColumns = {
    codes: new Array<string>(n),
    names: new Array<string>(n),
    population: new Float64Array(n),
    areaKm2: new Float64Array(n),
    lon: new Float64Array(n),
    lat: new Float64Array(n),
  };
  const { communes } = data;
  communes.codes.forEach((code, i) => {
    const point = data.centroidByCode.get(code);
    columns.codes[i] = code;
    columns.names[i] = communes.name(i);
    columns.population[i] = communes.number('population', i) ?? NaN;
    columns.areaKm2[i] = communes.number('area_km2', i) ?? NaN;
    columns.lon[i] = point?.[0] ?? NaN;
    columns.lat[i] = point?.[1] ?? NaN;
  });
  return columns;
}
