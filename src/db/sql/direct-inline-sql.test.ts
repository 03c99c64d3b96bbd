import { describe, expect, it } from 'vitest';
import { NODE_CONNECTORS } from '../../../test/support/connectors';
import type { DirectEntry } from '../../core/direct-import-types';
import { buildInlineIndexSql, compareUtf8, inlineLookup } from './direct-inline-sql';
import { buildCreateDictionarySql, buildDirectLinesSql } from './direct-lines-sql';
import { buildStaysTypedSql, staysTables } from './direct-stays-sql';
import { sqlNumber, sqlString } from './sql-literals';

/** Strings whose UTF-8 and UTF-16 orders differ (past U+FFFF), quotes, accents, empty. */
const AWKWARD = [
  '',
  ' ',
  "l'x",
  'a',
  'A',
  'é',
  'e\u0301',
  '\uffef',
  '😀',
  '𝔸',
  'z',
  '50C02',
  '1 à 10',
];

describe('compareUtf8', () => {
  it('orders by UTF-8 bytes, not UTF-16 code units', () => {
    expect(['😀', '\uffef'].sort(compareUtf8)).toEqual(['\uffef', '😀']);
    expect(['😀', '\uffef'].sort()).toEqual(['😀', '\uffef']);
    expect(compareUtf8('ab', 'ab')).toBe(0);
    expect(compareUtf8('ab', 'abc')).toBeLessThan(0);
  });
});

describe.each(NODE_CONNECTORS)('dictionaries written inline ($name)', ({ create }) => {
  it('orders strings as DuckDB does', async () => {
    const conn = await create();
    try {
      const values = AWKWARD.map((v) => `(${sqlString(v)})`).join(', ');
      const rows = await conn.query<{ v: string }>(
        `SELECT v FROM (VALUES ${values}) t(v) ORDER BY v`,
      );
      expect(rows.map((r) => r.v)).toEqual([...AWKWARD].sort(compareUtf8));
    } finally {
      await conn.close();
    }
  });

  it.each([1, 2, 5, 13, 64, 200])(
    'finds each of %i keys at its position, and nothing else',
    async (n) => {
      const keys = Array.from({ length: n }, (_, i) => `${AWKWARD[i % AWKWARD.length]}${i}`);
      const probes = [...keys, ...AWKWARD, 'absent', `${keys[0]} `];
      const conn = await create();
      try {
        const values = probes.map((v, i) => `(${i}, ${sqlString(v)})`).join(', ');
        const rows = await conn.query<{ i: number; position: number | null }>(
          `SELECT i, ${buildInlineIndexSql('t.v', keys)} AS position
        FROM (VALUES ${values}, (${probes.length}, NULL)) t(i, v) ORDER BY i`,
        );
        const expected = [...probes, null].map((v) => {
          const at = v === null ? -1 : keys.indexOf(v);
          return at < 0 ? null : at + 1;
        });
        expect(rows.map((r) => r.position)).toEqual(expected);
      } finally {
        await conn.close();
      }
    },
  );

  it('reads the value, number and flag of the entry, the raw cell when absent', async () => {
    const entries: DirectEntry[] = [
      { keys: ['1 à 10'], value: null, flag: 'masked' },
      { keys: ['3,5'], value: null, num: 3.5, flag: 'non-integer' },
      { keys: ["l'x"], value: "l'y", num: null, flag: 'repaired' },
    ];
    const lookup = inlineLookup('i', 't.v', entries, { num: 'NULL::DOUBLE', flag: "'ok'" });
    const probes = ['1 à 10', '3,5', "l'x", 'autre'];
    const conn = await create();
    try {
      const values = probes.map((v, i) => `(${i}, ${sqlString(v)})`).join(', ');
      const rows = await conn.query(
        `SELECT ${lookup.value} AS value, ${lookup.num} AS num, ${lookup.flag} AS flag FROM (
          SELECT k, v, ${buildInlineIndexSql(
            'v',
            entries.map((e) => e.keys[0] ?? ''),
          )} AS i
          FROM (VALUES ${values}) t(k, v)) t ORDER BY k`,
      );
      expect(rows).toEqual([
        { value: null, num: null, flag: 'masked' },
        { value: null, num: 3.5, flag: 'non-integer' },
        { value: "l'y", num: null, flag: 'repaired' },
        { value: 'autre', num: null, flag: 'ok' },
      ]);
    } finally {
      await conn.close();
    }
  });

  it('cuts the same lines, in file order, apart from their reading as in one statement', async () => {
    // 150,000 lines: two row groups (122,880 rows each), cut by several threads when apart.
    const lines = ['a;b;c'];
    for (let i = 0; i < 150_000; i++) {
      if (i % 997 === 0) lines.push(i % 2 ? '' : ' ; ');
      else if (i % 499 === 0) lines.push(`${i};x`);
      else if (i % 311 === 0) lines.push(`${i};"y;z";w;extra`);
      else lines.push(`${i};${i % 7};é${i % 3}${i % 5 === 0 ? '\r' : ''}`);
    }
    const conn = await create();
    try {
      await conn.registerText('apart-test.csv', `${lines.join('\n')}\n`);
      const format = {
        separator: ';',
        encoding: 'utf-8' as const,
        width: 3,
        blank: 'cells' as const,
        slots: { a: 0, c: 2, missing: -1 },
        trimmed: ['c'],
        required: ['a'],
      };
      const cut = async (apart: boolean) => {
        await conn.exec(buildDirectLinesSql('apart_lines', 'apart-test.csv', format, apart));
        // As stored (no ORDER BY): the typed SQL relies on the file order.
        return conn.query('SELECT * FROM apart_lines');
      };
      const together = await cut(false);
      const apart = await cut(true);
      expect(apart).toEqual(together);
      expect(apart.map((r) => Number(r.line))).toEqual(
        [...together.map((r) => Number(r.line))].sort((x, y) => x - y),
      );
      expect(apart.length).toBeGreaterThan(149_000);
      const [raw] = await conn.query<{ n: number }>(
        "SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name = 'apart_lines_raw'",
      );
      expect(raw?.n).toBe(0);
    } finally {
      await conn.close();
    }
  });

  it('types a stays file as the joined dictionaries do, in file order', async () => {
    // 150,000 lines: two row groups (122,880 rows each), read by several threads.
    const lines = ['code_geo;finess;nb_sejours;annee;champ'];
    const counts = ['1 à 10', '<11', '4,5', 's', '-2', ''];
    for (let i = 0; i < 150_000; i++) {
      const zone = i % 101 === 0 ? `${i % 7}400` : `${String(1 + (i % 95)).padStart(2, '0')}100`;
      const stays = i % 13 === 0 ? (counts[i % counts.length] ?? '') : String(i % 50);
      lines.push(`${zone};500000013;${stays};${i % 17 === 0 ? 'deux' : '2023'};MCO`);
    }
    const dictionaries: Record<'zone' | 'stays' | 'year', DirectEntry[]> = {
      zone: Array.from({ length: 7 }, (_, d) => ({
        keys: [`${d}400`],
        value: d === 0 ? null : `0${d}400`,
        flag: d === 0 ? 'invalid' : 'repaired',
      })),
      stays: [
        { keys: ['1 à 10'], value: null, flag: 'masked' },
        { keys: ['<11'], value: null, flag: 'masked' },
        { keys: ['4,5'], value: null, num: 4.5, flag: 'non-integer' },
        { keys: ['s'], value: null, flag: 'invalid' },
        { keys: ['-2'], value: null, flag: 'invalid' },
        { keys: [''], value: null, flag: 'empty' },
      ],
      year: [{ keys: ['deux'], value: null, num: null, flag: 'warn' }],
    };
    const t = staysTables('inline_test');
    const conn = await create();
    try {
      await conn.registerText('inline-test.csv', `${lines.join('\n')}\n`);
      await conn.exec(
        buildDirectLinesSql(t.lines, 'inline-test.csv', {
          separator: ';',
          encoding: 'utf-8',
          width: 5,
          blank: 'cells',
          slots: { zone: 0, finess: 1, stays: 2, year: 3, field: 4 },
        }),
      );
      for (const [slot, entries] of Object.entries(dictionaries)) {
        const table = `${t.lines}_${slot}`;
        await conn.exec(buildCreateDictionarySql(table, 1));
        const rows = entries.map((e) => {
          const num = e.num === null || e.num === undefined ? 'NULL' : sqlNumber(e.num);
          const value = e.value === null ? 'NULL' : sqlString(e.value);
          return `(${sqlString(e.keys[0] ?? '')}, ${value}, ${num}, ${sqlString(e.flag)})`;
        });
        await conn.exec(`INSERT INTO ${table} VALUES ${rows.join(', ')}`);
      }
      const typed = async (inline: boolean) => {
        const sources = inline
          ? dictionaries
          : ({ zone: 'table', stays: 'table', year: 'table' } as const);
        await conn.exec(buildStaysTypedSql(t, { ...sources, finess: 'empty', field: 'empty' }));
        // Scanned as stored: each line after the one before (an empty `OVER ()` keeps that order).
        const [order] = await conn.query<{ in_order: boolean }>(
          `SELECT bool_and(d > 0) AS in_order FROM (SELECT line - lag(line, 1, 0) OVER () AS d FROM ${t.typed})`,
        );
        const rows = await conn.query(`SELECT * FROM ${t.typed} ORDER BY line`);
        return { inOrder: order?.in_order, rows };
      };
      const joined = await typed(false);
      const inline = await typed(true);
      expect(inline.inOrder).toBe(true);
      expect(inline.rows).toEqual(joined.rows);
      expect(inline.rows).toHaveLength(150_000);
      const flags = new Set(inline.rows.map((r) => `${String(r.rejection)}/${String(r.stays_f)}`));
      expect([...flags]).toEqual(
        expect.arrayContaining([
          'null/number',
          'null/masked',
          'null/non-integer',
          'null/empty',
          'invalid-number/invalid',
          'invalid-code/number',
        ]),
      );
    } finally {
      await conn.close();
    }
  });
});
