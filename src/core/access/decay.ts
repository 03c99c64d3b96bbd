/**
 * Stepwise distance decay of the E2SFCA (Luo & Qi 2009) as used by the DREES APL (DOMAIN.md
 * section 4.4): a weight per band of travel time, 0 beyond the last band.
 */
import type { DecayStep } from './types';

/**
 * DREES-like default (APL since 2015): full weight below 10 minutes, then 2/3 up to 15 minutes,
 * 1/3 up to 20 minutes, 0 beyond. STATUS: THE BREAKPOINTS AND WEIGHTS ARE AN ASSUMPTION.
 *
 * What the public documentation says (checked): the DREES page « L'indicateur d'accessibilité
 * potentielle localisée (APL) » (drees.solidarites-sante.gouv.fr, 20/08/2020) states that the
 * method was recast in 2015 for the zoning of professionals, its parameters agreed with the CNAM,
 * the ARS and the professions, and that the distance thresholds are « estimés à partir des taux de
 * fréquentation des médecins généralistes observés dans les bases de l'assurance-maladie »; the
 * Observatoire des territoires sheet of the APL (sources SNIIR-AM, EGB, distancier METRIC of the
 * INSEE) says « un recours dégressif avec la distance entre 0 et 20 minutes ». Neither page, in what
 * we could read, gives the breakpoints nor the weights of the 2015+ steps, so the three equal steps
 * above are ours (Vergier & Chaput 2017, Les Dossiers de la DREES n° 17, uses this APL with the
 * 2.5 consultations threshold). They are shown as an assumption in the UI and are editable.
 */
export const DREES_DECAY: readonly DecayStep[] = [
  { upToMinutes: 10, weight: 1 },
  { upToMinutes: 15, weight: 2 / 3 },
  { upToMinutes: 20, weight: 1 / 3 },
];

/**
 * The 2012 APL variant: 1 below 5 minutes, 0.3 for 5–10, 0.1 for 10–15, 0 beyond. STATUS: checked
 * against secondary public sources quoting the method (accessibility « diminue de soixante-dix pour
 * cent » at 5–10 min, « de quatre-vingt-dix pour cent » at 10–15 min, « nulle au-delà de 15
 * minutes »). Source: Barlet, Coldefy, Collin & Lucas-Gabrielli 2012, « L'accessibilité
 * potentielle localisée (APL) : une nouvelle mesure de l'accessibilité aux médecins généralistes
 * libéraux », DREES, Études et Résultats n° 795 (March 2012), and the Document de travail DREES
 * série Études et Recherche n° 124 / IRDES DT n° 51 (December 2012).
 */
export const DREES_2012_DECAY: readonly DecayStep[] = [
  { upToMinutes: 5, weight: 1 },
  { upToMinutes: 10, weight: 0.3 },
  { upToMinutes: 15, weight: 0.1 },
];

/** Named presets offered to the user. */
export const DECAY_PRESETS = {
  drees: { label: 'Type DREES 2015+ (0–20 min ; paliers supposés 1 / ⅔ / ⅓)', steps: DREES_DECAY },
  drees2012: { label: 'DREES 2012 (1 / 0,3 / 0,1 ; 0 au-delà de 15 min)', steps: DREES_2012_DECAY },
} as const;

/** Name of a decay preset. */
export type DecayPreset = keyof typeof DECAY_PRESETS;

/**
 * Weight of a travel time: the weight of the first step whose bound exceeds `minutes`, else 0.
 *
 * @param minutes - Travel time in minutes (≥ 0).
 * @param steps - Steps sorted by increasing `upToMinutes` (see {@link checkDecay}).
 * @example
 * decayWeight(12, DREES_2012_DECAY); // 0.1
 * decayWeight(15, DREES_2012_DECAY); // 0
 */
export function decayWeight(minutes: number, steps: readonly DecayStep[]): number {
  for (const step of steps) if (minutes < step.upToMinutes) return step.weight;
  return 0;
}

/**
 * Cut-off of a decay: the largest bound whose weight is positive (times at or beyond it weigh 0).
 *
 * @example cutoffMinutes(DREES_DECAY); // 20
 */
export function cutoffMinutes(steps: readonly DecayStep[]): number {
  let cutoff = 0;
  for (const step of steps) if (step.weight > 0) cutoff = Math.max(cutoff, step.upToMinutes);
  return cutoff;
}

/**
 * Stretches the steps so that the cut-off becomes `maxMinutes` (every bound multiplied by the
 * same factor; weights unchanged). Used by `--max-minutes` and the « temps maximal » field.
 *
 * @example scaleDecay(DREES_DECAY, 30).map((s) => s.upToMinutes); // [15, 22.5, 30]
 */
export function scaleDecay(steps: readonly DecayStep[], maxMinutes: number): DecayStep[] {
  const cutoff = cutoffMinutes(steps);
  if (cutoff <= 0 || !(maxMinutes > 0)) return steps.map((s) => ({ ...s }));
  const k = maxMinutes / cutoff;
  return steps.map((s) => ({ upToMinutes: s.upToMinutes * k, weight: s.weight }));
}

/**
 * French messages for steps the analysis cannot use (empty, unsorted, weight outside 0–1,
 * non-increasing weights are allowed but reported); an empty list means the steps are valid.
 *
 * @example checkDecay([{ upToMinutes: 10, weight: 2 }]); // ['Palier 1 : poids 2 hors de 0–1.']
 */
export function checkDecay(steps: readonly DecayStep[]): string[] {
  const problems: string[] = [];
  if (steps.length === 0) problems.push('Aucun palier de distance : ajoutez au moins un palier.');
  steps.forEach((s, i) => {
    if (!(s.upToMinutes > 0) || !Number.isFinite(s.upToMinutes))
      problems.push(`Palier ${i + 1} : borne ${s.upToMinutes} min invalide (nombre > 0 attendu).`);
    if (!(s.weight >= 0 && s.weight <= 1))
      problems.push(`Palier ${i + 1} : poids ${s.weight} hors de 0–1.`);
    const prev = steps[i - 1];
    if (prev && !(s.upToMinutes > prev.upToMinutes))
      problems.push(
        `Palier ${i + 1} : borne ${s.upToMinutes} min non croissante (précédente ${prev.upToMinutes} min).`,
      );
  });
  return problems;
}
