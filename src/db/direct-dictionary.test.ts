import { describe, expect, it } from 'vitest';
import { NODE_CONNECTORS } from '../../test/support/connectors';
import type { DirectEntry } from '../core/direct-import-types';
import { fillDictionary } from './direct-dictionary';
import { buildCreateDictionarySql } from './sql/direct-lines-sql';

/** Keys and values a raw cell may hold: separators, quotes, blanks, accents, empty. */
const ENTRIES: DirectEntry[] = [
  { keys: ['', 'a'], value: null, num: null, flag: 'empty' },
  { keys: [' 50100 ', 'b'], value: '50100', flag: 'repaired' },
  { keys: ['4,5', '"x"'], value: null, num: 4.5, flag: 'non-integer' },
  { keys: ["l'œil; « là »", ''], value: '', num: -0.25, flag: 'ok' },
  { keys: ['NULL', 'null'], value: 'NULL', num: 1e21, flag: 'ok' },
];

describe.each(NODE_CONNECTORS)('fillDictionary ($name)', ({ create }) => {
  it('gives the same table through SQL literals and through CSV', async () => {
    const conn = await create();
    try {
      const read = async (table: string, csvMin: number) => {
        await conn.exec(buildCreateDictionarySql(table, 2));
        await fillDictionary(conn, table, 2, ENTRIES, csvMin);
        return conn.query(`SELECT * FROM ${table} ORDER BY k0, k1`);
      };
      const literals = await read('dict_literals', Infinity);
      const csv = await read('dict_csv', 0);
      expect(csv).toEqual(literals);
      expect(literals).toHaveLength(ENTRIES.length);
      expect(literals[0]).toEqual({ k0: '', k1: 'a', value: null, num: null, flag: 'empty' });
    } finally {
      await conn.close();
    }
  });

  it('refuses a number SQL cannot hold, whichever way the entries go', async () => {
    const conn = await create();
    try {
      await conn.exec(buildCreateDictionarySql('dict_nan', 1));
      const bad: DirectEntry[] = [{ keys: ['x'], value: null, num: Number.NaN, flag: 'ok' }];
      await expect(fillDictionary(conn, 'dict_nan', 1, bad, 0)).rejects.toThrow(/finite/);
      await expect(fillDictionary(conn, 'dict_nan', 1, bad, Infinity)).rejects.toThrow(/finite/);
    } finally {
      await conn.close();
    }
  });
});
