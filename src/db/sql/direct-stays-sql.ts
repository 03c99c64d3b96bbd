/**
 * SQL of the direct import of a PMSI stays file (`parsePmsiStays`'s rules, applied in DuckDB): the
 * raw cells of the lines table are joined to the dictionaries the import worker built with the JS
 * rules (`readFiness`, `parseNumberCell`…, one entry per distinct raw value), a row is rejected
 * by the first failing check (zone, then FINESS, then stay count) exactly as the JS parser does,
 * and the accepted rows go to the staging table in file order. The typed rows are a view over the
 * lines, never stored: each statement (counts, zones, events, insert) reads the lines once and
 * types them again, cheaper than writing a typed copy of every row (measured with native DuckDB
 * on 1,000,000 PMSI lines: the copy alone took longer than `read_csv` reading the file).
 */
import { buildShapeEventsSql, sparseLookup, type DictionarySource } from './direct-lines-sql';

/** Dictionary tables of a stays import, by slot. */
export interface StaysTables {
  lines: string;
  /** View of the typed lines (`buildStaysTypedSql`). */
  typed: string;
  zone: string;
  finess: string;
  stays: string;
  year: string;
  field: string;
  /** Zone code as read -> zone code kept (INSEE codes reconciled), from `StayZoneStep`. */
  zoneMap: string;
}

/** The raw cells of a stays file read through a dictionary. */
export type StaysSlot = 'zone' | 'finess' | 'stays' | 'year' | 'field';

/** Names of the tables of a stays import whose lines table is `lines`. */
export function staysTables(lines: string): StaysTables {
  const t = (s: string) => `${lines}_${s}`;
  return {
    lines,
    typed: t('typed'),
    zone: t('zone'),
    finess: t('finess'),
    stays: t('stays'),
    year: t('year'),
    field: t('field'),
    zoneMap: t('zonemap'),
  };
}

/**
 * The view of the lines typed with the dictionaries: values, flags and the rejection of each row
 * (`invalid-code`, `invalid-finess`, `invalid-number`, or NULL when kept). Every dictionary lists
 * only the raw values not already in their final form (the import worker leaves out the values
 * its rule keeps as they are: `unlessMatching`); a value absent from its dictionary is read here
 * by the same rule (zone and FINESS as they are, a count of digits as that number, a year of
 * 1990–2100 or nothing, a known field), so that a clean file is typed without any join. Each
 * dictionary comes as its `DictionarySource`: an empty one is not looked up, a small one is written
 * inline, a big one is joined (a join loses the file order: the insert then sorts by line). A raw
 * cell is kept only on the rows that report it (rejections, counts that are not plain numbers,
 * unreadable years).
 *
 * @example buildStaysTypedSql(staysTables('direct_lines_1'), { stays: [{ keys: ['1 à 10'], value: null, flag: 'masked' }] });
 */
export function buildStaysTypedSql(
  t: StaysTables,
  sources: Partial<Record<StaysSlot, DictionarySource>> = {},
): string {
  const z = sparseLookup('z', t.zone, 'l.zone', sources.zone ?? 'table');
  const f = sparseLookup('f', t.finess, 'l.finess', sources.finess ?? 'table');
  const s = sparseLookup('s', t.stays, 'l.stays', sources.stays ?? 'table', {
    num: 'TRY_CAST(l.stays AS DOUBLE)',
    flag: "'number'",
  });
  const y = sparseLookup('y', t.year, 'l.year', sources.year ?? 'table', {
    num: "TRY_CAST(nullif(l.year, '') AS DOUBLE)",
    flag: "'ok'",
  });
  const fl = sparseLookup('fl', t.field, 'l.field', sources.field ?? 'table', { flag: "'known'" });
  const indexes = [z, f, s, y, fl].map((d) => d.index).join('');
  const lines = indexes === '' ? t.lines : `(SELECT l.*${indexes} FROM ${t.lines} l)`;
  const rejection = `CASE WHEN ${z.flag} = 'invalid' THEN 'invalid-code' WHEN ${f.flag} = 'invalid' THEN 'invalid-finess'
    WHEN ${s.flag} = 'invalid' THEN 'invalid-number' END`;
  return `CREATE OR REPLACE TEMP VIEW ${t.typed} AS
SELECT l.line,
  ${z.value} AS zone_v, ${f.value} AS finess_v, ${s.num} AS stays_n, ${s.flag} AS stays_f,
  ${y.num} AS year_n, ${y.flag} AS year_f, ${fl.value} AS field_v, ${fl.flag} AS field_f,
  ((${z.flag} = 'repaired')::INTEGER + (${z.flag} <> 'invalid' AND ${f.flag} = 'repaired')::INTEGER) AS repaired,
  ${rejection} AS rejection,
  CASE WHEN ${z.flag} = 'invalid' THEN l.zone WHEN ${f.flag} = 'invalid' THEN l.finess
    WHEN ${s.flag} = 'invalid' THEN l.stays END AS raw_rejected,
  CASE WHEN ${s.flag} <> 'number' THEN l.stays END AS raw_stays,
  CASE WHEN ${y.flag} = 'warn' THEN l.year END AS raw_year
FROM ${lines} l
${z.join}
${f.join}
${s.join}
${y.join}
${fl.join}`;
}

/**
 * Issue events of a stays file: line shapes first (the CSV reader fits every row before the
 * parser reads them), then per row the rejection, a non-integer count, an unreadable year. The
 * typed view is read once: the rows with something to report, each unnested into its events
 * (DuckDB-WASM, 1,000,000 PMSI lines: 61–94 ms instead of 91–141 ms for three passes).
 */
export function buildStaysEventsSql(t: StaysTables, width: number): string {
  return `${buildShapeEventsSql(t.lines, width, 0)}
UNION ALL
SELECT line, 1, e.ord, e.code, e.severity, e.a, NULL FROM (
  SELECT line, unnest([
    {'ord': 0, 'code': rejection, 'severity': 'error', 'a': raw_rejected},
    {'ord': 1, 'code': CASE WHEN rejection IS NULL AND stays_f = 'non-integer' THEN 'non-integer' END,
      'severity': 'warning', 'a': raw_stays},
    {'ord': 2, 'code': CASE WHEN rejection IS NULL AND year_f = 'warn' THEN 'invalid-year' END,
      'severity': 'warning', 'a': raw_year}
  ]) AS e
  FROM ${t.typed}
  WHERE rejection IS NOT NULL OR stays_f = 'non-integer' OR year_f = 'warn'
) WHERE e.code IS NOT NULL`;
}

/**
 * Counts of a stays file: rows, kept, masked, empty (and first), repaired codes (the distinct
 * flows: `buildStaysFlowsSql`).
 */
export function buildStaysCountsSql(t: StaysTables): string {
  return `SELECT count(*)::INTEGER AS row_count,
  count(*) FILTER (WHERE rejection IS NULL)::INTEGER AS accepted,
  count(*) FILTER (WHERE rejection IS NULL AND stays_f = 'masked')::INTEGER AS masked,
  count(*) FILTER (WHERE rejection IS NULL AND stays_f = 'empty')::INTEGER AS empty,
  min(line) FILTER (WHERE rejection IS NULL AND stays_f = 'empty')::INTEGER AS first_empty,
  coalesce(sum(repaired), 0)::INTEGER AS repaired
FROM ${t.typed}`;
}

/** The first masked counts of kept rows (line, raw cell), for the masked-value warning. */
export function buildStaysMaskedExamplesSql(t: StaysTables, limit: number): string {
  return `SELECT line, raw_stays AS raw FROM ${t.typed}
WHERE rejection IS NULL AND stays_f = 'masked' ORDER BY line LIMIT ${limit}`;
}

/** Unknown PMSI fields of kept rows with their number of rows, in order of first line. */
export function buildStaysUnknownFieldsSql(t: StaysTables): string {
  return `SELECT field_v AS field, count(*)::INTEGER AS n, min(line)::INTEGER AS first_line
FROM ${t.typed} WHERE rejection IS NULL AND field_f = 'unknown' GROUP BY 1 ORDER BY first_line`;
}

/** Zones of kept rows: stays (masked as 0), rows, first line, in order of first line. */
export function buildStaysZonesSql(t: StaysTables): string {
  return `SELECT zone_v AS zone, coalesce(sum(stays_n), 0)::DOUBLE AS stays, count(*)::INTEGER AS n,
  min(line)::INTEGER AS first_line
FROM ${t.typed} WHERE rejection IS NULL GROUP BY 1 ORDER BY first_line`;
}

/**
 * Number of distinct flows (zone, FINESS, year, field) among the kept rows. A query of its own:
 * grouping the rows by flow while summing the zones' stays (then the flows by zone) took longer
 * than the two apart (native DuckDB, 1,000,000 PMSI lines: 0.41–0.60 s against 0.15 + 0.17 s).
 * `hashed`: the distinct 64-bit hashes of the flows instead, a smaller and faster grouping
 * (DuckDB-WASM pays for each new MiB it takes); two flows can share a hash, so this count is a
 * lower bound, exact when it equals the number of kept rows (no flow repeated): `DirectReader`
 * runs the exact count only otherwise.
 *
 * @example buildStaysFlowsSql(staysTables('direct_lines_1'), true); // SELECT count(*) … GROUP BY hash(…
 */
export function buildStaysFlowsSql(t: StaysTables, hashed = false): string {
  const kept = `FROM ${t.typed} WHERE rejection IS NULL`;
  const keys = hashed
    ? 'hash(zone_v, finess_v, year_n, field_v)'
    : 'zone_v, finess_v, year_n, field_v';
  return `SELECT count(*)::INTEGER AS flows FROM (SELECT ${keys} ${kept} GROUP BY ALL)`;
}

/**
 * Appends the kept rows to `target` (columns of the `stays` table) with the zone kind, in file
 * order: the zone kept for each reconciled zone (`zoneMap`, INSEE codes read as their current COG
 * code, from `StayZoneStep`) is looked up like the other dictionaries. `sorted`: the typed view
 * joins a dictionary, which does not keep the lines in file order
 * (https://duckdb.org/docs/stable/sql/dialect/order_preservation): the rows are sorted by line;
 * otherwise they are appended as the lines are scanned, in file order.
 *
 * @example buildStaysInsertSql(staysTables('direct_lines_1'), 'import_stage_stays', "'postal'", 'empty', false);
 */
export function buildStaysInsertSql(
  t: StaysTables,
  target: string,
  zoneKindSql: string,
  zoneMap: DictionarySource,
  sorted: boolean,
): string {
  const m = sparseLookup('m', t.zoneMap, 'v.zone_v', zoneMap);
  const rows = m.index === '' ? `${t.typed} v` : `(SELECT v.*${m.index} FROM ${t.typed} v) v`;
  return `INSERT INTO ${target}
SELECT ${m.value}, v.finess_v, CAST(round(v.stays_n) AS INTEGER), v.stays_n IS NULL,
  CAST(v.year_n AS INTEGER), v.field_v, ${zoneKindSql}
FROM ${rows}
${m.join}
WHERE v.rejection IS NULL${sorted ? ' ORDER BY v.line' : ''}`;
}
