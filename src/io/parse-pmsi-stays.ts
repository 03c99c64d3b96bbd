/**
 * PMSI hospital stays in long format -> `StayFlow[]` (DOMAIN.md section 3.5): one row per
 * (residence zone, establishment[, year, field]), as extracted by ARS or establishments from ATIH
 * ScanSanté / PMSI tables. Column names vary: an alias table maps them, the user may override it.
 */
import type { ParseResult, StayFlow } from '../core/types';
import { readFiness } from './codes';
import { findColumn, parseCsvTable, type ColumnRef } from './csv-table';
import type { Separator } from './detect-separator';
import { IssueLog, MaskedTally, missingColumnIssue, quote } from './issues';
import { parseNumberCell } from './parse-number';
import { yearFromFileName } from './file-name-year';
import { isPlausibleYear } from './plausible-year';

/** Accepted column names for each role, in order of preference (shown and overridable in the UI). */
export const PMSI_COLUMN_ALIASES = {
  zone: [
    'code_geo',
    'codeGeo',
    'code_geo_pmsi',
    'code géographique',
    'code_geographique_pmsi',
    'code géo',
    'zone',
    'code_zone',
    'cdgeo',
    'code_geo_residence',
    'code_insee',
    'code_commune',
    'codgeo',
  ],
  finess: [
    'finess',
    'FINESS',
    'nofiness',
    'no_finess',
    'num_finess',
    'numero_finess',
    'n_finess',
    'finess_et',
    'finess_ej',
    'finess_pmsi',
    'finess_geo',
    'etablissement_finess',
  ],
  stays: [
    'nb_sejours',
    'nb_sej',
    'Nombre de séjours',
    'sejours',
    'séjours',
    'nbsej',
    'nombre_sejours',
    'nb_sejours_mco',
    'nb_rsa',
    'effectif',
    'nb',
  ],
  year: ['annee', 'année', 'an', 'millesime', 'year', 'exercice'],
  field: ['champ', 'champ_pmsi', 'activite', 'field'],
} as const;

/** Explicit mapping role -> header name as written; overrides the aliases. */
export interface PmsiColumnMapping {
  zone?: string;
  finess?: string;
  stays?: string;
  year?: string;
  field?: string;
}

/** Options of {@link parsePmsiStays}. */
export interface PmsiStaysOptions {
  file: string;
  mapping?: PmsiColumnMapping;
  separator?: Separator;
}

/** Result of {@link parsePmsiStays}. */
export interface PmsiStaysResult extends ParseResult<StayFlow> {
  /** Header used for each role (null when absent): what the UI shows and lets the user change. */
  mapping: Record<keyof PmsiColumnMapping, string | null>;
  /** Headers of the file as written. */
  headers: string[];
  /** Number of masked stay counts (null in `rows`). */
  maskedCount: number;
  rowCount: number;
}

/** PMSI fields (champs) recognised; another value is kept and reported. */
export const KNOWN_PMSI_FIELDS: ReadonlySet<string> = new Set(['MCO', 'SSR', 'SMR', 'HAD', 'PSY']);

/**
 * Messages of the PMSI reader (the part after « fichier, ligne, colonne : »), shared with the
 * import of big files read by DuckDB (`import-direct-stays.ts`), so both say the same.
 */
export const PMSI_MESSAGES = {
  invalidZone: (raw: string) =>
    `code géographique ${quote(raw)} invalide (5 caractères attendus, ex. 50C02, 01001) ; ligne ignorée.`,
  invalidFiness: (raw: string) =>
    `n° FINESS ${quote(raw)} invalide (9 caractères attendus, ex. 500000013) ; ligne ignorée.`,
  invalidNumber: (raw: string) =>
    `valeur ${quote(raw)} non numérique ; attendu un nombre entier de séjours ou une valeur masquée (« 1 à 10 ») ; ligne ignorée.`,
  nonInteger: (raw: string) => `nombre de séjours ${quote(raw)} non entier, conservé tel quel.`,
  invalidYear: (raw: string) => `année ${quote(raw)} illisible : laissée inconnue.`,
  emptyValues: (n: number, firstLine: number) =>
    `${n} nombre(s) de séjours vide(s) (première : ligne ${firstLine}) lu(s) comme inconnu(s) (null), pas comme 0 ; complétez-les si la source les donne.`,
  repaired: (n: number) => `${n} code(s) complété(s) par un zéro initial (perdu par un tableur).`,
  unknownField: (field: string, n: number) =>
    `champ PMSI ${quote(field)} inconnu sur ${n} ligne(s) (attendu MCO, SSR/SMR, HAD ou PSY) : conservé tel quel.`,
  repeatedFlows: (n: number) =>
    `${n} ligne(s) répètent un couple zone × établissement (× année × champ) déjà vu : leurs séjours s’additionnent (ventilation par âge, sexe… ?).`,
} as const;

/**
 * A PMSI year cell: the year (integer from 1990, the first PMSI, to next year), or null (`warn` when the cell is not empty).
 *
 * @example readPmsiYear('2023'); // { year: 2023, warn: false }
 */
export function readPmsiYear(raw: string): { year: number | null; warn: boolean } {
  const y = parseNumberCell(raw);
  const year = y.kind === 'number' && y.value >= 1990 && isPlausibleYear(y.value) ? y.value : null;
  return { year, warn: year === null && raw !== '' };
}

/**
 * Parses PMSI stays in long format. Zone (`code_geo`…), FINESS and stay count are required; year
 * and field are optional. A masked count (`1 à 10`, `<11`, `s`…) becomes null with one warning
 * giving the count and examples, never 0; a non-numeric count is an error naming the row.
 *
 * @example
 * const { rows } = parsePmsiStays('code_geo;finess;nb_sejours;annee;champ\n50C02;500000013;1 à 10;2023;MCO', {
 *   file: 'pmsi.csv',
 * });
 * // rows[0] = { zoneCode: '50C02', finess: '500000013', stays: null, year: 2023, field: 'MCO' }
 */
export function parsePmsiStays(text: string, options: PmsiStaysOptions): PmsiStaysResult {
  const log = new IssueLog(options.file);
  const table = parseCsvTable(text, log, { separator: options.separator });
  const { headers } = table;
  const cols: Partial<Record<keyof PmsiColumnMapping, ColumnRef>> = {};
  let mappingError = false;
  for (const role of Object.keys(PMSI_COLUMN_ALIASES) as (keyof PmsiColumnMapping)[]) {
    const explicit = options.mapping?.[role];
    if (explicit !== undefined && explicit !== '') {
      const c = findColumn(headers, [explicit]);
      if (c) cols[role] = c;
      else {
        mappingError = true;
        log.add(
          'error',
          'missing-column',
          `colonne « ${explicit} » choisie pour ${role} introuvable ; colonnes : ${headers.join(', ')}.`,
          1,
          explicit,
        );
      }
    } else {
      const c = findColumn(headers, PMSI_COLUMN_ALIASES[role]);
      if (c) cols[role] = c;
    }
  }
  const mapping = {
    zone: cols.zone?.name ?? null,
    finess: cols.finess?.name ?? null,
    stays: cols.stays?.name ?? null,
    year: cols.year?.name ?? null,
    field: cols.field?.name ?? null,
  };
  const result = (rows: StayFlow[], maskedCount: number): PmsiStaysResult => ({
    rows,
    issues: log.finish(),
    mapping,
    headers,
    maskedCount,
    rowCount: table.rows.length + table.rejectedLines.length,
  });
  if (headers.length === 0) {
    log.add('error', 'empty-file', 'fichier vide : en-tête attendu (code_geo;finess;nb_sejours).');
    return result([], 0);
  }
  const labels = { zone: 'code_geo', finess: 'finess', stays: 'nb_sejours' } as const;
  for (const role of ['zone', 'finess', 'stays'] as const) {
    if (!cols[role] && !options.mapping?.[role]) {
      log.addAll([
        missingColumnIssue(options.file, labels[role], PMSI_COLUMN_ALIASES[role], headers),
      ]);
    }
  }
  const zoneCol = cols.zone;
  const finessCol = cols.finess;
  const staysCol = cols.stays;
  if (!zoneCol || !finessCol || !staysCol || mappingError) return result([], 0);

  const fileYear = cols.year ? null : yearFromFileName(options.file);
  if (fileYear !== null)
    log.add(
      'info',
      'year-from-file-name',
      `pas de colonne année : année ${fileYear} déduite du nom du fichier (ajoutez une colonne annee si elle est fausse).`,
    );
  const masked = new MaskedTally(options.file, staysCol.name, 'séjours');
  let emptyCount = 0;
  let firstEmptyLine = 0;
  const unknownFields = new Map<string, number>();
  const keys = new Set<string>();
  let duplicates = 0;
  let repaired = 0;
  const rows: StayFlow[] = [];
  // Hot loop (1 M rows): no closure created per row.
  const cell = (cells: string[], c: ColumnRef | undefined): string =>
    c ? (cells[c.index] ?? '').trim() : '';
  for (let r = 0; r < table.rows.length; r++) {
    const cells = table.rows[r] as string[];
    const line = table.lines[r] ?? 0;
    const zone = readPmsiZone(cell(cells, zoneCol));
    if (zone.repaired) repaired++;
    const zoneCode = zone.code;
    if (zoneCode === null) {
      log.add(
        'error',
        'invalid-code',
        PMSI_MESSAGES.invalidZone(cell(cells, zoneCol)),
        line,
        zoneCol.name,
      );
      continue;
    }
    const fin = readFiness(cell(cells, finessCol));
    if (fin.code === null) {
      log.add(
        'error',
        'invalid-finess',
        PMSI_MESSAGES.invalidFiness(cell(cells, finessCol)),
        line,
        finessCol.name,
      );
      continue;
    }
    if (fin.repaired) repaired++;
    const rawStays = cell(cells, staysCol);
    const n = parseNumberCell(rawStays);
    let stays: number | null = null;
    if (n.kind === 'masked') masked.add(line, rawStays);
    else if (n.kind === 'empty') {
      emptyCount++;
      if (firstEmptyLine === 0) firstEmptyLine = line;
    } else if (n.kind === 'invalid' || n.value < 0) {
      log.add(
        'error',
        'invalid-number',
        PMSI_MESSAGES.invalidNumber(rawStays),
        line,
        staysCol.name,
      );
      continue;
    } else {
      stays = n.value;
      if (!Number.isInteger(n.value)) {
        log.add('warning', 'non-integer', PMSI_MESSAGES.nonInteger(rawStays), line, staysCol.name);
      }
    }
    let year: number | null = fileYear;
    if (cols.year) {
      const raw = cell(cells, cols.year);
      const read = readPmsiYear(raw);
      year = read.year;
      if (read.warn)
        log.add('warning', 'invalid-year', PMSI_MESSAGES.invalidYear(raw), line, cols.year.name);
    }
    const field = cell(cells, cols.field).toUpperCase();
    if (field !== '' && !KNOWN_PMSI_FIELDS.has(field))
      unknownFields.set(field, (unknownFields.get(field) ?? 0) + 1);
    const key = `${zoneCode}|${fin.code}|${year ?? ''}|${field}`;
    if (keys.has(key)) duplicates++;
    else keys.add(key);
    rows.push({ zoneCode, finess: fin.code, stays, year, field });
  }
  masked.flush(log);
  if (emptyCount > 0) {
    log.add(
      'warning',
      'empty-value',
      PMSI_MESSAGES.emptyValues(emptyCount, firstEmptyLine),
      undefined,
      staysCol.name,
      emptyCount,
    );
  }
  if (repaired > 0)
    log.add(
      'warning',
      'repaired-code',
      PMSI_MESSAGES.repaired(repaired),
      undefined,
      undefined,
      repaired,
    );
  for (const [f, n] of unknownFields) {
    log.add(
      'warning',
      'unknown-field',
      PMSI_MESSAGES.unknownField(f, n),
      undefined,
      cols.field?.name,
    );
  }
  if (duplicates > 0) {
    log.add('info', 'repeated-flow', PMSI_MESSAGES.repeatedFlows(duplicates));
  }
  if (table.rows.length === 0)
    log.add('warning', 'no-data-rows', 'en-tête seul, aucune ligne de données.');
  return result(rows, masked.total);
}

/**
 * A PMSI residence zone cell (trimmed): upper-cased, a 4-digit code completed by a leading zero
 * (`repaired`), null when not 5 letters or digits.
 *
 * @example readPmsiZone('1400'); // { code: '01400', repaired: true }
 */
export function readPmsiZone(raw: string): { code: string | null; repaired: boolean } {
  const upper = raw.toUpperCase();
  const repaired = upper.length === 4 && isDigits(upper);
  const code = repaired ? `0${upper}` : upper;
  return { code: isZoneCode(code) ? code : null, repaired };
}

function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * A PMSI zone code in its final form (what {@link readPmsiZone} returns unchanged); `isZoneCode`
 * below is the same test without a regex, for the hot loop.
 */
export const PMSI_ZONE_RE = /^[0-9A-Z]{5}$/;

/** `^[0-9A-Z]{5}$` without a regex. */
function isZoneCode(s: string): boolean {
  if (s.length !== 5) return false;
  for (let i = 0; i < 5; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90))) return false;
  }
  return true;
}
