/**
 * Default parameters of the access analysis, gathered in one place so the app, the CLI and the
 * tests start from the same values (all editable).
 */
import { GP_CONSUMPTION_WEIGHTS } from './age-weights';
import type { AccessParameters } from './analyse-access';
import { DREES_DECAY } from './decay';
import { DEFAULT_TRAVEL_ESTIMATE } from './travel-time';

/**
 * Consultations per year of one FTE GP: ≈ 5,400 (DOMAIN.md section 4.4). Checked: ARS
 * Bourgogne-Franche-Comté's APL map note (2018) « on considère que la production moyenne d'un
 * équivalent temps plein de médecin généraliste est de 5400 consultations » (56 FTE per 100,000 ≈
 * 3 consultations per inhabitant). The DREES converts each GP's acts to FTE with its own rules
 * (« suivant certaines hypothèses », DREES APL page), which are not reproduced here. Applied to an
 * FTE, or to a professional counted as a person when no FTE is known.
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
