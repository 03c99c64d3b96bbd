/**
 * Annuaire Santé open extraction (Agence du Numérique en Santé, « extractions en libre accès »,
 * RPPS + Adeli) -> `ProfessionalActivity[]` (DOMAIN.md section 3.3):
 * `PS_LibreAcces_Personne_activite_YYYYMMDDhhmm.txt`, UTF-8, `|`-separated, no quotes, every line
 * ending with `|`; and the separate `PS_LibreAcces_SavoirFaire_*.txt`. Rows are activities
 * (person × place), not people: count distinct `Identification nationale PP`.
 */
import type { ParseResult, ProfessionalActivity } from '../core/types';
import { readCommuneCode, readPostalCode } from './codes';
import { pickColumn, type ColumnRef } from './csv-table';
import { IssueLog, missingColumnIssue, quote } from './issues';
import { scanPlainLines } from './plain-lines';

/** Column names of the ANS layout used here (2021–2022 header, see shared/data/rpps/formats). */
export const ANNUAIRE_COLUMNS = {
  personId: 'Identification nationale PP',
  professionCode: 'Code profession',
  professionLabel: 'Libellé profession',
  specialtyTypeCode: 'Code type savoir-faire',
  specialtyCode: 'Code savoir-faire',
  specialtyLabel: 'Libellé savoir-faire',
  modeCode: 'Code mode exercice',
  communeCode: 'Code commune (coord. structure)',
  postalCode: 'Code postal (coord. structure)',
  finessSite: 'Numéro FINESS site',
  sectorCode: "Code secteur d'activité",
} as const;

/**
 * Messages of the Annuaire Santé reader (the part after « fichier, ligne, colonne : »), shared
 * with the import of big files read by DuckDB (`import-direct-annuaire.ts`), so both say the same.
 */
export const ANNUAIRE_MESSAGES = {
  missingValue: 'valeur vide : identifiant et code profession sont obligatoires ; ligne ignorée.',
  invalidCommune: (raw: string) =>
    `code commune ${quote(raw)} invalide (5 caractères attendus) : lieu d’exercice inconnu.`,
  invalidPostal: (raw: string) => `code postal ${quote(raw)} invalide (5 chiffres attendus).`,
  repaired: (n: number) =>
    `${n} code(s) commune ou postal complété(s) par un zéro initial (perdu par un tableur).`,
} as const;

/** One row of the separate savoir-faire file, joined on `Identification nationale PP`. */
export interface SavoirFaireRow {
  personId: string;
  professionCode: string;
  /** `Code type savoir-faire`: S spécialité ordinale, CEX compétence exclusive, CAPA capacité… */
  typeCode: string;
  specialtyCode: string;
  specialtyLabel: string;
}

/** Options of the Annuaire Santé parsers. */
export interface AnnuaireOptions {
  file: string;
  /** Header chosen by the user for a field (overrides {@link ANNUAIRE_COLUMNS}). */
  columns?: Partial<Record<AnnuaireKey, string>>;
}

/** Fields of the Annuaire Santé files. */
export type AnnuaireKey = keyof typeof ANNUAIRE_COLUMNS;

/** Header used for each field (null when none): shown and correctable in the import panel. */
export type AnnuaireMapping = Partial<Record<AnnuaireKey, string | null>>;

/**
 * Finds the columns (chosen by the user, else by name); reports missing required ones and returns
 * null when one is missing. `mapping` receives the header used for each field.
 */
function columns(
  headers: string[],
  log: IssueLog,
  options: AnnuaireOptions,
  required: AnnuaireKey[],
  mapping: AnnuaireMapping,
): Partial<Record<AnnuaireKey, ColumnRef>> | null {
  const file = options.file;
  const cols: Partial<Record<AnnuaireKey, ColumnRef>> = {};
  for (const key of Object.keys(ANNUAIRE_COLUMNS) as AnnuaireKey[]) {
    const ref = pickColumn(headers, [ANNUAIRE_COLUMNS[key]], options.columns?.[key], log, key);
    mapping[key] = ref?.name ?? null;
    if (ref) cols[key] = ref;
    else if (required.includes(key)) {
      log.addAll([
        missingColumnIssue(file, ANNUAIRE_COLUMNS[key], [ANNUAIRE_COLUMNS[key]], headers),
      ]);
    }
  }
  return required.every((k) => cols[k] !== undefined) ? cols : null;
}

/** Fields of the separate savoir-faire file. */
const SKILL_KEYS: readonly AnnuaireKey[] = [
  'personId',
  'professionCode',
  'specialtyTypeCode',
  'specialtyCode',
  'specialtyLabel',
];

/** Shares one string per distinct label, so 2 M rows do not keep 2 M copies (or their source text). */
function interner(): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    const known = seen.get(s);
    if (known !== undefined) return known;
    const copy = s.length < 13 ? s : [...s].join(''); // flat copy, not a slice of a big chunk
    seen.set(copy, copy);
    return copy;
  };
}

function finishScan(log: IssueLog, headers: string[], rowCount: number, what: string): void {
  if (headers.length === 0)
    log.add('error', 'empty-file', `fichier vide : en-tête ${what} attendu.`);
  else if (rowCount === 0)
    log.add('warning', 'no-data-rows', 'en-tête seul, aucune ligne de données.');
}

/**
 * Parses a `PS_LibreAcces_Personne_activite` file into activities. Required columns:
 * `Identification nationale PP`, `Code profession`; the others default to empty / null. Codes stay
 * strings; rows without a person or a profession are reported and left out.
 *
 * @example
 * const header = 'Identification nationale PP|Code profession|Libellé profession|Code commune (coord. structure)|';
 * const { rows } = parseAnnuaireSante(`${header}\n810000000001|10|Médecin|01004|`, { file: 'PS.txt' });
 * // rows[0].personId === '810000000001', rows[0].communeCode === '01004'
 */
export function parseAnnuaireSante(
  text: string,
  options: AnnuaireOptions,
): ParseResult<ProfessionalActivity> & {
  rowCount: number;
  mapping: AnnuaireMapping;
  headers: string[];
} {
  return parseAnnuaireSanteChunks([text], options);
}

/**
 * Same as {@link parseAnnuaireSante} over text in chunks (see `decodeTextChunks`), for the national
 * file (~2 M lines, more than one JavaScript string can hold). Only the needed fields are kept.
 *
 * @example
 * const { chunks } = decodeTextChunks(bytes, 'PS_LibreAcces_Personne_activite.txt');
 * const { rows } = parseAnnuaireSanteChunks(chunks, { file: 'PS_LibreAcces_Personne_activite.txt' });
 */
export function parseAnnuaireSanteChunks(
  chunks: Iterable<string>,
  options: AnnuaireOptions,
): ParseResult<ProfessionalActivity> & {
  rowCount: number;
  mapping: AnnuaireMapping;
  headers: string[];
} {
  const log = new IssueLog(options.file);
  const mapping: AnnuaireMapping = {};
  const rows: ProfessionalActivity[] = [];
  const intern = interner();
  let repaired = 0;
  let communeCol: string | undefined;
  let postalCol: string | undefined;
  const scan = scanPlainLines(chunks, log, (headers) => {
    const cols = columns(headers, log, options, ['personId', 'professionCode'], mapping);
    if (cols === null) return null;
    communeCol = cols.communeCode?.name;
    postalCol = cols.postalCode?.name;
    const idx = (key: AnnuaireKey): number => cols[key]?.index ?? -1;
    const [
      iPerson,
      iProf,
      iProfLabel,
      iSpec,
      iSpecLabel,
      iMode,
      iCommune,
      iPostal,
      iFiness,
      iSector,
    ] = (
      [
        'personId',
        'professionCode',
        'professionLabel',
        'specialtyCode',
        'specialtyLabel',
        'modeCode',
        'communeCode',
        'postalCode',
        'finessSite',
        'sectorCode',
      ] as const
    ).map(idx);
    return (cells, line) => {
      const cell = (i: number | undefined): string =>
        i === undefined || i < 0 ? '' : (cells[i] ?? '').trim();
      const personId = cell(iPerson);
      const professionCode = cell(iProf);
      if (personId === '' || professionCode === '') {
        const missing =
          personId === '' ? ANNUAIRE_COLUMNS.personId : ANNUAIRE_COLUMNS.professionCode;
        log.add('error', 'missing-value', ANNUAIRE_MESSAGES.missingValue, line, missing);
        return;
      }
      const rawCommune = cell(iCommune);
      let communeCode: string | null = null;
      if (rawCommune !== '') {
        const read = readCommuneCode(rawCommune);
        if (read.code === null) {
          log.add(
            'warning',
            'invalid-code',
            ANNUAIRE_MESSAGES.invalidCommune(rawCommune),
            line,
            communeCol,
          );
        } else if (read.repaired) repaired++;
        communeCode = read.code;
      }
      const rawPostal = cell(iPostal);
      let postalCode: string | null = null;
      if (rawPostal !== '') {
        const read = readPostalCode(rawPostal);
        if (read.code === null) {
          log.add(
            'warning',
            'invalid-postal-code',
            ANNUAIRE_MESSAGES.invalidPostal(rawPostal),
            line,
            postalCol,
          );
        } else if (read.repaired) repaired++;
        postalCode = read.code;
      }
      const finess = cell(iFiness);
      rows.push({
        personId,
        professionCode: intern(professionCode),
        professionLabel: intern(cell(iProfLabel)),
        specialtyCode: intern(cell(iSpec)),
        specialtyLabel: intern(cell(iSpecLabel)),
        modeCode: intern(cell(iMode)),
        communeCode,
        postalCode,
        finessSite: finess === '' ? null : finess,
        sectorCode: intern(cell(iSector)),
      });
    };
  });
  if (repaired > 0) {
    log.add(
      'warning',
      'repaired-code',
      ANNUAIRE_MESSAGES.repaired(repaired),
      undefined,
      undefined,
      repaired,
    );
  }
  finishScan(
    log,
    scan.headers,
    scan.rowCount,
    'de l’Annuaire Santé (PS_LibreAcces_Personne_activite)',
  );
  return { rows, issues: log.finish(), rowCount: scan.rowCount, mapping, headers: scan.headers };
}

/**
 * Parses a `PS_LibreAcces_SavoirFaire_*` file (one row per person and savoir-faire); accepts the
 * text whole or in chunks.
 *
 * @example
 * const { rows } = parseSavoirFaire(
 *   'Identification nationale PP|Code profession|Code type savoir-faire|Code savoir-faire|Libellé savoir-faire|\n810000000001|10|S|SM54|Médecine Générale|',
 *   { file: 'PS_LibreAcces_SavoirFaire.txt' },
 * );
 * // rows[0].specialtyCode === 'SM54'
 */
export function parseSavoirFaire(
  text: string | Iterable<string>,
  options: AnnuaireOptions,
): ParseResult<SavoirFaireRow> & { rowCount: number; mapping: AnnuaireMapping; headers: string[] } {
  const log = new IssueLog(options.file);
  const mapping: AnnuaireMapping = {};
  const rows: SavoirFaireRow[] = [];
  const intern = interner();
  const scan = scanPlainLines(typeof text === 'string' ? [text] : text, log, (headers) => {
    const cols = columns(headers, log, options, ['personId', 'specialtyCode'], mapping);
    for (const key of Object.keys(mapping) as AnnuaireKey[])
      if (!SKILL_KEYS.includes(key)) delete mapping[key];
    if (cols === null) return null;
    const get = (cells: string[], c: ColumnRef | undefined): string =>
      c ? (cells[c.index] ?? '').trim() : '';
    return (cells, line) => {
      const personId = get(cells, cols.personId);
      if (personId === '') {
        log.add(
          'error',
          'missing-value',
          'identifiant vide ; ligne ignorée.',
          line,
          cols.personId?.name,
        );
        return;
      }
      rows.push({
        personId,
        professionCode: intern(get(cells, cols.professionCode)),
        typeCode: intern(get(cells, cols.specialtyTypeCode)),
        specialtyCode: intern(get(cells, cols.specialtyCode)),
        specialtyLabel: intern(get(cells, cols.specialtyLabel)),
      });
    };
  });
  finishScan(log, scan.headers, scan.rowCount, 'PS_LibreAcces_SavoirFaire');
  return { rows, issues: log.finish(), rowCount: scan.rowCount, mapping, headers: scan.headers };
}

/** Best savoir-faire per `personId|professionCode` and per `personId|` (see {@link indexSavoirFaire}). */
export type SavoirFaireIndex = ReadonlyMap<string, SavoirFaireRow>;

/**
 * Indexes savoir-faire rows once, so that a streamed activity file can be completed slice by slice
 * ({@link applySavoirFaire} on each slice). When a person has several, the ordinal specialty
 * (type `S`) wins over competences and capacities.
 *
 * @example
 * const index = indexSavoirFaire(savoirFaire.rows);
 * for (const slice of slices) load(applySavoirFaire(slice, index));
 */
export function indexSavoirFaire(savoirFaire: readonly SavoirFaireRow[]): SavoirFaireIndex {
  const best = new Map<string, SavoirFaireRow>();
  for (const s of savoirFaire) {
    if (s.specialtyCode === '' && s.specialtyLabel === '') continue;
    const key = `${s.personId}|${s.professionCode}`;
    const current = best.get(key);
    if (current === undefined || (current.typeCode !== 'S' && s.typeCode === 'S')) best.set(key, s);
    const anyKey = `${s.personId}|`;
    const anyCurrent = best.get(anyKey);
    if (anyCurrent === undefined || (anyCurrent.typeCode !== 'S' && s.typeCode === 'S'))
      best.set(anyKey, s);
  }
  return best;
}

/**
 * Fills the savoir-faire of activities that have none from the separate savoir-faire file, joined
 * on `Identification nationale PP` (and the profession code when both have one). When a person has
 * several, the ordinal specialty (type `S`) wins over competences and capacities. Accepts the rows
 * or their {@link indexSavoirFaire} (built once for all the slices of a streamed file).
 *
 * @example
 * applySavoirFaire(activities, savoirFaire.rows).filter(isGeneralPractitioner);
 */
export function applySavoirFaire(
  activities: readonly ProfessionalActivity[],
  savoirFaire: readonly SavoirFaireRow[] | SavoirFaireIndex,
): ProfessionalActivity[] {
  const best =
    savoirFaire instanceof Map ? savoirFaire : indexSavoirFaire(savoirFaire as SavoirFaireRow[]);
  return activities.map((a) => {
    if (a.specialtyCode !== '' || a.specialtyLabel !== '') return a;
    const s = best.get(`${a.personId}|${a.professionCode}`) ?? best.get(`${a.personId}|`);
    return s ? { ...a, specialtyCode: s.specialtyCode, specialtyLabel: s.specialtyLabel } : a;
  });
}

// The GP rule lives in core (one definition for parsers, SQL loading and analyses).
export { isGeneralPractitioner } from '../core/territory/is-general-practitioner';
