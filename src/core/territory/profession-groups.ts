/**
 * Profession groups counted for a territory (people, not activity rows), the same groups as the
 * SQL of the commune indicators (`src/db/sql/professions.ts`). Codes: Annuaire Santé
 * `Code profession` (DOMAIN.md 3.3); GPs by `isGeneralPractitioner`.
 */
export const TERRITORY_PROFESSIONS = [
  { key: 'gp', label: 'Médecins généralistes' },
  { key: 'doctors', label: 'Médecins (toutes spécialités)' },
  { key: 'nurses', label: 'Infirmiers' },
  { key: 'physios', label: 'Masseurs-kinésithérapeutes' },
  { key: 'pharmacists', label: 'Pharmaciens' },
  { key: 'midwives', label: 'Sages-femmes' },
  { key: 'dentists', label: 'Chirurgiens-dentistes' },
] as const;

export type TerritoryProfessionKey = (typeof TERRITORY_PROFESSIONS)[number]['key'];

const BY_CODE: Record<string, TerritoryProfessionKey> = {
  '10': 'doctors',
  '21': 'pharmacists',
  '40': 'dentists',
  '50': 'midwives',
  '60': 'nurses',
  '70': 'physios',
};

/**
 * Groups an activity belongs to: a GP is also a doctor.
 *
 * @example professionGroupsOf('10', true); // => ['doctors', 'gp']
 */
export function professionGroupsOf(
  professionCode: string,
  isGp: boolean,
): TerritoryProfessionKey[] {
  const group = BY_CODE[professionCode.trim()];
  const groups: TerritoryProfessionKey[] = group ? [group] : [];
  if (isGp) groups.push('gp');
  return groups;
}
