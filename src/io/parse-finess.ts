/**
 * FINESS establishments -> `Establishment[]` (DOMAIN.md section 3.4), two layouts:
 * - the official etalab extraction `etalab-cs1100507-stock-YYYYMMDD-HHMM.csv` (data.gouv.fr,
 *   « FINESS Extraction du Fichier des établissements »): no header, a `finess;etalab;…` metadata
 *   line, `structureet;…` records, then `geolocalisation;nofinesset;coordxet;coordyet;sourcecoordet;datemaj`;
 * - one-line-per-establishment reworkings with a header (`nofinesset;nofinessej;rs;…;cog;…;coordx;coordy`).
 * Coordinates are Lambert 93 in metropolitan France and UTM in the DROM; converted to WGS84 with proj4.
 */
import type { Establishment, ParseResult } from '../core/types';
import { parseCsvTable, pickColumn, type ColumnRef } from './csv-table';
import type { Separator } from './detect-separator';
import { buildEstablishment, finishCounters } from './finess-record';
import { IssueLog, missingColumnIssue } from './issues';
import { isOfficialFinessExtraction, parseFinessOfficial } from './parse-finess-official';

export {
  GEOLOCALISATION_FIELDS,
  isOfficialFinessExtraction,
  STRUCTUREET_FIELDS,
} from './parse-finess-official';

/** Accepted header names of the one-line-per-establishment layout. */
export const FINESS_COLUMN_ALIASES = {
  finessEt: ['nofinesset', 'finess_et', 'finess', 'numero_finess_et', 'finess_geographique'],
  finessEj: ['nofinessej', 'finess_ej', 'numero_finess_ej', 'finess_juridique'],
  name: ['rslongue', 'rs', 'raison_sociale', 'nom'],
  shortName: ['rs', 'raison_sociale'],
  cog: ['cog', 'code_commune', 'code_insee', 'codgeo', 'depcom'],
  commune: ['commune'],
  departement: ['departement', 'dep'],
  categoryCode: ['categetab', 'code_categorie', 'categorie_code'],
  categoryLabel: ['libcategetab', 'liblongcategetab', 'libelle_categorie', 'categorie'],
  x: ['coordx', 'coordxet', 'x'],
  y: ['coordy', 'coordyet', 'y'],
  source: ['sourcegeocod', 'sourcecoordet'],
  lon: ['lon', 'longitude', 'lng'],
  lat: ['lat', 'latitude'],
} as const;

/** Options of {@link parseFiness}. */
export interface FinessOptions {
  file: string;
  separator?: Separator;
  /** Header chosen by the user for a field of the header layout (overrides the aliases). */
  columns?: Partial<Record<FinessField, string>>;
}

/** Fields of the one-line-per-establishment layout. */
export type FinessField = keyof typeof FINESS_COLUMN_ALIASES;

/** Result of {@link parseFiness}. */
export interface FinessResult extends ParseResult<Establishment> {
  layout: 'etalab-officiel' | 'en-tete';
  /** Number of establishment records read. */
  rowCount: number;
  /** Header layout: header used for each field (null when none), correctable in the import panel. */
  mapping?: Record<FinessField, string | null>;
  headers?: string[];
}

/**
 * Parses a FINESS file (official extraction or header layout) into establishments with WGS84
 * coordinates. FINESS numbers stay 9-character strings; an 8-digit number is left-padded with a
 * warning. The commune is `cog`, else `departement` + 3-digit `commune` (`9A`…`9F` = 971…976).
 *
 * @example
 * const { rows } = parseFiness(
 *   'finess;etalab;100;2024-01-31\n' +
 *     'structureet;010000024;010780054;CH DE FLEYRIAT;CENTRE HOSPITALIER BOURG;;;900;RTE;DE PARIS;;;053;01;AIN;01440 VIRIAT;;;355;Centre Hospitalier (C.H.);1102;CH;;;;;;;;;;\n' +
 *     'geolocalisation;010000024;870215.7;6571590.5;1,ATLASANTE,96,BAN,L93_METROPOLE;2021-01-04',
 *   { file: 'etalab-cs1100507-stock.csv' },
 * );
 * // rows[0].communeCode === '01053', rows[0].lon ≈ 5.21
 */
export function parseFiness(text: string, options: FinessOptions): FinessResult {
  const log = new IssueLog(options.file);
  if (text.trim() === '') {
    log.add('error', 'empty-file', 'fichier vide : extraction FINESS attendue.');
    return { rows: [], issues: log.finish(), layout: 'en-tete', rowCount: 0 };
  }
  if (isOfficialFinessExtraction(text)) {
    const r = parseFinessOfficial(text, log);
    return { ...r, issues: log.finish(), layout: 'etalab-officiel' };
  }
  return parseWithHeader(text, log, options);
}

function parseWithHeader(text: string, log: IssueLog, options: FinessOptions): FinessResult {
  const table = parseCsvTable(text, log, { separator: options.separator });
  const cols: Partial<Record<FinessField, ColumnRef>> = {};
  const mapping = {} as Record<FinessField, string | null>;
  for (const k of Object.keys(FINESS_COLUMN_ALIASES) as FinessField[]) {
    const c =
      table.headers.length === 0
        ? undefined
        : pickColumn(table.headers, FINESS_COLUMN_ALIASES[k], options.columns?.[k], log, k);
    if (c) cols[k] = c;
    mapping[k] = c?.name ?? null;
  }
  const result = (rows: Establishment[]): FinessResult => ({
    rows,
    issues: log.finish(),
    layout: 'en-tete',
    rowCount: table.rows.length + table.rejectedLines.length,
    mapping,
    headers: table.headers,
  });
  if (!cols.finessEt) {
    log.addAll([
      missingColumnIssue(options.file, 'nofinesset', FINESS_COLUMN_ALIASES.finessEt, table.headers),
    ]);
    return result([]);
  }
  const fieldToCol: Record<string, ColumnRef | undefined> = {
    nofinesset: cols.finessEt,
    nofinessej: cols.finessEj,
    rslongue: cols.name,
    rs: cols.shortName,
    cog: cols.cog,
    commune: cols.commune,
    departement: cols.departement,
    categetab: cols.categoryCode,
    libcategetab: cols.categoryLabel,
  };
  const counters = { repaired: 0, noCoords: 0 };
  const rows: Establishment[] = [];
  const seen = new Set<string>();
  table.rows.forEach((cells, r) => {
    const line = table.lines[r] ?? 0;
    const cell = (c: ColumnRef | undefined): string => (c ? (cells[c.index] ?? '').trim() : '');
    const get = (f: string): string => cell(fieldToCol[f]);
    const coords =
      cols.x && cols.y
        ? { x: cell(cols.x), y: cell(cols.y), source: cell(cols.source), line }
        : null;
    const wgs84 = cols.lon && cols.lat ? { lon: cell(cols.lon), lat: cell(cols.lat) } : null;
    const e = buildEstablishment(
      get,
      (f) => fieldToCol[f]?.name ?? f,
      line,
      coords,
      wgs84,
      log,
      counters,
    );
    if (e === null) return;
    if (seen.has(e.finessEt)) {
      log.add(
        'warning',
        'duplicate-finess',
        `établissement ${e.finessEt} déjà lu : doublon ignoré.`,
        line,
      );
      return;
    }
    seen.add(e.finessEt);
    rows.push(e);
  });
  if (table.rows.length === 0)
    log.add('warning', 'no-data-rows', 'en-tête seul, aucune ligne de données.');
  finishCounters(log, counters, rows.length);
  return result(rows);
}
