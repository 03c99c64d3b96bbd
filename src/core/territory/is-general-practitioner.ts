import type { ProfessionalActivity } from '../types';

/** `Code profession` of médecins in the Annuaire Santé (RPPS). */
export const DOCTOR_PROFESSION_CODE = '10';

/** `Code savoir-faire` of general practice (qualified specialist / DES of médecine générale). */
export const GENERAL_PRACTICE_SPECIALTY_CODES: readonly string[] = ['SM53', 'SM54'];

/**
 * Tells whether an Annuaire Santé activity is that of a general practitioner (médecin généraliste).
 *
 * A GP is a médecin (profession code `10`) whose savoir-faire is general practice: code `SM53` or
 * `SM54`, or a label containing « médecine générale » (compared without accents, case, hyphens or
 * extra spaces), since codes and labels evolve between extractions (DOMAIN.md section 3.3).
 * Source of the codes: Annuaire Santé, nomenclature of savoir-faire (TRE_R38), ANS.
 *
 * @param activity - The profession and savoir-faire fields of one RPPS activity row.
 * @returns `true` for a GP activity.
 * @example
 * isGeneralPractitioner({ professionCode: '10', specialtyCode: '', specialtyLabel: 'Qualifié en Médecine Générale' }); // => true
 * isGeneralPractitioner({ professionCode: '10', specialtyCode: 'SM26', specialtyLabel: 'Psychiatrie' }); // => false
 */
export function isGeneralPractitioner(
  activity: Pick<ProfessionalActivity, 'professionCode' | 'specialtyCode' | 'specialtyLabel'>,
): boolean {
  if (activity.professionCode.trim() !== DOCTOR_PROFESSION_CODE) return false;
  if (GENERAL_PRACTICE_SPECIALTY_CODES.includes(activity.specialtyCode.trim().toUpperCase())) {
    return true;
  }
  return normalizeLabel(activity.specialtyLabel).includes('medecine generale');
}

/** Lower case, no diacritics, hyphens/apostrophes/underscores and runs of spaces as one space. */
function normalizeLabel(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[-_'’\s]+/g, ' ')
    .trim();
}
