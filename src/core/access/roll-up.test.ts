import { describe, expect, it } from 'vitest';
import { rollUpAccess } from './roll-up';

describe('rollUpAccess', () => {
  const input = {
    codes: ['a', 'b', 'c'],
    scores: [2, 4, 3],
    population: [100, 300, 600],
    standardisedPopulation: [100, 300, 400],
  };

  it('weights by standardised population and counts the population below the threshold', () => {
    const r = rollUpAccess(input, new Set(['a', 'b']), 2.5);
    // (2·100 + 4·300) / 400 = 3.5; a (100 inhabitants) is below 2.5 → 100 / 400 = 25 %.
    expect(r.weightedScore).toBe(3.5);
    expect(r.populationBelow).toBe(100);
    expect(r.shareBelow).toBe(0.25);
    expect(r.communeCount).toBe(2);
  });

  it('rolls up every commune without members, with deciles', () => {
    const r = rollUpAccess(input, null, 2.5);
    expect(r.weightedScore).toBeCloseTo((200 + 1200 + 1200) / 800, 12);
    expect(r.deciles).toHaveLength(9);
    expect(r.deciles[4]).toBe(3);
  });
});
