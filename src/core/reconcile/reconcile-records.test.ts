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

describe('reconcileRecords: records standing for several lines (distinct codes read by DuckDB)', () => {
  const professionals = (codes: string[]) => ({
    kind: 'professionals' as const,
    rows: codes.map((communeCode) => ({ communeCode })),
  });

  it('counts each record as its number of lines, in counts and messages', () => {
    // 01340 on 120 lines, 99999 on 3: the same report as 123 records read one by one.
    const weights = [120, 3, 40];
    const byWeight = reconcileRecords(
      'ps.txt',
      professionals(['01340', '99999', '01015']),
      ref,
      new Set(),
      undefined,
      (i) => weights[i] ?? 1,
    );
    const lineByLine = reconcileRecords(
      'ps.txt',
      professionals([
        ...Array<string>(120).fill('01340'),
        ...Array<string>(3).fill('99999'),
        ...Array<string>(40).fill('01015'),
      ]),
      ref,
      new Set(),
    );
    expect(byWeight.issues).toEqual(lineByLine.issues);
    expect([byWeight.repairedCount, byWeight.unknownCount]).toEqual([120, 3]);
    expect(byWeight.issues.map((i) => [i.code, i.count])).toEqual([
      ['old-commune-code', 120],
      ['unknown-commune', 3],
    ]);
    expect(byWeight.issues[0]?.message).toContain(': 120 ligne(s) avec un code de commune');
  });
});
