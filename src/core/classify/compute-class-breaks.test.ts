import { describe, expect, it } from 'vitest';
import { classIndexOf, computeClassBreaks } from './compute-class-breaks';

describe('computeClassBreaks', () => {
  it('finds the natural gaps with jenks', () => {
    expect(computeClassBreaks([1, 2, 3, 10, 11, 12, 30, 31], 'jenks', 3).breaks).toEqual([
      1, 10, 30, 31,
    ]);
  });

  it('puts equal counts in quantile classes', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    const { breaks } = computeClassBreaks(values, 'quantile', 4);
    expect(breaks).toHaveLength(5);
    const counts = [0, 0, 0, 0];
    for (const v of values) counts[classIndexOf(v, breaks)]! += 1;
    expect(counts).toEqual([25, 25, 25, 25]);
  });

  it('makes equal intervals', () => {
    expect(computeClassBreaks([0, 5, 10], 'equal', 5).breaks).toEqual([0, 2, 4, 6, 8, 10]);
  });

  it('ignores nulls and NaN and reports how many values were classified', () => {
    const result = computeClassBreaks([null, 1, NaN, 2, undefined, 3], 'quantile', 2);
    expect(result.count).toBe(3);
    expect(result.breaks[0]).toBe(1);
    expect(result.breaks.at(-1)).toBe(3);
  });

  it('returns fewer classes than asked when values are few', () => {
    expect(computeClassBreaks([4, 4, 4], 'jenks', 5).breaks).toEqual([4, 4]);
    expect(computeClassBreaks([], 'quantile', 5).breaks).toEqual([]);
  });
});

describe('classIndexOf', () => {
  it('closes the last class and returns -1 for missing values', () => {
    expect(classIndexOf(10, [0, 5, 10])).toBe(1);
    expect(classIndexOf(0, [0, 5, 10])).toBe(0);
    expect(classIndexOf(5, [0, 5, 10])).toBe(1);
    expect(classIndexOf(null, [0, 5, 10])).toBe(-1);
  });
});
