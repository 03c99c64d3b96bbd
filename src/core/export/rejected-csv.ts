/**
 * The « lignes rejetées » CSV of a file's import report: the Import tab's download and
 * `perimetre inspect FICHIER --rejets SORTIE.csv` write the same bytes.
 */
import type { DataIssue } from '../types';
import { toCsv } from './csv';

/**
 * One row per rejected record: file, line (text files) or feature (GeoJSON: « entité », 1-based),
 * column, code and message; the second column is named after what the file has.
 *
 * @example toRejectedCsv([{ severity: 'error', code: 'invalid-code', message: '…', file: 'c.geojson', feature: 2 }]);
 * // '\uFEFFfichier;entité;colonne;motif;message\r\nc.geojson;2;;invalid-code;…\r\n'
 */
export function toRejectedCsv(issues: readonly DataIssue[]): string {
  const features = issues.some((i) => i.feature !== undefined);
  return toCsv([
    ['fichier', features ? 'entité' : 'ligne', 'colonne', 'motif', 'message'],
    ...issues.map((i) => [i.file, i.feature ?? i.row, i.column, i.code, i.message]),
  ]);
}
