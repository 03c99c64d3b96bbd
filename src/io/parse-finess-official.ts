/**
 * The official FINESS extraction published by etalab on data.gouv.fr (« FINESS Extraction du
 * Fichier des établissements », `etalab-cs1100507-stock-YYYYMMDD-HHMM.csv`): Windows-1252, `;`, NO
 * header; a `finess;etalab;…` metadata line, `structureet;…` records, then at the end
 * `geolocalisation;nofinesset;coordxet;coordyet;sourcecoordet;datemaj` records (DOMAIN.md 3.4).
 * The field lists below are the published layout: this format has no header to read names from.
 */
import type { Establishment } from '../core/types';
import { readFiness } from './codes';
import { buildEstablishment, finishCounters, type Coordinates } from './finess-record';
import { quote, type IssueLog } from './issues';

/** Fields of a `structureet` record of the official extraction, after the record type. */
export const STRUCTUREET_FIELDS = [
  'nofinesset',
  'nofinessej',
  'rs',
  'rslongue',
  'complrs',
  'compldistrib',
  'numvoie',
  'typvoie',
  'voie',
  'compvoie',
  'lieuditbp',
  'commune',
  'departement',
  'libdepartement',
  'ligneacheminement',
  'telephone',
  'telecopie',
  'categetab',
  'libcategetab',
  'categagretab',
  'libcategagretab',
  'siret',
  'codeape',
  'codemft',
  'libmft',
  'codesph',
  'libsph',
  'dateouv',
  'dateautor',
  'datemaj',
  'numuai',
] as const;

/** Fields of a `geolocalisation` record, after the record type. */
export const GEOLOCALISATION_FIELDS = [
  'nofinesset',
  'coordxet',
  'coordyet',
  'sourcecoordet',
  'datemaj',
] as const;

/**
 * Whether text is the official etalab extraction (first line `finess;etalab;…` or `structureet;` lines).
 *
 * @example
 * isOfficialFinessExtraction('finess;etalab;100;2024-01-31\nstructureet;010000024;…'); // true
 */
export function isOfficialFinessExtraction(text: string): boolean {
  const head = text
    .slice(0, 4096)
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  return head.startsWith('finess;etalab') || /^structureet;/m.test(head);
}

/**
 * Parses the official extraction into establishments (issues go to `log`).
 *
 * @example
 * const { rows } = parseFinessOfficial('finess;etalab;100;2024-01-31\nstructureet;010000024;…', new IssueLog('etalab.csv'));
 */
export function parseFinessOfficial(
  text: string,
  log: IssueLog,
): { rows: Establishment[]; rowCount: number } {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  const structures: { cells: string[]; line: number }[] = [];
  const geoloc = new Map<string, Coordinates>();
  const other = new Map<string, number>();
  lines.forEach((raw, i) => {
    const l = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (l.trim() === '') return;
    const cells = l.split(';');
    const type = (cells[0] ?? '').trim().toLowerCase();
    if (type === 'structureet') structures.push({ cells, line: i + 1 });
    else if (type === 'geolocalisation') {
      const get = (f: (typeof GEOLOCALISATION_FIELDS)[number]) =>
        (cells[GEOLOCALISATION_FIELDS.indexOf(f) + 1] ?? '').trim();
      const id = readFiness(get('nofinesset')).code ?? get('nofinesset');
      geoloc.set(id, {
        x: get('coordxet'),
        y: get('coordyet'),
        source: get('sourcecoordet'),
        line: i + 1,
      });
    } else if (!(i === 0 && type === 'finess')) other.set(type, (other.get(type) ?? 0) + 1);
  });
  for (const [type, n] of other) {
    log.add(
      'info',
      'ignored-records',
      `${n} enregistrement(s) de type ${quote(type)} ignoré(s) (seuls structureet et geolocalisation sont lus).`,
    );
  }
  const counters = { repaired: 0, noCoords: 0 };
  const rows: Establishment[] = [];
  const seen = new Set<string>();
  for (const s of structures) {
    if (s.cells.length < STRUCTUREET_FIELDS.length) {
      log.add(
        'warning',
        'short-row',
        `enregistrement structureet de ${s.cells.length - 1} champ(s) au lieu de ${STRUCTUREET_FIELDS.length} : champs manquants lus comme vides.`,
        s.line,
      );
    }
    const get = (f: string): string => {
      const i = (STRUCTUREET_FIELDS as readonly string[]).indexOf(f);
      return i < 0 ? '' : (s.cells[i + 1] ?? '').trim();
    };
    const id = readFiness(get('nofinesset')).code ?? '';
    const e = buildEstablishment(
      get,
      (f) => f,
      s.line,
      geoloc.get(id) ?? null,
      null,
      log,
      counters,
    );
    if (e === null) continue;
    if (seen.has(e.finessEt)) {
      log.add(
        'warning',
        'duplicate-finess',
        `établissement ${e.finessEt} déjà lu : doublon ignoré.`,
        s.line,
      );
      continue;
    }
    seen.add(e.finessEt);
    rows.push(e);
  }
  if (structures.length === 0)
    log.add(
      'error',
      'no-data-rows',
      'aucun enregistrement structureet : extraction FINESS vide ou tronquée.',
    );
  finishCounters(log, counters, rows.length);
  return { rows, rowCount: structures.length };
}
