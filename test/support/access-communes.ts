/** Two-commune access fixture shared by the activity-join tests (core and worker). */
import type { AccessCommune } from '../../src/core/access/types';

/** A commune at (0°, 45°) with `population` inhabitants and no age structure. */
export const accessCommune = (code: string, population: number): AccessCommune => ({
  code,
  lon: 0,
  lat: 45,
  population,
  ages: null,
});

/**
 * Two communes 30 min apart (beyond the 20-min cut-off): each reaches only itself, so each score
 * is its local supply over its local population, A_i = S_i / P_i.
 */
export const TWO_APART = {
  communes: [accessCommune('96001', 1000), accessCommune('96002', 2000)],
  times: [{ origin: '96001', destination: '96002', minutes: 30 }],
};
