import { describe, expect, it } from 'vitest';
import { mapStringLiterals } from './string-literals';

const toPath = (content: string) =>
  ({ 'a.csv': '/tmp/x/1-a.csv', "b'c.csv": "/tmp/x/2-b'c.csv" })[content];

describe('mapStringLiterals', () => {
  it('replaces the chosen literals, alone and in a list, quoting the new content', () => {
    expect(mapStringLiterals("SELECT * FROM read_csv('a.csv', delim = ',')", toPath)).toBe(
      "SELECT * FROM read_csv('/tmp/x/1-a.csv', delim = ',')",
    );
    expect(mapStringLiterals("FROM read_csv(['a.csv', 'b''c.csv', 'd.csv'])", toPath)).toBe(
      "FROM read_csv(['/tmp/x/1-a.csv', '/tmp/x/2-b''c.csv', 'd.csv'])",
    );
  });

  it('leaves comments and quoted identifiers as written, even with apostrophes', () => {
    const sql =
      "-- l'import de 'a.csv'\nSELECT \"a.csv\", 'a.csv' /* d'abord 'a.csv' */ FROM t -- fin'";
    expect(mapStringLiterals(sql, toPath)).toBe(
      "-- l'import de 'a.csv'\nSELECT \"a.csv\", '/tmp/x/1-a.csv' /* d'abord 'a.csv' */ FROM t -- fin'",
    );
  });

  it('does not touch an unterminated literal (DuckDB reports it)', () => {
    expect(mapStringLiterals("SELECT 'a.csv", toPath)).toBe("SELECT 'a.csv");
  });

  it('returns SQL without literals unchanged', () => {
    expect(mapStringLiterals('SELECT 1 AS "n""x"', toPath)).toBe('SELECT 1 AS "n""x"');
  });
});
