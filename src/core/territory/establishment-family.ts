/** Families of FINESS categories used to colour and count establishments. */
export type EstablishmentFamily =
  'hopital' | 'clinique' | 'premier_recours' | 'medico_social' | 'autre';

export const ESTABLISHMENT_FAMILY_LABELS: Record<EstablishmentFamily, string> = {
  hopital: 'Hôpital',
  clinique: 'Clinique, soins pluridisciplinaires',
  premier_recours: 'MSP, centre de santé',
  medico_social: 'EHPAD, SSIAD',
  autre: 'Autre',
};

// FINESS `categetab` codes (nomenclature FINESS, DREES); labels of the user's file are shown as is.
const FAMILY_BY_CATEGORY: Record<string, EstablishmentFamily> = {
  '101': 'hopital', // CHR / CHU
  '106': 'hopital', // ex-hôpital local
  '114': 'hopital', // hôpital des armées
  '292': 'hopital', // CH spécialisé lutte maladies mentales
  '355': 'hopital', // centre hospitalier
  '122': 'clinique',
  '128': 'clinique', // établissement de soins chirurgicaux
  '129': 'clinique', // établissement de soins médicaux
  '365': 'clinique', // établissement de soins pluridisciplinaire
  '124': 'premier_recours', // centre de santé
  '603': 'premier_recours', // maison de santé pluriprofessionnelle
  '500': 'medico_social', // EHPAD
  '354': 'medico_social', // SSIAD
};

/**
 * Family of an establishment from its FINESS category code (`categetab`).
 *
 * @example establishmentFamily('355') // 'hopital'
 */
export function establishmentFamily(categoryCode: string): EstablishmentFamily {
  return FAMILY_BY_CATEGORY[categoryCode.trim()] ?? 'autre';
}
