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

/** Rows checked by {@link checkActivityAddresses}: mismatches, rows without commune, examples. */
export interface AddressTally {
  sameDep: number;
  otherDep: number;
  withoutCommune: number;
  examples: string[];
}

/**
 * The communes of a row's postal code when its commune code is not among them (null when the row
 * agrees, has no postal code, a commune outside the COG, or a postal code unknown to La Poste).
 *
 * @example addressMismatch('50025', '14000', postal, ref); // { otherDep: true, communes: ['14118'] }
 */
export function addressMismatch(
  communeCode: string,
  postalCode: string | null,
  postal: PostalReferential,
  ref: CommuneReferential,
): { otherDep: boolean; communes: readonly string[] } | null {
  if (postalCode === null || !ref.current.has(communeCode)) return null;
  const communes = postal.communesByPostal.get(postalCode);
  if (!communes || communes.includes(communeCode)) return null;
  return { otherDep: !communes.some((c) => c.slice(0, 2) === communeCode.slice(0, 2)), communes };
}

/**
 * Adds one mismatching row to `tally`, as an example when it is among the first two, or among the
 * first five in another département.
 */
export function tallyMismatch(
  tally: AddressTally,
  row: { personId: string; communeCode: string; postalCode: string },
  mismatch: { otherDep: boolean; communes: readonly string[] },
  weight = 1,
): void {
  const { otherDep, communes } = mismatch;
  if (otherDep) tally.otherDep += weight;
  else tally.sameDep += weight;
  if (tally.examples.length < 5 && (otherDep || tally.examples.length < 2)) {
    tally.examples.push(
      `personne ${row.personId} : commune ${row.communeCode}, code postal ${row.postalCode} (${communes.slice(0, 3).join(', ')}${communes.length > 3 ? '…' : ''})`,
    );
  }
}

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
  const tally: AddressTally = { sameDep: 0, otherDep: 0, withoutCommune: 0, examples: [] };
  for (const r of rows) {
    if (r.communeCode === null) {
      tally.withoutCommune += 1;
      continue;
    }
    const mismatch = addressMismatch(r.communeCode, r.postalCode, postal, ref);
    if (mismatch)
      tallyMismatch(
        tally,
        { personId: r.personId, communeCode: r.communeCode, postalCode: r.postalCode ?? '' },
        mismatch,
      );
  }
  return addressIssues(file, tally, postal);
}

/**
 * The issues of an address tally: one warning for the commune / postal code mismatches (with the
 * examples), one for the rows without commune.
 *
 * @example addressIssues('ps.txt', tally, postal); // [{ code: 'commune-postal-mismatch', … }]
 */
export function addressIssues(
  file: string,
  tally: AddressTally,
  postal: PostalReferential,
): DataIssue[] {
  const issues: DataIssue[] = [];
  const total = tally.sameDep + tally.otherDep;
  if (total > 0) {
    issues.push({
      severity: 'warning',
      code: 'commune-postal-mismatch',
      file,
      column: COMMUNE_COLUMN,
      count: total,
      message:
        `${file}, colonne ${COMMUNE_COLUMN} : ${total} ligne(s) dont le code commune ne correspond pas au code postal (${POSTAL_COLUMN}) ` +
        `selon ${postal.source}, dont ${tally.otherDep} dans un autre département (${tally.examples.join(' ; ')}). ` +
        'Ces activités restent placées dans la commune du code commune ; vérifiez-les dans l’Annuaire Santé.',
    });
  }
  if (tally.withoutCommune > 0) {
    issues.push({
      severity: 'warning',
      code: 'no-commune',
      file,
      column: COMMUNE_COLUMN,
      count: tally.withoutCommune,
      message:
        `${file}, colonne ${COMMUNE_COLUMN} : ${tally.withoutCommune} ligne(s) sans code commune : activités gardées ` +
        '(elles comptent dans les effectifs du fichier) mais non cartographiables : aucune commune ni aucun territoire ne les compte.',
    });
  }
  return issues;
}
