/**
 * Annuaire Santé (RPPS) extraction format: `PS_LibreAcces_Personne_activite`, UTF-8, `|`-separated,
 * no quotes, header row, every line ending with `|`, one line per activity (DOMAIN.md 3.3).
 */
import type { DemoActivity, DemoProfessional } from './professionals';
import { hashString } from './rng';

/** Exact header of the 2021–2022 layout (52 columns, trailing `|`). */
export const RPPS_HEADER =
  "Type d'identifiant PP|Identifiant PP|Identification nationale PP|Code civilité d'exercice|Libellé civilité d'exercice|Code civilité|Libellé civilité|Nom d'exercice|Prénom d'exercice|Code profession|Libellé profession|Code catégorie professionnelle|Libellé catégorie professionnelle|Code type savoir-faire|Libellé type savoir-faire|Code savoir-faire|Libellé savoir-faire|Code mode exercice|Libellé mode exercice|Numéro SIRET site|Numéro SIREN site|Numéro FINESS site|Numéro FINESS établissement juridique|Identifiant technique de la structure|Raison sociale site|Enseigne commerciale site|Complément destinataire (coord. structure)|Complément point géographique (coord. structure)|Numéro Voie (coord. structure)|Indice répétition voie (coord. structure)|Code type de voie (coord. structure)|Libellé type de voie (coord. structure)|Libellé Voie (coord. structure)|Mention distribution (coord. structure)|Bureau cedex (coord. structure)|Code postal (coord. structure)|Code commune (coord. structure)|Libellé commune (coord. structure)|Code pays (coord. structure)|Libellé pays (coord. structure)|Téléphone (coord. structure)|Téléphone 2 (coord. structure)|Télécopie (coord. structure)|Adresse e-mail (coord. structure)|Code Département (structure)|Libellé Département (structure)|Ancien identifiant de la structure|Autorité d'enregistrement|Code secteur d'activité|Libellé secteur d'activité|Code section tableau pharmaciens|Libellé section tableau pharmaciens|";

const PROFESSIONS: Record<string, [string, string]> = {
  '10': ['Médecin', 'CNOM/CNOM/CNOM'],
  '21': ['Pharmacien', 'CNOP/CNOP/CNOP'],
  '40': ['Chirurgien-Dentiste', 'CNOCD/CNOCD/CNOCD'],
  '50': ['Sage-Femme', 'CNOSF/CNOSF/CNOSF'],
  '60': ['Infirmier', 'CNOI/CNOI/CNOI'],
  '70': ['Masseur-Kinésithérapeute', 'CNOMK/CNOMK/CNOMK'],
};
const SPECIALTIES: Record<string, string> = {
  SM54: 'Qualifié en Médecine Générale',
  SM53: 'Spécialiste en Médecine Générale',
  SM04: 'Cardiologie et maladies vasculaires',
  SM02: 'Anesthésie-réanimation',
  SM20: 'Gynécologie-obstétrique',
};
const SECTORS: Record<string, string> = {
  SA01: 'Etablissement public de santé',
  SA05: 'Centre de santé',
  SA07: 'Cabinet individuel',
  SA08: 'Cabinet de groupe',
};
const SECTIONS: Record<string, string> = {
  A: "Pharmacien titulaire d'officine",
  D: 'Pharmacien adjoint et autres exercices',
  H: 'Pharmacien des établissements de santé',
};
const STREETS: [string, string, string][] = [
  ['R', 'Rue', 'des Songes'],
  ['AV', 'Avenue', 'de la Chimère'],
  ['PL', 'Place', 'du Mirage'],
  ['R', 'Rue', 'des Fables'],
  ['BD', 'Boulevard', "de l'Océan Fictif"],
  ['CHE', 'Chemin', 'de la Brume'],
];

/** What the writer needs to know about communes. */
export interface RppsCommuneInfo {
  code: string;
  name: string;
  postalCodes: readonly string[];
  routing: string;
}

/** One data line (52 values + trailing `|`). */
function activityLine(
  p: DemoProfessional,
  a: DemoActivity,
  commune: RppsCommuneInfo,
  depLabel: string,
): string {
  const [professionLabel, authority] = PROFESSIONS[p.professionCode] ?? ['', ''];
  const doctorTitle = ['10', '21', '40'].includes(p.professionCode);
  const h = hashString(`${p.rpps}:${commune.code}`);
  const postalCode = commune.postalCodes[h % commune.postalCodes.length] ?? '';
  const [streetCode, streetType, streetName] = STREETS[h % STREETS.length] as [
    string,
    string,
    string,
  ];
  // prettier-ignore
  const values = [
    '8', p.rpps, `8${p.rpps}`,
    doctorTitle ? 'DR' : '', doctorTitle ? 'Docteur' : '',
    p.name.female ? 'MME' : 'M', p.name.female ? 'Madame' : 'Monsieur',
    p.name.surname.toUpperCase(), p.name.givenName,
    p.professionCode, professionLabel, 'C', 'Civil',
    p.specialtyCode ? 'S' : '', p.specialtyCode ? 'Spécialité ordinale' : '',
    p.specialtyCode, SPECIALTIES[p.specialtyCode] ?? '',
    a.mode, a.mode === 'L' ? 'Libéral' : 'Salarié',
    '', '', a.site?.finessEt ?? '', a.site?.finessEj ?? '', '', a.siteName, '', '', '',
    String(1 + (h % 97)), '', streetCode, streetType, streetName, '',
    `${postalCode} ${commune.routing}`, postalCode, commune.code, commune.name,
    '', '', '', '', '', '', '96', depLabel, '', authority,
    a.sector, SECTORS[a.sector] ?? '',
    a.pharmacySection, SECTIONS[a.pharmacySection] ?? '',
  ];
  if (values.length !== 52) throw new Error(`rpps: ${values.length} columns instead of 52`);
  if (values.some((v) => v.includes('|') || v.includes('"') || v.includes('\n')))
    throw new Error('rpps: a value contains a separator or a quote');
  return `${values.join('|')}|`;
}

/**
 * Write the RPPS file: header, then one line per activity, people sorted by identifier.
 * @example toRppsText(people, communes, 'Littoral-Imaginaire (fictif)').split('\n')[0] === RPPS_HEADER
 */
export function toRppsText(
  people: readonly DemoProfessional[],
  communes: readonly RppsCommuneInfo[],
  depLabel: string,
): { text: string; rows: number } {
  const lines = [RPPS_HEADER];
  const sorted = [...people].sort((a, b) => (a.rpps < b.rpps ? -1 : a.rpps > b.rpps ? 1 : 0));
  for (const p of sorted)
    for (const a of p.activities)
      lines.push(activityLine(p, a, communes[a.commune] as RppsCommuneInfo, depLabel));
  return { text: `${lines.join('\n')}\n`, rows: lines.length - 1 };
}
