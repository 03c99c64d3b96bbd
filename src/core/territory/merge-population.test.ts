import { describe, expect, it } from 'vitest';
import { mergePopulationRecords } from './merge-population';

const ages = { '0014': 10, '1529': 10, '3044': 10, '4559': 10, '6074': 5, '75P': 5 };

describe('mergePopulationRecords', () => {
  it('keeps the PMUN of populations légales and the ages of the structure file, in either order', () => {
    const legal = [{ code: '01001', year: 2021, population: 52, ages: null }];
    const structure = [{ code: '01001', year: 2021, population: 50, ages }];
    for (const files of [
      [legal, structure],
      [structure, legal],
    ]) {
      expect(mergePopulationRecords(files)).toEqual([
        { code: '01001', year: 2021, population: 52, ages },
      ]);
    }
  });

  it('keeps communes present in one file only', () => {
    const merged = mergePopulationRecords([
      [{ code: '96002', year: 2020, population: 7, ages: null }],
      [],
    ]);
    expect(merged.map((r) => r.code)).toEqual(['96002']);
  });

  it('keeps the unknown year of a populations légales file next to a dated age file', () => {
    const legal = [{ code: '96001', year: null, population: 328, ages: null }];
    const structure = [{ code: '96001', year: 2021, population: 330, ages }];
    for (const files of [
      [legal, structure],
      [structure, legal],
    ]) {
      expect(mergePopulationRecords(files)).toEqual([
        { code: '96001', year: null, population: 328, ages },
      ]);
    }
  });

  it('keeps the latest known year among records of one kind, a known year over an unknown one', () => {
    const older = [{ code: '01001', year: 2015, population: 767, ages: null }];
    const latest = [{ code: '01001', year: 2021, population: 832, ages: null }];
    const unknown = [{ code: '01001', year: null, population: 900, ages: null }];
    for (const files of [
      [older, latest, unknown],
      [unknown, latest, older],
      [latest, unknown, older],
    ]) {
      expect(mergePopulationRecords(files)).toEqual([
        { code: '01001', year: 2021, population: 832, ages: null },
      ]);
    }
    expect(mergePopulationRecords([unknown])).toEqual([
      { code: '01001', year: null, population: 900, ages: null },
    ]);
  });
});
