/**
 * Small dictionaries of the direct import written into the SQL itself instead of joined: a hash
 * join does not keep the lines in file order (the typed table then has to be sorted before the
 * rows are appended), while an expression evaluated on each line does. A raw cell is looked up by
 * a balanced binary search written as nested `CASE` (a few comparisons per line whatever the
 * number of entries), which gives the entry's position; its value, number and flag are read from
 * list literals at that position. Every key and value goes through `sqlString` / `sqlNumber`.
 */
import type { DirectEntry } from '../../core/direct-import-types';
import { sqlNumber, sqlString } from './sql-literals';

/**
 * Largest dictionary written inline; bigger ones are joined. Measured with native DuckDB on a
 * 1,000,000-line PMSI file: with raw values that differ on every line (zone codes), each vector of
 * 2,048 lines walks most branches of the search, so the cost grows with the number of entries:
 * +50 ms CPU at 16 entries, +160 ms at 128, +2 s at 1,024, while the join and the sort it forces
 * cost ≈ 0.5 s.
 */
export const INLINE_DICTIONARY_MAX = 64;

/** Entries compared by leaf of the search (one `CASE` of equalities). */
const LEAF_SIZE = 4;

const utf8 = new TextEncoder();

/**
 * Orders strings as DuckDB orders VARCHAR without collation: by their UTF-8 bytes (JavaScript's
 * `<` compares UTF-16 code units, which differs for characters past U+FFFF).
 *
 * @example ['é', 'z'].sort(compareUtf8); // => ['z', 'é']
 */
export function compareUtf8(a: string, b: string): number {
  const x = utf8.encode(a);
  const y = utf8.encode(b);
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
  return x.length - y.length;
}

/**
 * The 1-based position in `keys` of the value of `raw`, or NULL when it is not one of them: a
 * binary search over the keys sorted as DuckDB compares strings, written as nested `CASE`.
 * A NULL `raw` gives NULL (as a join on it finds nothing); with repeated keys, one of them wins.
 *
 * Reference: binary search (D. Knuth, The Art of Computer Programming, vol. 3, § 6.2.1).
 *
 * @example buildInlineIndexSql('l.stays', ['1 à 10', '<11']); // CASE WHEN l.stays = '1 à 10' THEN 1 …
 */
export function buildInlineIndexSql(raw: string, keys: readonly string[]): string {
  if (keys.length === 0) return 'NULL::INTEGER';
  const sorted = keys
    .map((key, i) => ({ key, position: i + 1 }))
    .sort((a, b) => compareUtf8(a.key, b.key));
  const search = (from: number, to: number): string => {
    if (to - from <= LEAF_SIZE) {
      const whens = sorted
        .slice(from, to)
        .map((e) => `WHEN ${raw} = ${sqlString(e.key)} THEN ${e.position}`);
      return `CASE ${whens.join(' ')} END`;
    }
    const mid = (from + to) >> 1;
    const pivot = sqlString(sorted[mid]?.key ?? '');
    return `CASE WHEN ${raw} < ${pivot} THEN ${search(from, mid)} ELSE ${search(mid, to)} END`;
  };
  return `(${search(0, sorted.length)})::INTEGER`;
}

/**
 * The value, number and flag of a dictionary written inline, read at `index` (the column holding
 * {@link buildInlineIndexSql} of the raw cell); where `index` is NULL, the raw cell is final:
 * the value is `raw`, the number and flag are `absent`'s.
 *
 * @example inlineLookup('s_i', 'l.stays', [{ keys: ['1 à 10'], value: null, flag: 'masked' }], { num: 'NULL::DOUBLE', flag: "'ok'" }).flag;
 * // => "CASE WHEN s_i IS NULL THEN 'ok' ELSE (['masked']::VARCHAR[])[s_i] END"
 */
export function inlineLookup(
  index: string,
  raw: string,
  entries: readonly DirectEntry[],
  absent: { num: string; flag: string },
): { value: string; num: string; flag: string } {
  const list = (items: string[], type: string) => `([${items.join(', ')}]::${type}[])`;
  const text = (v: string | null) => (v === null ? 'NULL' : sqlString(v));
  const number = (v: number | null | undefined) =>
    v === null || v === undefined ? 'NULL' : sqlNumber(v);
  const values = list(
    entries.map((e) => text(e.value)),
    'VARCHAR',
  );
  const nums = list(
    entries.map((e) => number(e.num)),
    'DOUBLE',
  );
  const flags = list(
    entries.map((e) => sqlString(e.flag)),
    'VARCHAR',
  );
  const pick = (whenAbsent: string, items: string) =>
    `CASE WHEN ${index} IS NULL THEN ${whenAbsent} ELSE ${items}[${index}] END`;
  return { value: pick(raw, values), num: pick(absent.num, nums), flag: pick(absent.flag, flags) };
}
