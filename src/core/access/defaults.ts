/**
 * Default parameters of the access analysis, gathered in one place so the app, the CLI and the
 * tests start from the same values (all editable).
 */
import { GP_CONSUMPTION_WEIGHTS } from './age-weights';
import type { AccessParameters } from './analyse-access';
import { DREES_DECAY } from './decay';
import { DEFAULT_TRAVEL_ESTIMATE } from './travel-time';

/**
 * Consultations per year of one FTE GP: ≈ 5,400 (DREES converts activity to FTE; DOMAIN.md
 * section 4.4). Applied to a professional counted as a person when no FTE column exists.
 */
export const CONSULTATIONS_PER_FTE = 5400;

/** DREES « sous-densité » threshold: APL below 2.5 consultations per year per inhabitant. */
export const UNDERSERVED_THRESHOLD = 2.5;

/** Defaults: DREES-like decay, estimated times, GP age weights, people, 5,400 consultations. */
export const DEFAULT_ACCESS_PARAMETERS: AccessParameters = {
  decay: DREES_DECAY.map((s) => ({ ...s })),
  travel: { ...DEFAULT_TRAVEL_ESTIMATE },
  ageWeights: { ...GP_CONSUMPTION_WEIGHTS },
  supplyMode: 'people',
  maxAge: null,
  consultationsPerUnit: CONSULTATIONS_PER_FTE,
};
