/**
 * The supply definition in force, in French, for the panel and the CLI (DOMAIN.md section 4.4:
 * supply in people, FTE or consultations, optionally without the professionals above an age).
 */
import type { AccessParameters } from './analyse-access';
import type { ActivityJoin } from './join-activity';

/**
 * One sentence saying what S_j counts, which file gave the values and the age bound.
 *
 * @param p - The parameters (supply mode, age bound, conversion).
 * @param activity - The join of the activity file, or null when none is loaded.
 * @param fileName - Name of the activity file, when there is one.
 * @example
 * describeSupply({ ...DEFAULT_ACCESS_PARAMETERS, supplyMode: 'fte', maxAge: 65 }, join, 'activite.csv');
 * // 'Offre = ETP (fichier activite.csv : 280 professionnels trouvés, 8 absents) ; professionnels de plus de 65 ans exclus ; 1 ETP = 5 400 consultations/an.'
 */
export function describeSupply(
  p: AccessParameters,
  activity: ActivityJoin | null,
  fileName?: string,
): string {
  const what =
    p.supplyMode === 'people'
      ? 'professionnels comptés en personnes (½ dans chacune de 2 communes d’exercice)'
      : p.supplyMode === 'fte'
        ? 'équivalents temps plein (ETP)'
        : 'nombre annuel de consultations et visites (actes)';
  const parts = [`Offre = ${what}`];
  if (activity)
    parts[0] += ` (fichier ${fileName ?? 'd’activité'} : ${activity.matchedPeople} professionnel(s) trouvé(s), ${activity.unmatchedPeople} absent(s))`;
  parts.push(
    p.maxAge === null
      ? 'aucune borne d’âge'
      : `professionnels de plus de ${p.maxAge} ans exclus${activity?.has.age ? '' : ' (âges inconnus : borne sans effet)'}`,
  );
  if (p.supplyMode !== 'consultations' && p.consultationsPerUnit)
    parts.push(
      `1 ${p.supplyMode === 'fte' ? 'ETP' : 'professionnel'} = ${new Intl.NumberFormat('fr-FR').format(p.consultationsPerUnit)} consultations/an`,
    );
  return `${parts.join(' ; ')}.`;
}
