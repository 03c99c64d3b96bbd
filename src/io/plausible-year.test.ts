import { describe, expect, it } from 'vitest';
import { yearFromFileName } from './file-name-year';
import { isPlausibleYear, yearOfInseePrefix } from './plausible-year';
import { findDatedPopulationColumns, yearOfColumnName } from './population-columns';

const now = new Date('2026-12-01T00:00:00Z');

describe('plausible years', () => {
  it('1960 to next year', () => {
    expect([1959, 1960, 2021, 2027, 2028].map((y) => isPlausibleYear(y, now))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
    expect(isPlausibleYear(2021.5, now)).toBe(false);
  });

  it('INSEE prefixes: P = 20YY from the 2006 census, D = 19YY for the 1968–1999 censuses', () => {
    expect(yearOfInseePrefix('P', '21', now)).toBe(2021);
    expect(yearOfInseePrefix('P', '06', now)).toBe(2006);
    expect(yearOfInseePrefix('D', '99', now)).toBe(1999);
    expect(yearOfInseePrefix('D', '68', now)).toBe(1968);
    // P99 is no INSEE name: neither 2099 nor 1999.
    expect(yearOfInseePrefix('P', '99', now)).toBeNull();
    expect(yearOfInseePrefix('P', '28', now)).toBeNull();
    expect(yearOfInseePrefix('P', '05', now)).toBeNull();
    expect(yearOfInseePrefix('D', '21', now)).toBeNull();
  });

  it('column names: P99_POP and population_2099 carry no year; D99_POP is 1999', () => {
    expect(yearOfColumnName('P99_POP', now)).toBeNull();
    expect(yearOfColumnName('population_2099', now)).toBeNull();
    expect(yearOfColumnName('D99_POP', now)).toBe(1999);
    expect(yearOfColumnName('P21_POP', now)).toBe(2021);
    expect(yearOfColumnName('PMUN2027', now)).toBe(2027);
  });

  it('a population_2099 column is not taken as the latest census', () => {
    const cols = findDatedPopulationColumns(['codgeo', 'population_2099', 'population_2021']);
    expect(cols.map((c) => c.name)).toEqual(['population_2021']);
  });

  it('file names: a 2099 token is no year of data', () => {
    expect(yearFromFileName('pmsi-2099.csv', now)).toBeNull();
    expect(yearFromFileName('pmsi-2027.csv', now)).toBe(2027);
  });
});
