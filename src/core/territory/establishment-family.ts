/** Families of FINESS categories used to colour and count establishments. */
export type EstablishmentFamily =
  'hopital' | 'clinique' | 'premier_recours' | 'medico_social' | 'autre';

export const ESTABLISHMENT_FAMILY_LABELS: Record<EstablishmentFamily, string> = {
  hopital: 'Hôpital',
  clinique: 'Clinique, soins pluridisciplinaires',
  premier_recours: 'MSP, centre de santé',
  medico_social: 'EHPAD, USLD, SSIAD',
  autre: 'Autre',
};

// FINESS `categetab` codes; labels from the ANS nomenclature TRE_R66 « CatégorieEtablissement »
// (the FINESS category list). Labels of the user's file are shown as is.
const FAMILY_BY_CATEGORY: Record<string, EstablishmentFamily> = {
  '101': 'hopital', // Centre hospitalier régional (CHR / CHU)
  '106': 'hopital', // Centre hospitalier, ex Hôpital local
  '114': 'hopital', // Hôpital des armées
  '115': 'hopital', // Etablissement de soins du service de santé des armées
  '131': 'hopital', // Centre de lutte contre le cancer (CLCC)
  '292': 'hopital', // Centre hospitalier spécialisé lutte maladies mentales
  '355': 'hopital', // Centre hospitalier (CH)
  '109': 'clinique', // Etablissement de santé privé autorisé en SSR
  '122': 'clinique', // Etablissement de soins obstétriques et chirurgico-gynécologiques
  '128': 'clinique', // Etablissement de soins chirurgicaux
  '129': 'clinique', // Etablissement de soins médicaux
  '161': 'clinique', // Maison de santé pour maladies mentales
  '365': 'clinique', // Etablissement de soins pluridisciplinaire
  '124': 'premier_recours', // Centre de santé
  '439': 'premier_recours', // Centre de santé polyvalent
  '603': 'premier_recours', // Maison de santé (L.6223-3), MSP
  '500': 'medico_social', // EHPAD
  '362': 'medico_social', // Etablissement de soins longue durée (USLD)
  '354': 'medico_social', // SSIAD
  '209': 'medico_social', // Service autonomie aide et soins (SAAS, ex-SPASAD)
};

/**
 * Label patterns, tried in order on the normalised label (no accents, lower case, single
 * spaces) when the code is empty or unknown. Order matters: « soins longue durée » before the
 * generic « établissement de soins », « maison de santé pour maladies mentales » before
 * « maison de santé ».
 */
const FAMILY_BY_LABEL: [RegExp, EstablishmentFamily][] = [
  [/\blongue duree\b|\busld\b/, 'medico_social'],
  [
    /\bcentre hospitalier\b|\bhopital\b|^c\.?h\.?[ru]?\.?$|\blutte contre (le )?cancer\b/,
    'hopital',
  ],
  [/\bservice de sante des armees\b/, 'hopital'],
  [/maison de sante pour maladies mentales/, 'clinique'],
  [/\bclinique\b|\bpolyclinique\b/, 'clinique'],
  [/etablissement (de )?soins (pluridisciplinaire|chirurgic|medicaux|obstetri)/, 'clinique'],
  [/soins de suite|soins medicaux et de readaptation|\bssr\b|\bsmr\b/, 'clinique'],
  [/\bmaison de sante\b|\bmsp\b|^centre de sante\b(?!.*(sexuel|mediation))/, 'premier_recours'],
  [/\behpad\b|hebergement pour personnes agees dependantes/, 'medico_social'],
  [/soins infirmiers a domicile|\bssiad\b|autonomie aide et soins|\bspasad\b/, 'medico_social'],
];

/**
 * Family of an establishment from its FINESS category code (`categetab`), or, when the code is
 * empty or not in the table, from its category label (accent-, case- and punctuation-insensitive;
 * files such as the Eurostat GISCO hospital extract carry only the label, e.g. « Centre
 * Hospitalier (C.H.) »). A known code wins over the label.
 * Source: FINESS category nomenclature (ANS, TRE_R66 CatégorieEtablissement); USLD are grouped
 * with EHPAD as in the DREES « enquête EHPA » (établissements d'hébergement pour personnes âgées).
 *
 * @example
 * establishmentFamily('355'); // 'hopital'
 * establishmentFamily('', 'Centre Hospitalier (C.H.)'); // 'hopital'
 * establishmentFamily('', 'Etablissement de santé privé autorisé en SSR'); // 'clinique'
 */
export function establishmentFamily(
  categoryCode: string,
  categoryLabel?: string,
): EstablishmentFamily {
  const byCode = FAMILY_BY_CATEGORY[categoryCode.trim()];
  if (byCode) return byCode;
  const label = normaliseLabel(categoryLabel ?? '');
  if (label === '') return 'autre';
  for (const [pattern, family] of FAMILY_BY_LABEL) if (pattern.test(label)) return family;
  return 'autre';
}

/** « Centre Hospitalier Spécialisé  » -> « centre hospitalier specialise ». */
function normaliseLabel(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
