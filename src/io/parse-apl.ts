/**
 * DREES APL workbook exported as CSV -> `AplRecord[]` (DOMAIN.md section 3.7): title lines, then a
 * header (row 9 in the published workbook, found wherever it is) with `Code commune INSEE`,
 * `APL aux médecins généralistes`, the variants for GPs aged ≤ 65 / ≤ 62 / ≤ 60 years,
 * `Population standardisée` and `Population totale`; French decimal commas.
 */
import type { AplRecord } from '../core/access/types';
import type { ParseResult } from '../core/types';
import { readCommuneCode } from './codes';
import { findColumn, normalizeHeader, parseCsvTable, type ColumnRef } from './csv-table';
import type { Separator } from './detect-separator';
import { IssueLog, missingColumnIssue, quote } from './issues';
import { parseNumberCell } from './parse-number';

/** Options of {@link parseApl}. */
export interface AplOptions {
  file: string;
  separator?: Separator;
}

/** Result of {@link parseApl}. */
export interface AplResult extends ParseResult<AplRecord> {
  rowCount: number;
  /** 1-based line of the header found. */
  headerLine: number;
}

/** Whether normalised header cells are those of the APL table. */
export function isAplHeader(keys: readonly string[]): boolean {
  return keys.some((k) => k.startsWith('code commune')) && keys.some((k) => k.startsWith('apl'));
}

/**
 * Parses the APL CSV. The main APL column is the one starting with « APL aux médecins
 * généralistes » without an age bound; the variants are found by « 65 », « 62 », « 60 » in their
 * name. A masked or empty value is null and reported, never 0.
 *
 * @example
 * parseApl('APL 2023\n\nCode commune INSEE;Commune;APL aux médecins généralistes;Population standardisée;Population totale\n01001;L’Abergement;2,8;812,4;832', { file: 'apl.csv' }).rows[0];
 * // { code: '01001', apl: 2.8, apl65: null, apl62: null, apl60: null, standardisedPopulation: 812.4, population: 832 }
 */
export function parseApl(text: string, options: AplOptions): AplResult {
  const log = new IssueLog(options.file);
  const table = parseCsvTable(text, log, { separator: options.separator, isHeader: isAplHeader });
  const { headers, rows, lines } = table;
  const keys = headers.map(normalizeHeader);
  const code = findColumn(headers, ['Code commune INSEE', 'code commune', 'codgeo', 'code insee']);
  const aplIndexes = keys.map((k, i) => (k.startsWith('apl') ? i : -1)).filter((i) => i >= 0);
  const byAge = (age: string): ColumnRef | undefined => {
    const i = aplIndexes.find((j) => new RegExp(`\\b${age}\\b`).test(keys[j] ?? ''));
    return i === undefined ? undefined : { index: i, name: headers[i] ?? '' };
  };
  const v65 = byAge('65');
  const v62 = byAge('62');
  const v60 = byAge('60');
  const mainIndex = aplIndexes.find((i) => !/\b(65|62|60)\b/.test(keys[i] ?? ''));
  const main =
    mainIndex === undefined ? undefined : { index: mainIndex, name: headers[mainIndex] ?? '' };
  const byPrefix = (prefix: string): ColumnRef | undefined => {
    const i = keys.findIndex((k) => k.startsWith(prefix));
    return i < 0 ? undefined : { index: i, name: headers[i] ?? '' };
  };
  // « Population standardisée par la consommation de soins par tranche d'âge » in some vintages.
  const std = byPrefix('population standardisee');
  const total = byPrefix('population totale');
  if (!code)
    log.addAll([
      missingColumnIssue(
        options.file,
        'Code commune INSEE',
        ['Code commune INSEE', 'codgeo'],
        headers,
      ),
    ]);
  if (!main)
    log.addAll([
      missingColumnIssue(
        options.file,
        'APL aux médecins généralistes',
        ['APL aux médecins généralistes'],
        headers,
      ),
    ]);
  const result = (recs: AplRecord[]): AplResult => ({
    rows: recs,
    issues: log.finish(),
    rowCount: rows.length + table.rejectedLines.length,
    headerLine: table.headerLine,
  });
  if (!code || !main) return result([]);
  const out: AplRecord[] = [];
  const missing = new Map<string, number>();
  rows.forEach((cells, r) => {
    const line = lines[r] ?? 0;
    const raw = cells[code.index] ?? '';
    const read = readCommuneCode(raw);
    if (read.code === null) {
      log.add(
        'error',
        'invalid-code',
        `code commune ${quote(raw)} invalide (5 caractères attendus) ; ligne ignorée.`,
        line,
        code.name,
      );
      return;
    }
    const num = (c: ColumnRef | undefined): number | null => {
      if (!c) return null;
      const cell = cells[c.index] ?? '';
      const n = parseNumberCell(cell);
      if (n.kind === 'number') return n.value;
      if (n.kind === 'invalid')
        log.add(
          'warning',
          'invalid-number',
          `valeur ${quote(cell)} non numérique : lue comme inconnue.`,
          line,
          c.name,
        );
      else missing.set(c.name, (missing.get(c.name) ?? 0) + 1);
      return null;
    };
    out.push({
      code: read.code,
      apl: num(main),
      apl65: num(v65),
      apl62: num(v62),
      apl60: num(v60),
      standardisedPopulation: num(std),
      population: num(total),
    });
  });
  for (const [column, n] of missing)
    log.add(
      'warning',
      'missing-value',
      `${n} valeur(s) vide(s) ou masquée(s) lue(s) comme inconnue(s) (jamais 0).`,
      undefined,
      column,
    );
  if (rows.length === 0)
    log.add('warning', 'no-data-rows', 'en-tête seul, aucune ligne de données.');
  return result(out);
}
