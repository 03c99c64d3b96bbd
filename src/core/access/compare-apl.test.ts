import { describe, expect, it } from 'vitest';
import { compareWithApl } from './compare-apl';
import type { AplRecord } from './types';

const apl = (code: string, v: number | null): AplRecord => ({
  code,
  apl: v,
  apl65: null,
  apl62: null,
  apl60: null,
  standardisedPopulation: null,
  population: null,
});

describe('compareWithApl', () => {
  it('pairs communes, correlates and lists the largest differences', () => {
    const r = compareWithApl(
      ['a', 'b', 'c', 'd'],
      [1, 2, 3, 9],
      [apl('a', 2), apl('b', 4), apl('c', 6), apl('d', null)],
    );
    // Ours = DREES / 2 on a, b, c: perfectly correlated.
    expect(r.correlation).toBeCloseTo(1, 12);
    expect(r.missingInApl).toBe(1);
    expect(r.largest.map((p) => [p.code, p.difference])).toEqual([
      ['c', -3],
      ['b', -2],
      ['a', -1],
    ]);
  });
});
