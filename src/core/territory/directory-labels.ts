/**
 * French plural labels for the raw labels of the national directories: the RPPS « Libellé
 * profession » (Annuaire Santé) and the FINESS « libcategetab » (short category label). The
 * directories publish singular, abbreviated labels (« Sage-Femme », « Etab.Soins
 * Pluridisciplinaire ») that read badly as the heading of a count; the app shows these instead.
 * Written here because no library holds these nomenclatures: the table is the directories' own.
 */

/** Keys are raw labels normalised by `normaliseLabel` (lower case, no accent, single spaces). */
const PROFESSION_PLURALS: Record<string, string> = {
  medecin: 'Médecins',
  pharmacien: 'Pharmaciens',
  'chirurgien-dentiste': 'Chirurgiens-dentistes',
  'sage-femme': 'Sages-femmes',
  infirmier: 'Infirmiers',
  'masseur-kinesitherapeute': 'Masseurs-kinésithérapeutes',
  'pedicure-podologue': 'Pédicures-podologues',
  orthophoniste: 'Orthophonistes',
  orthoptiste: 'Orthoptistes',
  audioprothesiste: 'Audioprothésistes',
  'opticien-lunetier': 'Opticiens-lunetiers',
  psychomotricien: 'Psychomotriciens',
  ergotherapeute: 'Ergothérapeutes',
  dieteticien: 'Diététiciens',
  psychologue: 'Psychologues',
  'manipulateur erm': 'Manipulateurs d’électroradiologie médicale',
  'assistant dentaire': 'Assistants dentaires',
  'technicien de laboratoire medical': 'Techniciens de laboratoire médical',
  'physicien medical': 'Physiciens médicaux',
  'preparateur en pharmacie': 'Préparateurs en pharmacie',
  'preparateur en pharmacie hospitaliere': 'Préparateurs en pharmacie hospitalière',
};

const CATEGORY_PLURALS: Record<string, string> = {
  'etab.soins pluridisciplinaire': 'Établissements de soins pluridisciplinaires',
  'etablissement de soins pluridisciplinaire': 'Établissements de soins pluridisciplinaires',
  'etab.soins chirurgicaux': 'Établissements de soins chirurgicaux',
  'etablissement de soins chirurgicaux': 'Établissements de soins chirurgicaux',
  'etab.soins medicaux': 'Établissements de soins médicaux',
  'etablissement de soins medicaux': 'Établissements de soins médicaux',
  'etab.soins obstetrique chirurgico-gynecologique':
    'Établissements de soins obstétriques chirurgico-gynécologiques',
  'centre hospitalier (c.h.)': 'Centres hospitaliers (CH)',
  'centre hospitalier regional (c.h.r.)': 'Centres hospitaliers régionaux (CHR)',
  'centre hospitalier, ex hopital local': 'Centres hospitaliers (ex-hôpitaux locaux)',
  'centre de lutte contre cancer': 'Centres de lutte contre le cancer',
  'etablissement soins obstetriques chirurgico-gynecologiques':
    'Établissements de soins obstétriques chirurgico-gynécologiques',
  'etablissement de sante prive autorise en ssr': 'Établissements de santé privés autorisés en SSR',
  'etablissement de soins longue duree': 'Établissements de soins de longue durée',
  'centre de sante': 'Centres de santé',
  'maison de sante (l.6223-3)': 'Maisons de santé (L.6223-3)',
  'e.h.p.a.d.': 'EHPAD',
  'centre hospitalier specialise lutte maladies mentales':
    'Centres hospitaliers spécialisés en santé mentale',
  "etablissement d'hebergement pour personnes agees dependantes": 'EHPAD',
  pharmacie: 'Pharmacies',
  "pharmacie d'officine": 'Pharmacies d’officine',
  'laboratoire de biologie medicale': 'Laboratoires de biologie médicale',
  'centre de dialyse': 'Centres de dialyse',
  'hospitalisation a domicile': 'Hospitalisation à domicile',
  'service de soins infirmiers a domicile': 'Services de soins infirmiers à domicile (SSIAD)',
  'centre medico-psychologique (c.m.p.)': 'Centres médico-psychologiques (CMP)',
};

/**
 * The French plural label of an RPPS profession (« Sage-Femme » → « Sages-femmes »); an
 * unknown label comes back unchanged, never guessed. Source: RPPS nomenclature TRE_G15
 * « Profession de santé » (Annuaire Santé, ANS).
 *
 * @example professionPluralLabel('Infirmier') // 'Infirmiers'
 */
export function professionPluralLabel(rawLabel: string): string {
  return PROFESSION_PLURALS[normaliseLabel(rawLabel)] ?? rawLabel;
}

/**
 * The French plural label of a FINESS establishment category (« Etab.Soins Pluridisciplinaire »
 * → « Établissements de soins pluridisciplinaires »); an unknown label comes back unchanged.
 * Source: FINESS nomenclature « Catégorie d'établissement » (libellé court), DREES.
 *
 * @example categoryPluralLabel('E.H.P.A.D.') // 'EHPAD'
 */
export function categoryPluralLabel(rawLabel: string): string {
  return CATEGORY_PLURALS[normaliseLabel(rawLabel)] ?? rawLabel;
}

/** Lower case, without accents, single spaces: the directories vary in case and accents. */
function normaliseLabel(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
