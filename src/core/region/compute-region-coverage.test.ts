import { describe, expect, it } from 'vitest';
import { computeRegionCoverage } from './compute-region-coverage';

describe('computeRegionCoverage', () => {
  it('gives a null population to a class whose communes all lack one, never 0', () => {
    const population: Record<string, number | null> = { a: null, b: 100, c: 50, d: null };
    const count: Record<string, number> = { a: 0, b: 1, c: 2, d: 2 };
    const c = computeRegionCoverage(
      ['a', 'b', 'c', 'd'],
      (code) => count[code]!,
      (code) => population[code]!,
    );
    expect(c.none).toEqual({ communes: 1, population: null, communesWithoutPopulation: 1 });
    expect(c.one).toEqual({ communes: 1, population: 100, communesWithoutPopulation: 0 });
    // c has 50 inhabitants, d is unknown: 50 known, 1 commune apart.
    expect(c.twoOrMore).toEqual({ communes: 2, population: 50, communesWithoutPopulation: 1 });
    expect(c.totalPopulation).toBe(100 + 50);
    expect(c.totalWithoutPopulation).toBe(2);
  });

  it('has no total population when none is loaded', () => {
    const c = computeRegionCoverage(
      ['a'],
      () => 1,
      () => null,
    );
    expect(c.totalPopulation).toBeNull();
    expect(c.none).toEqual({ communes: 0, population: 0, communesWithoutPopulation: 0 });
  });
});
