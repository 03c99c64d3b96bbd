/**
 * SQL of the direct import of an Annuaire Santé activity file (`parseAnnuaireSante`'s rules and
 * the import's reconciliation, applied in DuckDB): text cells trimmed as JavaScript trims them and
 * a row without person or profession rejected as the lines are read (`trimmed` and `required` of
 * the lines format: `ANNUAIRE_LINES` in src/workers/import-direct-annuaire.ts), commune and
 * postal codes read through the dictionaries the import worker built with `readCommuneCode` /
 * `readPostalCode` / the COG passage (one entry per distinct raw value), GPs flagged by
 * `isGeneralPractitioner` on each distinct profession and savoir-faire, and the kept rows appended
 * to the staging table in file order.
 */
import type { DirectEntry } from '../../core/direct-import-types';
import { buildShapeEventsSql, sparseLookup, type DictionarySource } from './direct-lines-sql';
import { sqlString } from './sql-literals';

/** Tables of an Annuaire import. */
export interface AnnuaireTables {
  /** The lines, text cells trimmed, with the rejection of each row (`rejected`). */
  lines: string;
  typed: string;
  /** Raw commune cell -> reconciled commune code (value) and how it was read (flag). */
  commune: string;
  /** Raw postal cell -> postal code (value) and how it was read (flag). */
  postal: string;
  /** (commune, postal) pairs that contradict the COG postal codes: flag `same` / `other` département. */
  pairs: string;
  /** (profession, savoir-faire code, label) -> flag `gp` for a general practitioner. */
  gp: string;
}

/** Names of the tables of an Annuaire import whose lines table is `lines`. */
export function annuaireTables(lines: string): AnnuaireTables {
  const t = (s: string) => `${lines}_${s}`;
  return {
    lines,
    typed: t('typed'),
    commune: t('commune'),
    postal: t('postal'),
    pairs: t('pairs'),
    gp: t('gp'),
  };
}

/** How the typed SQL and the insert read the commune and postal dictionaries. */
export interface AnnuaireSources {
  commune: DictionarySource;
  postal: DictionarySource;
}

const JOINED: AnnuaireSources = { commune: 'table', postal: 'table' };

/**
 * The lines with their commune and postal codes read through the dictionaries (NULL when empty or
 * invalid; a code absent from its dictionary is already final: kept as is, `ok`); each dictionary
 * as its `DictionarySource` (empty, inline or joined). `from` is the FROM clause (alias `l`).
 */
function annuaireCodes(t: AnnuaireTables, sources: AnnuaireSources) {
  const c = sparseLookup('c', t.commune, 'l.commune', sources.commune);
  const p = sparseLookup('p', t.postal, 'l.postal', sources.postal);
  const indexes = c.index + p.index;
  const lines = indexes === '' ? t.lines : `(SELECT l.*${indexes} FROM ${t.lines} l)`;
  return { c, p, from: `${lines} l\n${c.join}\n${p.join}` };
}

/**
 * Types the codes of the trimmed lines (`annuaireCodes`), one narrow row per line: the rejection,
 * commune and postal code with how each was read, and the raw cell of an invalid one. The text
 * cells stay in the lines table and the insert reads them there: copying them into this table
 * cost 0.75 s per 1,000,000 rows on DuckDB-WASM, three times this narrow table.
 */
export function buildAnnuaireTypedSql(t: AnnuaireTables, sources = JOINED): string {
  const { c, p, from } = annuaireCodes(t, sources);
  return `CREATE OR REPLACE TEMP TABLE ${t.typed} AS
SELECT l.line, l.rejected, ${c.value} AS commune_v, ${c.flag} AS commune_f,
  ${p.value} AS postal_v, ${p.flag} AS postal_f,
  CASE WHEN ${c.flag} = 'invalid' THEN l.commune END AS raw_commune,
  CASE WHEN ${p.flag} = 'invalid' THEN l.postal END AS raw_postal
FROM ${from}`;
}

/**
 * Issue events of an Annuaire file, line by line as the streaming reader meets them: the line's
 * shape, a missing person or profession (a = `person` or `prof`), an invalid commune code, an
 * invalid postal code.
 */
export function buildAnnuaireEventsSql(t: AnnuaireTables, width: number): string {
  return `${buildShapeEventsSql(t.lines, width, 0)}
UNION ALL
SELECT line, 0, 1, 'missing-value', 'error', CASE WHEN person = '' THEN 'person' ELSE 'prof' END, NULL
FROM ${t.lines} WHERE rejected
UNION ALL
SELECT line, 0, 2, 'invalid-code', 'warning', raw_commune, NULL FROM ${t.typed}
WHERE NOT rejected AND commune_f = 'invalid'
UNION ALL
SELECT line, 0, 3, 'invalid-postal-code', 'warning', raw_postal, NULL FROM ${t.typed}
WHERE NOT rejected AND postal_f = 'invalid'`;
}

/** Counts of an Annuaire file: rows, kept, codes completed by a leading zero, kept rows without commune. */
export function buildAnnuaireCountsSql(t: AnnuaireTables): string {
  return `SELECT count(*)::INTEGER AS row_count,
  count(*) FILTER (WHERE NOT rejected)::INTEGER AS accepted,
  (count(*) FILTER (WHERE NOT rejected AND commune_f = 'repaired')
    + count(*) FILTER (WHERE NOT rejected AND postal_f = 'repaired'))::INTEGER AS repaired,
  count(*) FILTER (WHERE NOT rejected AND commune_v IS NULL)::INTEGER AS without_commune
FROM ${t.typed}`;
}

/** Distinct (commune, postal code) of kept rows with a commune, with their rows and first line. */
export function buildAnnuairePairsSql(t: AnnuaireTables): string {
  return `SELECT commune_v AS commune, postal_v AS postal, count(*)::INTEGER AS n, min(line)::INTEGER AS first_line
FROM ${t.typed} WHERE NOT rejected AND commune_v IS NOT NULL GROUP BY 1, 2 ORDER BY first_line`;
}

/** Distinct (profession, savoir-faire code, label) of kept rows. */
export function buildAnnuaireSpecialtiesSql(t: AnnuaireTables): string {
  return `SELECT DISTINCT prof, spec, specLabel AS label FROM ${t.lines} WHERE NOT rejected`;
}

/**
 * The rows that may serve as examples of a commune / postal code mismatch: the first two
 * mismatches and the first five in another département, in file order.
 */
export function buildAnnuaireMismatchExamplesSql(t: AnnuaireTables): string {
  return `SELECT e.line, l.person, e.commune, e.postal, e.flag FROM (
  SELECT s.line, s.commune_v AS commune, s.postal_v AS postal, d.flag,
    row_number() OVER (ORDER BY s.line) AS rn_any,
    row_number() OVER (PARTITION BY d.flag ORDER BY s.line) AS rn_flag
  FROM ${t.typed} s JOIN ${t.pairs} d ON d.k0 = s.commune_v AND d.k1 = s.postal_v
  WHERE NOT s.rejected
) e JOIN ${t.lines} l ON l.line = e.line
WHERE e.rn_any <= 2 OR (e.flag = 'other' AND e.rn_flag <= 5) ORDER BY e.line`;
}

/**
 * Appends the kept rows to `target` (columns of the `professionals` table), in file order: text
 * cells from the lines, codes read through the dictionaries as the typed SQL reads them, GPs
 * through the `gp` dictionary. When no dictionary is joined (inline ones: the GP triples are
 * compared on each row), this is a plain scan of the lines, which are in file order; a join does
 * not keep the order, so the rows are then sorted by line.
 */
export function buildAnnuaireInsertSql(
  t: AnnuaireTables,
  target: string,
  sources: AnnuaireSources & { gp: DictionarySource } = { ...JOINED, gp: 'table' },
): string {
  const { c, p, from } = annuaireCodes(t, sources);
  const joined = [sources.commune, sources.postal, sources.gp].includes('table');
  const gp = sources.gp;
  const gpJoin = gp === 'table';
  const isGp = gp === 'table' ? "coalesce(g.flag = 'gp', false)" : inlineGp(gp);
  return `INSERT INTO ${target}
SELECT l.person, l.prof, l.profLabel, l.spec, l.specLabel, l.mode, ${c.value}, ${p.value},
  nullif(l.finess, ''), l.sector, ${isGp}
FROM ${from}
${gpJoin ? `LEFT JOIN ${t.gp} g ON g.k0 = l.prof AND g.k1 = l.spec AND g.k2 = l.specLabel` : ''}
WHERE NOT l.rejected${joined ? ' ORDER BY l.line' : ''}`;
}

/** Whether the row is one of the `gp` triples (profession, savoir-faire code, label). */
function inlineGp(entries: 'empty' | readonly DirectEntry[]): string {
  if (entries === 'empty') return 'false';
  const cols = ['l.prof', 'l.spec', 'l.specLabel'];
  const one = (e: DirectEntry) =>
    `(${cols.map((c, i) => `${c} = ${sqlString(e.keys[i] ?? '')}`).join(' AND ')})`;
  return `coalesce(${
    entries
      .filter((e) => e.flag === 'gp')
      .map(one)
      .join(' OR ') || 'false'
  }, false)`;
}
