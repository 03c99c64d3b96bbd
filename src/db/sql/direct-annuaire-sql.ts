/**
 * SQL of the direct import of an Annuaire Santé activity file (`parseAnnuaireSante`'s rules and
 * the import's reconciliation, applied in DuckDB): cells trimmed as JavaScript trims them, a row
 * without person or profession rejected, commune and postal codes read through the dictionaries
 * the import worker built with `readCommuneCode` / `readPostalCode` / the COG passage (one entry
 * per distinct raw value), GPs flagged by `isGeneralPractitioner` on each distinct profession and
 * savoir-faire, and the kept rows appended to the staging table in file order.
 */
import {
  buildShapeEventsSql,
  sparseLookup,
  sqlJsTrim,
  type DictionarySource,
} from './direct-lines-sql';

/** Tables of an Annuaire import. */
export interface AnnuaireTables {
  lines: string;
  /** Text cells trimmed once, with the rejection of each row (`buildAnnuaireTrimmedSql`). */
  trimmed: string;
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
    trimmed: t('trimmed'),
    typed: t('typed'),
    commune: t('commune'),
    postal: t('postal'),
    pairs: t('pairs'),
    gp: t('gp'),
  };
}

/**
 * Trims the text cells of the lines once, as JavaScript's `trim()` does, and marks the rows the
 * reader rejects (no person or no profession); raw commune and postal cells are kept as read.
 */
export function buildAnnuaireTrimmedSql(t: AnnuaireTables): string {
  const tr = (slot: string) => sqlJsTrim(slot);
  return `CREATE OR REPLACE TEMP TABLE ${t.trimmed} AS
SELECT line, person_t, prof_t, ${tr('profLabel')} AS prof_label_t, ${tr('spec')} AS spec_t,
  ${tr('specLabel')} AS spec_label_t, ${tr('mode')} AS mode_t, commune, postal,
  ${tr('finess')} AS finess_t, ${tr('sector')} AS sector_t,
  (person_t = '' OR prof_t = '') AS rejected
FROM (SELECT *, ${tr('person')} AS person_t, ${tr('prof')} AS prof_t FROM ${t.lines})`;
}

/**
 * Types the trimmed lines: codes through the dictionaries (NULL when empty or invalid; a code
 * absent from its dictionary is already final: kept as is, `ok`); each dictionary as its
 * `DictionarySource` (empty, inline or joined).
 */
export function buildAnnuaireTypedSql(
  t: AnnuaireTables,
  sources: { commune: DictionarySource; postal: DictionarySource } = {
    commune: 'table',
    postal: 'table',
  },
): string {
  const c = sparseLookup('c', t.commune, 'l.commune', sources.commune);
  const p = sparseLookup('p', t.postal, 'l.postal', sources.postal);
  const indexes = c.index + p.index;
  const trimmed = indexes === '' ? t.trimmed : `(SELECT l.*${indexes} FROM ${t.trimmed} l)`;
  return `CREATE OR REPLACE TEMP TABLE ${t.typed} AS
SELECT l.line, l.person_t, l.prof_t, l.prof_label_t, l.spec_t, l.spec_label_t, l.mode_t,
  l.commune AS raw_commune, ${c.value} AS commune_v, ${c.flag} AS commune_f,
  l.postal AS raw_postal, ${p.value} AS postal_v, ${p.flag} AS postal_f,
  l.finess_t, l.sector_t, l.rejected
FROM ${trimmed} l
${c.join}
${p.join}`;
}

/**
 * Issue events of an Annuaire file, line by line as the streaming reader meets them: the line's
 * shape, a missing person or profession (a = `person` or `prof`), an invalid commune code, an
 * invalid postal code.
 */
export function buildAnnuaireEventsSql(t: AnnuaireTables, width: number): string {
  return `${buildShapeEventsSql(t.lines, width, 0)}
UNION ALL
SELECT line, 0, 1, 'missing-value', 'error', CASE WHEN person_t = '' THEN 'person' ELSE 'prof' END, NULL
FROM ${t.typed} WHERE rejected
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
  return `SELECT DISTINCT prof_t AS prof, spec_t AS spec, spec_label_t AS label FROM ${t.typed} WHERE NOT rejected`;
}

/**
 * The rows that may serve as examples of a commune / postal code mismatch: the first two
 * mismatches and the first five in another département, in file order.
 */
export function buildAnnuaireMismatchExamplesSql(t: AnnuaireTables): string {
  return `SELECT line, person, commune, postal, flag FROM (
  SELECT s.line, s.person_t AS person, s.commune_v AS commune, s.postal_v AS postal, d.flag,
    row_number() OVER (ORDER BY s.line) AS rn_any,
    row_number() OVER (PARTITION BY d.flag ORDER BY s.line) AS rn_flag
  FROM ${t.typed} s JOIN ${t.pairs} d ON d.k0 = s.commune_v AND d.k1 = s.postal_v
  WHERE NOT s.rejected
) WHERE rn_any <= 2 OR (flag = 'other' AND rn_flag <= 5) ORDER BY line`;
}

/** Appends the kept rows to `target` (columns of the `professionals` table), in file order. */
export function buildAnnuaireInsertSql(t: AnnuaireTables, target: string): string {
  return `INSERT INTO ${target}
SELECT s.person_t, s.prof_t, s.prof_label_t, s.spec_t, s.spec_label_t, s.mode_t, s.commune_v,
  s.postal_v, nullif(s.finess_t, ''), s.sector_t, coalesce(g.flag = 'gp', false)
FROM ${t.typed} s
LEFT JOIN ${t.gp} g ON g.k0 = s.prof_t AND g.k1 = s.spec_t AND g.k2 = s.spec_label_t
WHERE NOT s.rejected ORDER BY s.line`;
}
