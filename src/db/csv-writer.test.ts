import { describe, expect, it } from 'vitest';
import { toCsvChunks, toCsvField } from './csv-writer';

describe('toCsvField', () => {
  it('quotes separators, quotes and newlines (RFC 4180)', () => {
    expect(toCsvField('a,b')).toBe('"a,b"');
    expect(toCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(toCsvField('a\nb')).toBe('"a\nb"');
    expect(toCsvField('a\rb')).toBe('"a\rb"');
    expect(toCsvField('01001')).toBe('01001');
  });

  it('writes null as an empty field and "" as a quoted empty string', () => {
    expect(toCsvField(null)).toBe('');
    expect(toCsvField(undefined)).toBe('');
    expect(toCsvField('')).toBe('""');
  });

  it('writes numbers and booleans, non-finite numbers as null', () => {
    expect(toCsvField(0.1)).toBe('0.1');
    expect(toCsvField(Number.NaN)).toBe('');
    expect(toCsvField(Infinity)).toBe('');
    expect(toCsvField(true)).toBe('true');
  });
});

describe('toCsvChunks', () => {
  it('writes a header and one line per row', () => {
    const [chunk, ...rest] = toCsvChunks(
      ['code', 'name'],
      [
        ['01001', 'Ambérieux, "Dombes"'],
        ['01002', null],
      ],
    );
    expect(rest).toEqual([]);
    expect(chunk).toEqual({
      text: 'code,name\n01001,"Ambérieux, ""Dombes"""\n01002,\n',
      rowCount: 2,
      maxLineBytes: 87,
    });
  });

  it('splits long outputs into chunks that each start with the header', () => {
    const rows = Array.from({ length: 10 }, (_, i) => [`0100${i}`]);
    const chunks = toCsvChunks(['code'], rows, 20);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((c) => c.text.startsWith('code\n'))).toBe(true);
    expect(chunks.reduce((n, c) => n + c.rowCount, 0)).toBe(10);
  });

  it('returns the header alone for no rows', () => {
    expect(toCsvChunks(['a', 'b'], [])).toEqual([{ text: 'a,b\n', rowCount: 0, maxLineBytes: 9 }]);
  });

  it('counts UTF-8 bytes exactly on long lines', () => {
    const [chunk] = toCsvChunks(['x'], [['é'.repeat(2000)]]);
    expect(chunk?.maxLineBytes).toBe(4000);
  });
});
