import { describe, expect, it } from 'vitest';
import { reconcileRecords } from './reconcile-records';
import type { CommuneReferential } from './resolve-commune-code';

/** 01340 (Bugey) merged into 01015 (Arboys en Bugey), as in the COG passage table. */
const ref: CommuneReferential = {
  current: new Set(['01015']),
  passages: new Map([['01340', '01015']]),
  source: 'test',
};

describe('reconcileRecords: population of merged communes', () => {
  it('sums the records of one current commune per year, an unknown year being its own year', () => {
    const r = reconcileRecords(
      'pop.csv',
      {
        kind: 'population',
        rows: [
          { code: '01015', year: null, population: 600, ages: null },
          { code: '01340', year: null, population: 110, ages: null },
          { code: '01340', year: 2021, population: 112, ages: null },
        ],
      },
      ref,
      new Set(),
    );
    expect(r.rows).toEqual([
      { code: '01015', year: null, population: 710, ages: null },
      { code: '01015', year: 2021, population: 112, ages: null },
    ]);
  });
});
