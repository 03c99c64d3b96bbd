/**
 * Independent reference for the CLI benchmark: people per profession in a territory, counted with
 * one streaming pass over an Annuaire Santé file (`|`-separated, header by name), without the
 * project's import code. A person is a distinct `Identification nationale PP`; a row is in the
 * territory when its `Code commune (coord. structure)` is one of the territory's codes. GPs:
 * profession 10 with savoir-faire SM53 / SM54 or a label containing « médecine générale »
 * (DOMAIN.md 3.3).
 */
import fs from 'node:fs';
import readline from 'node:readline';

/** `Code profession` of each counted group (the keys of the CLI's `professions`). */
const GROUP_OF_CODE: Record<string, string> = {
  '10': 'doctors',
  '21': 'pharmacists',
  '40': 'dentists',
  '50': 'midwives',
  '60': 'nurses',
  '70': 'physios',
};

/** The keys counted, GPs first. */
export const COUNTED_GROUPS = ['gp', ...Object.values(GROUP_OF_CODE)];

function isGp(code: string, specialtyCode: string, specialtyLabel: string): boolean {
  if (code !== '10') return false;
  if (specialtyCode === 'SM53' || specialtyCode === 'SM54') return true;
  const label = specialtyLabel
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return /medecine\s+generale/.test(label);
}

/**
 * Distinct people per group among the rows of `file` located in `territory`, and the rows read.
 *
 * @example await countTerritoryPeople('annuaire.txt', new Set(['50025'])) // { rows, people: { gp: 12, … } }
 */
export async function countTerritoryPeople(
  file: string,
  territory: ReadonlySet<string>,
): Promise<{ rows: number; rowsInTerritory: number; people: Record<string, number> }> {
  const sets = new Map(COUNTED_GROUPS.map((g) => [g, new Set<string>()]));
  const lines = readline.createInterface({
    input: fs.createReadStream(file, { encoding: 'utf8' }),
    crlfDelay: Infinity,
  });
  let columns: Record<string, number> | null = null;
  let rows = 0;
  let rowsInTerritory = 0;
  for await (const text of lines) {
    const values = text.split('|');
    if (columns === null) {
      columns = Object.fromEntries(values.map((name, i) => [name.replace(/^\uFEFF/, ''), i]));
      continue;
    }
    if (text === '') continue;
    rows += 1;
    const at = (name: string) => (values[columns![name] ?? -1] ?? '').trim();
    if (!territory.has(at('Code commune (coord. structure)'))) continue;
    rowsInTerritory += 1;
    const id = at('Identification nationale PP');
    const code = at('Code profession');
    const group = GROUP_OF_CODE[code];
    if (group) sets.get(group)!.add(id);
    if (isGp(code, at('Code savoir-faire'), at('Libellé savoir-faire'))) sets.get('gp')!.add(id);
  }
  const people = Object.fromEntries([...sets].map(([g, s]) => [g, s.size]));
  return { rows, rowsInTerritory, people };
}
