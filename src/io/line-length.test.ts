import { describe, expect, it } from 'vitest';
import {
  findOverlongLines,
  isJsonBytes,
  MAX_LINE_BYTES,
  screenOverlongLines,
  withoutLines,
} from './line-length';

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

describe('screenOverlongLines', () => {
  const big = (text: string) => enc(text.replace('LONG', 'L'.repeat(MAX_LINE_BYTES + 10)));

  it('a long data line: the line to reject alone, with its number', () => {
    const r = screenOverlongLines('f.csv', big('a;b\n1;2\nLONG\n3;4\n'));
    expect(r).toEqual({ lines: [{ line: 3, start: 8, end: 8 + MAX_LINE_BYTES + 10 }] });
  });

  it('a long first line (no line break): the whole file refused', () => {
    const r = screenOverlongLines('f.csv', big('LONG\n1;2\n'));
    expect(r && 'refusal' in r ? r.refusal : null).toMatchObject({
      code: 'line-too-long',
      row: 1,
      severity: 'error',
    });
  });

  it('JSON and short files are not screened', () => {
    expect(screenOverlongLines('f.geojson', big('{"a":"LONG"}'))).toBeNull();
    expect(screenOverlongLines('f.csv', enc('a;b\n1;2\n'))).toBeNull();
  });
});

it('withoutLines empties the lines but keeps their line feeds', () => {
  const bytes = enc('a\nxxxxxx\nb\nyyyyy');
  expect(new TextDecoder().decode(withoutLines(bytes, findOverlongLines(bytes, 4)))).toBe(
    'a\n\nb\n',
  );
});
