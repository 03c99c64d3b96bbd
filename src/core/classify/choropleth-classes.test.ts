import { describe, expect, it } from 'vitest';
import { classValues, type ClassOptions } from './choropleth-classes';
import { formatRange } from './format-range';

const grey = (n: number) => Array.from({ length: n }, (_, i) => `#${i}${i}${i}`);
const options = (over: Partial<ClassOptions> = {}): ClassOptions => ({
  method: 'quantile',
  classes: 5,
  colours: grey,
  zeroClass: { label: 'Aucun (0)', colour: '#fff' },
  digits: 1,
  ...over,
});

describe('classValues', () => {
  it('puts the zeros of a count in their own class, never with small positive values', () => {
    // 60 communes without GP, 40 with 1 to 40 GP per 10 000.
    const values = [...Array<number>(60).fill(0), ...Array.from({ length: 40 }, (_, i) => i + 1)];
    const c = classValues(values, options({ classes: 4 }));
    expect(c.entries[0]).toEqual({ colour: '#fff', label: 'Aucun (0)', count: 60 });
    // Quantiles of the 40 positive values 1..40 (R type 7): 10.75, 20.5, 30.25.
    expect(c.breaks).toEqual([1, 10.75, 20.5, 30.25, 40]);
    expect(c.entries.slice(1).map((e) => e.count)).toEqual([10, 10, 10, 10]);
    expect(c.colourOf(0)).toBe('#fff');
    expect(c.colourOf(10.2)).toBe('#000');
    expect(c.colourOf(null)).toBeNull();
    expect(c.notes).toEqual([]);
  });

  it('says when tied values merged quantile breaks, naming the tie', () => {
    // Without a zero class: 60 zeros out of 100 take the first three quintile edges.
    const values = [...Array<number>(60).fill(0), ...Array.from({ length: 40 }, (_, i) => i + 1)];
    const c = classValues(values, options({ zeroClass: null }));
    // Quintiles (R type 7, h = 99p on the sorted values): p20 → 0, p40 → 0, p60 → 0 + 0.4 × 1 = 0.4,
    // p80 → 20 + 0.2 × 1 = 20.2; the two edges at 0 merge, leaving 3 classes.
    [0, 0.4, 20.2, 40].forEach((edge, i) => expect(c.breaks[i]).toBeCloseTo(edge, 9));
    expect(c.entries.map((e) => e.count)).toEqual([60, 20, 20]);
    expect(c.notes).toHaveLength(1);
    expect(c.notes[0]).toMatch(/^3 classes au lieu de 5 \(quantiles\)/);
    expect(c.notes[0]).toMatch(/60 communes sur 100 ont la même valeur \(0\)/);
    const total = c.entries.reduce((s, e) => s + e.count, 0);
    expect(total).toBe(100);
  });

  it('counts missing values apart and never classes them', () => {
    const c = classValues([1, 2, null, undefined, Number.NaN, 3], options({ zeroClass: null }));
    expect(c.missing).toBe(3);
    expect(c.entries.reduce((s, e) => s + e.count, 0)).toBe(3);
  });

  it('keeps the maximum as its own class and notes too few distinct values', () => {
    const c = classValues([1, 2, 1, 2], options({ zeroClass: null, method: 'jenks', classes: 4 }));
    expect(c.breaks).toEqual([1, 2, 2]);
    expect(c.entries.map((e) => [e.label, e.count])).toEqual([
      ['1 – 2', 2],
      ['2', 2],
    ]);
    expect(c.notes).toEqual([
      "2 classes au lieu de 4 (seuils naturels) : les données n'ont que 2 valeurs distinctes.",
    ]);
  });
});

describe('formatRange', () => {
  it('writes French numbers, a true minus sign and « à » between negatives', () => {
    expect(formatRange(0, 10.94, 1)).toBe('0 – 10,9');
    expect(formatRange(-0.41, -0.21, 2)).toBe('\u22120,41 à \u22120,21');
    expect(formatRange(1234, 5678.4, 0)).toBe('1\u202f234 – 5\u202f678');
    expect(formatRange(3, 3, 0)).toBe('3');
  });
});
