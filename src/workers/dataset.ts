import type { Dataset } from '../core/types';

/** An empty dataset (every table of the app, no record). */
export function emptyDataset(): Dataset {
  return {
    communes: [],
    population: [],
    professionals: [],
    establishments: [],
    stays: [],
    pmsiZones: [],
    perimeters: [],
  };
}

/** Dataset field of each loadable file kind (other kinds, e.g. access inputs, are reported, not loaded). */
export const DATASET_KEY_OF_KIND: Partial<Record<string, keyof Dataset>> = {
  communes: 'communes',
  population: 'population',
  professionals: 'professionals',
  'professional-skills': 'professionals',
  establishments: 'establishments',
  stays: 'stays',
  'pmsi-zones': 'pmsiZones',
  perimeters: 'perimeters',
};
