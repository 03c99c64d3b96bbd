/**
 * Checks of the places of practice of an Annuaire Santé file against the COG postal codes: a
 * commune code that contradicts the postal code of the same row (a real case puts people 100 km
 * from their address), and rows without a commune, which no map or territory can count.
 */
import type { CommuneReferential } from '../core/reconcile/resolve-commune-code';
import type { DataIssue, ProfessionalActivity } from '../core/types';
import type { PostalReferential } from '../io/commune-referential';

const COMMUNE_COLUMN = 'Code commune (coord. structure)';
const POSTAL_COLUMN = 'Code postal (coord. structure)';

/**
 * Counts, with examples (the person's identifier), the rows whose commune code is not among the communes of their postal code (COG postal codes, La Poste), split
 * by whether the postal code points to another département, and the rows without a commune code.
 * Rows are kept where their commune code puts them (the code is what the directory says); CEDEX
 * and other postal codes absent from the La Poste base are not judged.
 *
 * @example
 * checkActivityAddresses('ps.txt', rows, postal, ref); // [{ code: 'commune-postal-mismatch', count: 5, … }]
 */
export function checkActivityAddresses(
  file: string,
  rows: readonly ProfessionalActivity[],
  postal: PostalReferential,
  ref: CommuneReferential,
): DataIssue[] {
  let withoutCommune = 0;
  const mismatch = { sameDep: 0, otherDep: 0, examples: [] as string[] };
  for (const r of rows) {
    if (r.communeCode === null) {
      withoutCommune += 1;
      continue;
    }
    if (r.postalCode === null || !ref.current.has(r.communeCode)) continue;
    const communes = postal.communesByPostal.get(r.postalCode);
    if (!communes || communes.includes(r.communeCode)) continue;
    const otherDep = !communes.some((c) => c.slice(0, 2) === r.communeCode?.slice(0, 2));
    if (otherDep) mismatch.otherDep += 1;
    else mismatch.sameDep += 1;
    if (mismatch.examples.length < 5 && (otherDep || mismatch.examples.length < 2)) {
      mismatch.examples.push(
        `personne ${r.personId} : commune ${r.communeCode}, code postal ${r.postalCode} (${communes.slice(0, 3).join(', ')}${communes.length > 3 ? '…' : ''})`,
      );
    }
  }
  const issues: DataIssue[] = [];
  const total = mismatch.sameDep + mismatch.otherDep;
  if (total > 0) {
    issues.push({
      severity: 'warning',
      code: 'commune-postal-mismatch',
      file,
      column: COMMUNE_COLUMN,
      count: total,
      message:
        `${file}, colonne ${COMMUNE_COLUMN} : ${total} ligne(s) dont le code commune ne correspond pas au code postal (${POSTAL_COLUMN}) ` +
        `selon ${postal.source}, dont ${mismatch.otherDep} dans un autre département (${mismatch.examples.join(' ; ')}). ` +
        'Ces activités restent placées dans la commune du code commune ; vérifiez-les dans l’Annuaire Santé.',
    });
  }
  if (withoutCommune > 0) {
    issues.push({
      severity: 'warning',
      code: 'no-commune',
      file,
      column: COMMUNE_COLUMN,
      count: withoutCommune,
      message:
        `${file}, colonne ${COMMUNE_COLUMN} : ${withoutCommune} ligne(s) sans code commune : activités gardées ` +
        '(elles comptent dans les effectifs du fichier) mais non cartographiables : aucune commune ni aucun territoire ne les compte.',
    });
  }
  return issues;
}
