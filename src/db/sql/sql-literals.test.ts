import { describe, expect, it } from 'vitest';
import { sqlIdentifier, sqlNumber, sqlString, sqlStringList } from './sql-literals';

describe('SQL literals', () => {
  it('doubles single quotes in strings', () => {
    expect(sqlString("Saint-Lô d'Ourville")).toBe("'Saint-Lô d''Ourville'");
    expect(sqlString("'); DROP TABLE communes; --")).toBe("'''); DROP TABLE communes; --'");
  });

  it('refuses NUL characters', () => {
    expect(() => sqlString('a\u0000b')).toThrow();
    expect(() => sqlIdentifier('a\u0000b')).toThrow();
  });

  it('doubles double quotes in identifiers', () => {
    expect(sqlIdentifier('a"b')).toBe('"a""b"');
  });

  it('lists strings, matching nothing when empty', () => {
    expect(sqlStringList(['01001', '2A004'])).toBe("('01001', '2A004')");
    expect(sqlStringList([])).toBe('(NULL)');
  });

  it('writes finite numbers only', () => {
    expect(sqlNumber(2023)).toBe('2023');
    expect(() => sqlNumber(Number.NaN)).toThrow();
  });
});
