import { describe, expect, it } from 'vitest';
import { findOverlongLines, isJsonBytes } from './line-length';

const enc = (s: string) => new TextEncoder().encode(s);

describe('findOverlongLines', () => {
  it('finds each line over the limit with its number and bounds', () => {
    const text = `a;b\n${'x'.repeat(10)}\nshort\n\n${'y'.repeat(7)}\nok`;
    expect(findOverlongLines(enc(text), 6)).toEqual([
      { line: 2, start: 4, end: 14 },
      { line: 5, start: 22, end: 29 },
    ]);
  });

  it('a last line without LF and a file of one line', () => {
    expect(findOverlongLines(enc('a\nbbbbbbbb'), 4)).toEqual([{ line: 2, start: 2, end: 10 }]);
    expect(findOverlongLines(enc('c'.repeat(9)), 4, 1)).toEqual([{ line: 1, start: 0, end: 9 }]);
  });

  it('lines at the limit pass; CR-only line ends are line ends', () => {
    expect(findOverlongLines(enc('abcd\nefgh\nijkl'), 4)).toEqual([]);
    expect(findOverlongLines(enc('abcd\refgh\rijkl'), 4)).toEqual([]);
  });

  it('agrees with a line-by-line count on many short and long lines', () => {
    const lines = Array.from({ length: 500 }, (_, i) => 'z'.repeat((i * 37) % 23));
    const found = findOverlongLines(enc(lines.join('\n')), 15).map((o) => o.line);
    const expected = lines.flatMap((l, i) => (l.length > 15 ? [i + 1] : []));
    expect(found).toEqual(expected);
  });
});

it('isJsonBytes: JSON after a BOM or spaces, not CSV', () => {
  expect(isJsonBytes(enc('\uFEFF  {"type":"FeatureCollection"}'))).toBe(true);
  expect(isJsonBytes(enc('[1]'))).toBe(true);
  expect(isJsonBytes(enc('code;nom'))).toBe(false);
});
