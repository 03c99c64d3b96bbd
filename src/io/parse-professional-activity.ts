/**
 * Supplementary « activité des professionnels » file -> `ProfessionalActivityRecord[]` (DOMAIN.md
 * section 4.4: supply in FTE or consultations, optionally without the professionals above an age
 * bound, as the DREES APL « ≤ 65 ans »). The Annuaire Santé gives none of these; an ARS, a URPS or
 * the CPTS itself may. One row per person (or per person and commune of practice), keyed on
 * `Identification nationale PP`, with any of: FTE (`etp`), yearly activity (`nb_actes`), age
 * (`age`, or `annee_naissance` turned into an age at a reference year). French decimal commas.
 */
import type { ProfessionalActivityRecord } from '../core/access/types';
import type { ParseResult } from '../core/types';
import { readCommuneCode } from './codes';
import { findColumn, parseCsvTable, type ColumnRef } from './csv-table';
import type { Separator } from './detect-separator';
import { IssueLog, missingColumnIssue, quote } from './issues';
import { parseNumberCell } from './parse-number';

/** Accepted column names, in order of preference. */
export const ACTIVITY_COLUMN_ALIASES = {
  personId: [
    'Identification nationale PP',
    'rpps',
    'id_pp',
    'identifiant_pp',
    'numero_rpps',
    'n_rpps',
    'id_rpps',
    'identifiant_rpps',
  ],
  communeCode: [
    'Code commune',
    'Code commune (coord. structure)',
    'code_commune',
    'commune_exercice',
    'codgeo',
    'code_insee',
  ],
  fte: ['etp', 'equivalent_temps_plein', 'equivalent temps plein', 'quotite'],
  consultations: [
    'nb_actes',
    'consultations',
    'actes',
    'nb_consultations',
    'nombre_actes',
    "nombre d'actes",
    'activite',
  ],
  age: ['age'],
  birthYear: ['annee_naissance', 'annee de naissance', 'date_naissance', 'naissance'],
} as const;

/** Whether a header has the person key and at least one activity column (FTE, acts, age). */
export function hasActivityColumns(headers: readonly string[]): boolean {
  const A = ACTIVITY_COLUMN_ALIASES;
  return (
    findColumn(headers, A.personId) !== undefined &&
    [A.fte, A.consultations, A.age, A.birthYear].some((a) => findColumn(headers, a) !== undefined)
  );
}

/** Options of {@link parseProfessionalActivity}. */
export interface ProfessionalActivityOptions {
  file: string;
  separator?: Separator;
  /** Year at which a birth year becomes an age; default the current year (stated in an issue). */
  referenceYear?: number;
}

/** Result of {@link parseProfessionalActivity}. */
export interface ProfessionalActivityResult extends ParseResult<ProfessionalActivityRecord> {
  rowCount: number;
}

/** FTE above this is reported as unusual (kept). */
const MAX_USUAL_FTE = 2;

/**
 * Parses the activity file. A row without person id, with an unreadable commune code, or without
 * any usable value is reported and not used; an unreadable or out-of-range value is reported and
 * read as unknown (null), never 0; a masked cell (`<11`, `s`) is unknown and counted.
 *
 * @example
 * parseProfessionalActivity('rpps;etp;nb_actes;annee_naissance\n10001234567;0,8;4 120;1962', { file: 'activite.csv', referenceYear: 2025 }).rows;
 * // [{ personId: '10001234567', communeCode: null, fte: 0.8, consultations: 4120, age: 63 }]
 */
export function parseProfessionalActivity(
  text: string,
  options: ProfessionalActivityOptions,
): ProfessionalActivityResult {
  const log = new IssueLog(options.file);
  const table = parseCsvTable(text, log, { separator: options.separator });
  const { headers, rows, lines } = table;
  const A = ACTIVITY_COLUMN_ALIASES;
  const col = {
    personId: findColumn(headers, A.personId),
    communeCode: findColumn(headers, A.communeCode),
    fte: findColumn(headers, A.fte),
    consultations: findColumn(headers, A.consultations),
    age: findColumn(headers, A.age),
    birthYear: findColumn(headers, A.birthYear),
  };
  const done = (out: ProfessionalActivityRecord[]): ProfessionalActivityResult => ({
    rows: out,
    issues: log.finish(),
    rowCount: rows.length + table.rejectedLines.length,
  });
  if (!col.personId)
    log.addAll([missingColumnIssue(options.file, A.personId[0], A.personId, headers)]);
  if (!col.fte && !col.consultations && !col.age && !col.birthYear)
    log.add(
      'error',
      'missing-column',
      `aucune colonne d’activité (ETP : etp ; actes : nb_actes, consultations ; âge : age, annee_naissance). ` +
        `Colonnes trouvées : ${headers.join(', ')}. Ajoutez ou renommez au moins une de ces colonnes.`,
      1,
    );
  if (!col.personId || log.hasErrors()) return done([]);
  const year = options.referenceYear ?? new Date().getFullYear();
  if (col.birthYear && !col.age)
    log.add(
      'info',
      'reference-year',
      `âge calculé en ${year} à partir de l’année de naissance.`,
      undefined,
      col.birthYear.name,
    );
  const masked = new Map<string, number>();
  const seen = new Set<string>();
  let repaired = 0;
  const out: ProfessionalActivityRecord[] = [];
  rows.forEach((cells, r) => {
    const line = lines[r] ?? 0;
    const cell = (c: ColumnRef | undefined) => (c ? (cells[c.index] ?? '').trim() : '');
    const personId = cell(col.personId);
    if (personId === '' || /e\+?\d+$/i.test(personId)) {
      log.add(
        'error',
        personId === '' ? 'missing-person' : 'invalid-person',
        personId === ''
          ? 'identifiant du professionnel vide ; ligne ignorée, renseignez l’Identification nationale PP.'
          : `identifiant ${quote(personId)} abîmé par un tableur (notation scientifique) ; ligne ignorée, ouvrez le fichier avec la colonne en texte.`,
        line,
        col.personId!.name,
      );
      return;
    }
    let communeCode: string | null = null;
    const rawCommune = cell(col.communeCode);
    if (rawCommune !== '') {
      const read = readCommuneCode(rawCommune);
      if (read.code === null) {
        log.add(
          'error',
          'invalid-code',
          `code commune ${quote(rawCommune)} invalide (5 caractères attendus, ex. 01001) ; ligne ignorée, corrigez le code ou videz la cellule.`,
          line,
          col.communeCode!.name,
        );
        return;
      }
      if (read.repaired) repaired += 1;
      communeCode = read.code;
    }
    const num = (c: ColumnRef | undefined, what: string, min: number, max: number) => {
      if (!c) return null;
      const raw = cell(c);
      const n = parseNumberCell(raw);
      if (n.kind === 'empty') return null;
      if (n.kind === 'masked') {
        masked.set(c.name, (masked.get(c.name) ?? 0) + 1);
        return null;
      }
      if (n.kind === 'invalid' || n.value < min || n.value > max) {
        log.add(
          'error',
          'invalid-number',
          `${what} ${quote(raw)} illisible ou hors de ${min}–${max} ; lu comme inconnu, corrigez la valeur.`,
          line,
          c.name,
        );
        return null;
      }
      return n.value;
    };
    const fte = num(col.fte, 'ETP', 0, 10);
    if (fte !== null && fte > MAX_USUAL_FTE)
      log.add(
        'warning',
        'unusual-fte',
        `ETP ${fte} inhabituel (> ${MAX_USUAL_FTE}) ; vérifiez.`,
        line,
        col.fte!.name,
      );
    const consultations = num(col.consultations, 'nombre d’actes', 0, 200_000);
    let age = num(col.age, 'âge', 18, 110);
    if (age === null && col.birthYear)
      age = ageFromBirth(cell(col.birthYear), year, line, col.birthYear, log);
    if (fte === null && consultations === null && age === null) {
      log.add(
        'warning',
        'empty-row',
        'ni ETP, ni actes, ni âge utilisables : ligne ignorée.',
        line,
      );
      return;
    }
    const key = `${personId}|${communeCode ?? ''}`;
    if (seen.has(key)) {
      log.add(
        'warning',
        'duplicate-row',
        `professionnel ${personId}${communeCode ? ` à ${communeCode}` : ''} déjà présent : ligne ignorée (la première est gardée).`,
        line,
      );
      return;
    }
    seen.add(key);
    out.push({ personId, communeCode, fte, consultations, age });
  });
  for (const [column, n] of masked)
    log.add(
      'warning',
      'masked-value',
      `${n} valeur(s) masquée(s) lue(s) comme inconnue(s) (jamais 0).`,
      undefined,
      column,
    );
  if (repaired)
    log.add(
      'warning',
      'repaired-code',
      `${repaired} code(s) commune complété(s) par un zéro initial (perdu par un tableur).`,
    );
  if (rows.length === 0)
    log.add('warning', 'no-data-rows', 'en-tête seul, aucune ligne de données.');
  return done(out);
}

/** Age at `year` from a birth year (`1962`, `12/03/1962`, `1962-03-12`); null and an error if unreadable. */
function ageFromBirth(
  raw: string,
  year: number,
  line: number,
  c: ColumnRef,
  log: IssueLog,
): number | null {
  if (raw === '') return null;
  const m = /^(\d{4})(?:-\d{2}-\d{2})?$/.exec(raw) ?? /^\d{1,2}\/\d{1,2}\/(\d{4})$/.exec(raw);
  const age = m ? year - Number(m[1]) : NaN;
  if (!(age >= 18 && age <= 110)) {
    log.add(
      'error',
      'invalid-birth-year',
      `année de naissance ${quote(raw)} illisible ou invraisemblable en ${year} (ex. 1962 ou 12/03/1962) ; âge inconnu.`,
      line,
      c.name,
    );
    return null;
  }
  return age;
}
