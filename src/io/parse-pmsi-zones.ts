/**
 * ATIH correspondence between PMSI geographic codes and postal codes (`code_geo;code_postal;libelle`,
 * ATIH « Liste des codes géographiques PMSI ») -> `PmsiZonePostalCode[]` (DOMAIN.md section 2).
 * A PMSI code covers one or several postal codes (`50C02` = 50610 + 50740).
 */
import type { ParseResult, PmsiZonePostalCode } from '../core/types';
import { readPostalCode } from './codes';
import { findColumn, parseCsvTable } from './csv-table';
import type { Separator } from './detect-separator';
import { IssueLog, missingColumnIssue, quote } from './issues';
import { PMSI_COLUMN_ALIASES } from './parse-pmsi-stays';

/** Accepted column names. */
export const PMSI_ZONE_COLUMN_ALIASES = {
  zone: PMSI_COLUMN_ALIASES.zone,
  postalCode: ['code_postal', 'codes_postaux', 'cp', 'code postal', 'postal_code', 'codepostal'],
} as const;

/** Options of {@link parsePmsiZones}. */
export interface PmsiZonesOptions {
  file: string;
  separator?: Separator;
}

/**
 * Parses the PMSI geographic code ↔ postal code table. A cell listing several postal codes
 * (`50610, 50740`) gives one row per postal code; repeated pairs are kept once.
 *
 * @example
 * parsePmsiZones('code_geo;code_postal;libelle\n50C02;50610;Jullouville\n50C02;50740;Carolles', { file: 'zones.csv' }).rows;
 * // [{ zoneCode: '50C02', postalCode: '50610' }, { zoneCode: '50C02', postalCode: '50740' }]
 */
export function parsePmsiZones(
  text: string,
  options: PmsiZonesOptions,
): ParseResult<PmsiZonePostalCode> & { rowCount: number } {
  const log = new IssueLog(options.file);
  const table = parseCsvTable(text, log, { separator: options.separator });
  const zoneCol = findColumn(table.headers, PMSI_ZONE_COLUMN_ALIASES.zone);
  const cpCol = findColumn(table.headers, PMSI_ZONE_COLUMN_ALIASES.postalCode);
  const done = (rows: PmsiZonePostalCode[]) => ({
    rows,
    issues: log.finish(),
    rowCount: table.rows.length + table.rejectedLines.length,
  });
  if (table.headers.length === 0) {
    log.add(
      'error',
      'empty-file',
      'fichier vide : en-tête attendu (code_geo;code_postal;libelle).',
    );
    return done([]);
  }
  if (!zoneCol)
    log.addAll([
      missingColumnIssue(options.file, 'code_geo', PMSI_ZONE_COLUMN_ALIASES.zone, table.headers),
    ]);
  if (!cpCol)
    log.addAll([
      missingColumnIssue(
        options.file,
        'code_postal',
        PMSI_ZONE_COLUMN_ALIASES.postalCode,
        table.headers,
      ),
    ]);
  if (!zoneCol || !cpCol) return done([]);
  const rows: PmsiZonePostalCode[] = [];
  const seen = new Set<string>();
  let repaired = 0;
  table.rows.forEach((cells, r) => {
    const line = table.lines[r] ?? 0;
    let zoneCode = (cells[zoneCol.index] ?? '').trim().toUpperCase();
    if (/^\d{4}$/.test(zoneCode)) {
      zoneCode = `0${zoneCode}`;
      repaired++;
    }
    if (!/^[0-9A-Z]{5}$/.test(zoneCode)) {
      log.add(
        'error',
        'invalid-code',
        `code géographique ${quote(cells[zoneCol.index] ?? '')} invalide (5 caractères attendus, ex. 50C02) ; ligne ignorée.`,
        line,
        zoneCol.name,
      );
      return;
    }
    const rawCp = (cells[cpCol.index] ?? '').trim();
    const parts = rawCp.split(/[\s,;/]+/).filter((p) => p !== '');
    if (parts.length === 0) {
      log.add(
        'error',
        'missing-value',
        `code postal vide pour ${zoneCode} ; ligne ignorée.`,
        line,
        cpCol.name,
      );
      return;
    }
    for (const part of parts) {
      const cp = readPostalCode(part);
      if (cp.code === null) {
        log.add(
          'error',
          'invalid-postal-code',
          `code postal ${quote(part)} invalide (5 chiffres attendus) ; ignoré.`,
          line,
          cpCol.name,
        );
        continue;
      }
      if (cp.repaired) repaired++;
      const key = `${zoneCode}|${cp.code}`;
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push({ zoneCode, postalCode: cp.code });
    }
  });
  if (repaired > 0)
    log.add(
      'warning',
      'repaired-code',
      `${repaired} code(s) complété(s) par un zéro initial (perdu par un tableur).`,
    );
  if (table.rows.length === 0)
    log.add('warning', 'no-data-rows', 'en-tête seul, aucune ligne de données.');
  return done(rows);
}
