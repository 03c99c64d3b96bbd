/**
 * Commune-to-commune travel-time matrix -> `TravelTimeRecord[]` (DOMAIN.md section 4.4: « let the
 * user load a commune-to-commune time matrix »): one row per (origin, destination) with minutes,
 * e.g. exported from a routing engine (OSRM, the INSEE Metric distancier) or a GIS.
 */
import type { TravelTimeRecord } from '../core/access/types';
import type { ParseResult } from '../core/types';
import { readCommuneCode } from './codes';
import { findColumn, parseCsvTable } from './csv-table';
import type { Separator } from './detect-separator';
import { IssueLog, missingColumnIssue, quote } from './issues';
import { parseNumberCell } from './parse-number';

/** Accepted column names, in order of preference. */
export const TRAVEL_TIME_COLUMN_ALIASES = {
  origin: [
    'origine',
    'origin',
    'code_origine',
    'commune_origine',
    'depart',
    'départ',
    'from',
    'codgeo_origine',
  ],
  destination: [
    'destination',
    'code_destination',
    'commune_destination',
    'arrivee',
    'arrivée',
    'to',
    'codgeo_destination',
  ],
  minutes: [
    'minutes',
    'temps_min',
    'temps',
    'duree',
    'durée',
    'duree_min',
    'duration',
    'travel_min',
  ],
} as const;

/** Options of {@link parseTravelTimes}. */
export interface TravelTimesOptions {
  file: string;
  separator?: Separator;
}

/** Result of {@link parseTravelTimes}. */
export interface TravelTimesResult extends ParseResult<TravelTimeRecord> {
  rowCount: number;
}

/**
 * Parses a travel-time matrix: columns origin, destination (commune codes, kept as strings,
 * a lost leading zero repaired and reported) and minutes (French decimal comma accepted). A row
 * with an unreadable code or time is reported and not used; a duplicated pair keeps the first.
 *
 * @example
 * parseTravelTimes('origine;destination;minutes\n96001;96002;7,5', { file: 'temps.csv' }).rows;
 * // [{ origin: '96001', destination: '96002', minutes: 7.5 }]
 */
export function parseTravelTimes(text: string, options: TravelTimesOptions): TravelTimesResult {
  const log = new IssueLog(options.file);
  const table = parseCsvTable(text, log, { separator: options.separator });
  const { headers, rows, lines } = table;
  const cols = {
    origin: findColumn(headers, TRAVEL_TIME_COLUMN_ALIASES.origin),
    destination: findColumn(headers, TRAVEL_TIME_COLUMN_ALIASES.destination),
    minutes: findColumn(headers, TRAVEL_TIME_COLUMN_ALIASES.minutes),
  };
  for (const key of ['origin', 'destination', 'minutes'] as const) {
    if (!cols[key]) {
      const aliases = TRAVEL_TIME_COLUMN_ALIASES[key];
      log.addAll([missingColumnIssue(options.file, aliases[0], aliases, headers)]);
    }
  }
  if (!cols.origin || !cols.destination || !cols.minutes)
    return { rows: [], issues: log.finish(), rowCount: rows.length + table.rejectedLines.length };
  const out: TravelTimeRecord[] = [];
  const seen = new Set<string>();
  let repaired = 0;
  rows.forEach((cells, r) => {
    const line = lines[r] ?? 0;
    const codes: string[] = [];
    for (const c of [cols.origin, cols.destination]) {
      const raw = cells[c!.index] ?? '';
      const read = readCommuneCode(raw);
      if (read.code === null) {
        log.add(
          'error',
          'invalid-code',
          `code commune ${quote(raw)} invalide (5 caractères attendus, ex. 01001) ; ligne ignorée, corrigez le code.`,
          line,
          c!.name,
        );
        return;
      }
      if (read.repaired) repaired += 1;
      codes.push(read.code);
    }
    const rawMin = cells[cols.minutes!.index] ?? '';
    const t = parseNumberCell(rawMin);
    if (t.kind !== 'number' || t.value < 0) {
      log.add(
        'error',
        'invalid-number',
        `temps ${quote(rawMin)} illisible (nombre de minutes ≥ 0 attendu, ex. 12,5) ; ligne ignorée.`,
        line,
        cols.minutes!.name,
      );
      return;
    }
    const [origin, destination] = codes as [string, string];
    const key = `${origin}>${destination}`;
    if (seen.has(key)) {
      log.add(
        'warning',
        'duplicate-pair',
        `couple ${origin} → ${destination} déjà présent : ligne ignorée.`,
        line,
      );
      return;
    }
    seen.add(key);
    out.push({ origin, destination, minutes: t.value });
  });
  if (repaired > 0)
    log.add(
      'warning',
      'repaired-code',
      `${repaired} code(s) commune complété(s) par un zéro initial (perdu par un tableur).`,
    );
  if (rows.length === 0)
    log.add('warning', 'no-data-rows', 'en-tête seul, aucune ligne de données.');
  return { rows: out, issues: log.finish(), rowCount: rows.length + table.rejectedLines.length };
}
