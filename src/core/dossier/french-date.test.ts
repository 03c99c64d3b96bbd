import { describe, expect, it } from 'vitest';
import { formatFrenchDate } from './french-date';

describe('formatFrenchDate', () => {
  it('writes the first of the month as « 1er » and keeps the accents', () => {
    expect(formatFrenchDate('2026-12-01')).toBe('1er décembre 2026');
    expect(formatFrenchDate('2021-02-15')).toBe('15 février 2021');
    expect(formatFrenchDate('2024-08-09')).toBe('9 août 2024');
  });
  it('returns what is not an ISO date unchanged', () => {
    expect(formatFrenchDate('01/12/2026')).toBe('01/12/2026');
    expect(formatFrenchDate('2026-13-01')).toBe('2026-13-01');
  });
});
