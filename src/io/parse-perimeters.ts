/**
 * CPTS perimeters as commune lists -> `PerimeterMember[]` (DOMAIN.md section 3.6): spreadsheets
 * circulated by ARS and Assurance Maladie, `Département | Code INSEE | Libellé commune | CPTS`, one
 * row per commune and CPTS (a commune may belong to two CPTS), any separator.
 */
import type { ParseResult, PerimeterMember } from '../core/types';
import { communeCodeFromParts, readCommuneCode } from './codes';
import { parseCsvTable, pickColumn } from './csv-table';
import type { Separator } from './detect-separator';
import { IssueLog, missingColumnIssue, quote } from './issues';

/** Accepted column names, in order of preference. */
export const PERIMETER_COLUMN_ALIASES = {
  perimeter: [
    'CPTS',
    'nom_cpts',
    'nom de la cpts',
    'cpts_nom',
    'libelle_cpts',
    'perimetre',
    'nom_perimetre',
    'territoire',
  ],
  code: [
    'Code INSEE',
    'code_insee',
    'insee',
    'codgeo',
    'code_commune',
    'depcom',
    'INSEE_COM',
    'code',
  ],
  dep: ['Département', 'departement', 'dep', 'code_departement', 'code_dep'],
  name: ['Libellé commune', 'libelle_commune', 'nom_commune', 'commune', 'nom', 'libelle'],
} as const;

/** Options of {@link parsePerimeters}. */
export interface PerimetersOptions {
  file: string;
  separator?: Separator;
  /** Header chosen by the user for a field (overrides {@link PERIMETER_COLUMN_ALIASES}). */
  columns?: Partial<Record<PerimeterField, string>>;
}

/** Fields of a CPTS list. */
export type PerimeterField = keyof typeof PERIMETER_COLUMN_ALIASES;

/**
 * Parses a CPTS commune list. Identical repeated rows are reported as a warning and counted once;
 * a commune listed under two CPTS is kept twice (an overlap, reported as info). A 3-digit commune
 * number is completed with the `Département` column (`01` + `53` -> `01053`) with a warning.
 *
 * @example
 * parsePerimeters('Département;Code INSEE;Libellé commune;CPTS\n01;01053;Bourg-en-Bresse;CPTS Bresse', { file: 'cpts.csv' }).rows;
 * // [{ perimeterName: 'CPTS Bresse', communeCode: '01053' }]
 */
export function parsePerimeters(
  text: string,
  options: PerimetersOptions,
): ParseResult<PerimeterMember> & {
  rowCount: number;
  /** Header used for each field (null when none): shown and correctable in the import panel. */
  mapping: Record<PerimeterField, string | null>;
  headers: string[];
  /** File line of each row of `rows` (same order), to cite in later messages. */
  lines: number[];
} {
  const log = new IssueLog(options.file);
  const table = parseCsvTable(text, log, { separator: options.separator });
  const col = (field: PerimeterField) =>
    table.headers.length === 0
      ? undefined
      : pickColumn(
          table.headers,
          PERIMETER_COLUMN_ALIASES[field],
          options.columns?.[field],
          log,
          field,
        );
  const cptsCol = col('perimeter');
  const codeCol = col('code');
  const depCol = col('dep');
  const nameCol = col('name');
  const lines: number[] = [];
  const done = (rows: PerimeterMember[]) => ({
    rows,
    lines: rows.length ? lines : [],
    issues: log.finish(),
    rowCount: table.rows.length + table.rejectedLines.length,
    mapping: {
      perimeter: cptsCol?.name ?? null,
      code: codeCol?.name ?? null,
      dep: depCol?.name ?? null,
      name: nameCol?.name ?? null,
    },
    headers: table.headers,
  });
  if (table.headers.length === 0) {
    log.add(
      'error',
      'empty-file',
      'fichier vide : en-tête attendu (Département;Code INSEE;Libellé commune;CPTS).',
    );
    return done([]);
  }
  if (!cptsCol)
    log.addAll([
      missingColumnIssue(options.file, 'CPTS', PERIMETER_COLUMN_ALIASES.perimeter, table.headers),
    ]);
  if (!codeCol)
    log.addAll([
      missingColumnIssue(options.file, 'Code INSEE', PERIMETER_COLUMN_ALIASES.code, table.headers),
    ]);
  if (!cptsCol || !codeCol) return done([]);

  const rows: PerimeterMember[] = [];
  const seen = new Map<string, number>();
  const perimetersOfCommune = new Map<string, Set<string>>();
  let repaired = 0;
  table.rows.forEach((cells, r) => {
    const line = table.lines[r] ?? 0;
    const perimeterName = (cells[cptsCol.index] ?? '').trim().replace(/\s+/g, ' ');
    const rawCode = (cells[codeCol.index] ?? '').trim();
    const dep = depCol ? (cells[depCol.index] ?? '').trim() : '';
    if (perimeterName === '') {
      log.add(
        'error',
        'missing-value',
        'nom de CPTS vide (cellules fusionnées dans le tableur ?) : recopiez le nom sur chaque ligne ; ligne ignorée.',
        line,
        cptsCol.name,
      );
      return;
    }
    let code = readCommuneCode(rawCode).code;
    if (readCommuneCode(rawCode).repaired) repaired++;
    if (code === null && dep !== '' && /^\d{1,3}$/.test(rawCode)) {
      code = communeCodeFromParts(dep, rawCode);
      if (code !== null) repaired++;
    }
    if (code === null) {
      log.add(
        'error',
        'invalid-code',
        `code INSEE ${quote(rawCode)} invalide (5 caractères attendus, ex. 01053, 2A004) ; ligne ignorée.`,
        line,
        codeCol.name,
      );
      return;
    }
    if (dep !== '' && depCol) {
      const d = /^\d$/.test(dep) ? `0${dep}` : dep.toUpperCase();
      if (!code.startsWith(d) && !(/^9[78]/.test(code) && d.startsWith('9'))) {
        log.add(
          'warning',
          'dep-mismatch',
          `département ${quote(dep)} incohérent avec le code ${code} ; le code est retenu.`,
          line,
          depCol.name,
        );
      }
    }
    const key = `${perimeterName}|${code}`;
    const first = seen.get(key);
    if (first !== undefined) {
      log.add(
        'warning',
        'duplicate-row',
        `commune ${code} déjà listée pour « ${perimeterName} » ligne ${first} : doublon compté une fois.`,
        line,
      );
      return;
    }
    seen.set(key, line);
    const set = perimetersOfCommune.get(code) ?? new Set<string>();
    set.add(perimeterName);
    perimetersOfCommune.set(code, set);
    rows.push({ perimeterName, communeCode: code });
    lines.push(line);
  });
  if (repaired > 0)
    log.add(
      'warning',
      'repaired-code',
      `${repaired} code(s) INSEE complété(s) (zéro initial perdu ou département séparé).`,
    );
  const shared = [...perimetersOfCommune].filter(([, s]) => s.size > 1);
  if (shared.length > 0) {
    const examples = shared
      .slice(0, 5)
      .map(([c, s]) => `${c} (${[...s].join(' / ')})`)
      .join(', ');
    log.add(
      'info',
      'shared-commune',
      `${shared.length} commune(s) appartiennent à plusieurs CPTS (chevauchement à justifier) : ${examples}${shared.length > 5 ? ', …' : ''}.`,
    );
  }
  if (table.rows.length === 0)
    log.add('warning', 'no-data-rows', 'en-tête seul, aucune ligne de données.');
  return done(rows);
}
