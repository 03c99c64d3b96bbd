import { describe, expect, it } from 'vitest';
import { yearFromFileName } from './file-name-year';

describe('yearFromFileName', () => {
  it('finds a year written as its own token of the name', () => {
    expect(yearFromFileName('pmsi-sejours-2023-96-fictif.csv')).toBe(2023);
    expect(yearFromFileName('sejours_2019.csv')).toBe(2019);
    expect(yearFromFileName('extrait (2022).csv')).toBe(2022);
  });

  it('ignores a year glued to letters or digits (a COG year) and the folders', () => {
    expect(yearFromFileName('communes-france-cog2026.csv')).toBeNull();
    expect(yearFromFileName('pmsi-x20231.csv')).toBeNull();
    expect(yearFromFileName('data/2019/pop.csv')).toBeNull();
    expect(yearFromFileName('ensemble.csv')).toBeNull();
  });
});
