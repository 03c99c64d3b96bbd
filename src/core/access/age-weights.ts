/**
 * Standardisation of demand by age-specific consumption (DOMAIN.md section 4.4: « P_k = population
 * standardised by age-specific consumption »), as the DREES APL does with the consumption of GP
 * care by age group.
 */
import { AGE_BANDS, type AgeBand } from '../types';
import type { AccessCommune } from './types';

/**
 * Relative consumption of GP consultations per inhabitant by INSEE age band (mean over all ages ≈ 1).
 * STATUS: ASSUMPTION (orders of magnitude), not the DREES coefficients.
 *
 * What the public documentation says (checked): the APL « tient compte du taux de recours
 * différencié par âge des habitants pour mesurer la demande » (Barlet et al. 2012, DREES Études et
 * Résultats n° 795); the DREES APL page (20/08/2020) says the demand is standardised by the age
 * structure of each commune, from Assurance maladie data (SNIIR-AM, EGB) and INSEE populations by
 * sex and age. The coefficients themselves are not in the pages we could read. The values below are
 * rough relative GP consultation rates (≈ 3.5 for children, ≈ 2.5–3 for young adults, ≈ 4 for
 * 45–59, ≈ 5 for 60–74, ≈ 7–8 for 75+ per year), rescaled so that a French age structure gives a
 * mean weight near 1. The app shows them as an assumption and lets the user replace them.
 */
export const GP_CONSUMPTION_WEIGHTS: Readonly<Record<AgeBand, number>> = {
  '0014': 0.85,
  '1529': 0.65,
  '3044': 0.75,
  '4559': 0.95,
  '6074': 1.25,
  '75P': 1.85,
};

/** Uniform weights: standardised population = population. */
export const UNIFORM_WEIGHTS: Readonly<Record<AgeBand, number>> = {
  '0014': 1,
  '1529': 1,
  '3044': 1,
  '4559': 1,
  '6074': 1,
  '75P': 1,
};

/** Result of {@link standardisePopulation}. */
export interface StandardisedPopulation {
  /** Standardised population of each commune, in the order of the input. */
  values: Float64Array;
  /** Whether age bands were used (false: plain population, the UI says so). */
  ageStandardised: boolean;
  /** Communes whose population had no age structure and were counted with a weight of 1. */
  withoutAges: number;
}

/**
 * Standardised population of each commune: Σ_bands population_band × weight_band, rescaled so that
 * the total standardised population equals the total population of the communes that have ages
 * (DREES convention: a standardised inhabitant is an inhabitant of average consumption). A commune
 * without age bands keeps its plain population. Without any age band, the plain population is
 * returned and `ageStandardised` is false.
 *
 * @param communes - Communes with population and optional age bands.
 * @param weights - Relative consumption per age band (e.g. {@link GP_CONSUMPTION_WEIGHTS}).
 * @example
 * standardisePopulation([{ code: '96001', lon: 0, lat: 0, population: 100, ages: null }], GP_CONSUMPTION_WEIGHTS).values[0]; // 100
 */
export function standardisePopulation(
  communes: readonly AccessCommune[],
  weights: Readonly<Record<AgeBand, number>>,
): StandardisedPopulation {
  const values = new Float64Array(communes.length);
  let weighted = 0;
  let plain = 0;
  let withoutAges = 0;
  communes.forEach((c, i) => {
    if (!c.ages) {
      values[i] = c.population;
      withoutAges += 1;
      return;
    }
    let sum = 0;
    let total = 0;
    for (const band of AGE_BANDS) {
      sum += c.ages[band] * weights[band];
      total += c.ages[band];
    }
    // Age bands may come from another vintage than the population: apply their structure.
    values[i] = total > 0 ? (sum / total) * c.population : c.population;
    weighted += values[i] as number;
    plain += c.population;
  });
  const ageStandardised = withoutAges < communes.length;
  if (ageStandardised && weighted > 0) {
    const k = plain / weighted;
    communes.forEach((c, i) => {
      if (c.ages) values[i] = (values[i] as number) * k;
    });
  }
  return { values, ageStandardised, withoutAges };
}
