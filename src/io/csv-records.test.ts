import { describe, expect, it } from 'vitest';
import { MAX_QUOTED_FIELD_LINES, splitCsvRecords } from './csv-records';

describe('splitCsvRecords', () => {
  it('reads quoted fields, doubled quotes and separators inside quotes', () => {
    const r = splitCsvRecords('a;b\n"x;y";"il dit ""oui"""\n', ';');
    expect(r.cells).toEqual([
      ['a', 'b'],
      ['x;y', 'il dit "oui"'],
    ]);
    expect(r.lines).toEqual([1, 2]);
    expect(r.broken).toEqual([]);
  });

  it('a quote inside an unquoted field is an ordinary character', () => {
    expect(splitCsvRecords('a;b\n12"3;x\n', ';').cells[1]).toEqual(['12"3', 'x']);
  });

  it('an unclosed quote rejects its own line and reading resumes at the next one', () => {
    const lines = ['code;finess;n', '1;"2;3', ...Array.from({ length: 20 }, (_, i) => `${i};x;1`)];
    const r = splitCsvRecords(lines.join('\n'), ';');
    expect(r.broken).toEqual([{ line: 2, field: 1, kind: 'unclosed' }]);
    expect(r.cells).toHaveLength(21);
    expect(r.lines.slice(0, 3)).toEqual([1, 3, 4]);
    expect(r.lines.at(-1)).toBe(22);
  });

  it('a quote closed on a later line by text is malformed: only the opening line is lost', () => {
    const r = splitCsvRecords('a;b\n1;"x\n2;y"z\n3;w\n', ';');
    expect(r.broken).toEqual([{ line: 2, field: 1, kind: 'malformed' }]);
    // Line 3 holds a quote inside an unquoted field: an ordinary character.
    expect(r.cells.slice(1)).toEqual([
      ['2', 'y"z'],
      ['3', 'w'],
    ]);
    expect(r.lines).toEqual([1, 3, 4]);
  });

  it('a multi-line quoted field within the limits is one record, reported with its lines', () => {
    const r = splitCsvRecords('a;b\n1;"rue\nde la Gare"\n2;y\n', ';');
    expect(r.cells[1]).toEqual(['1', 'rue\nde la Gare']);
    expect(r.lines).toEqual([1, 2, 4]);
    expect(r.multiline).toEqual([{ line: 2, endLine: 3 }]);
  });

  it(`a quoted field over ${MAX_QUOTED_FIELD_LINES} lines counts as unclosed`, () => {
    const body = Array.from({ length: MAX_QUOTED_FIELD_LINES + 1 }, (_, i) => `l${i}`).join('\n');
    const r = splitCsvRecords(`a;b\n1;"${body}"\n`, ';');
    expect(r.broken).toEqual([{ line: 2, field: 1, kind: 'unclosed' }]);
    // Reading resumed on line 3 (« l1 »): nothing after the opening line is swallowed.
    expect(r.lines[1]).toBe(3);
    expect(r.cells[1]).toEqual(['l1']);
  });

  it('keeps line numbers with CRLF, CR and blank lines, and skips blank records', () => {
    const r = splitCsvRecords('a;b\r\n\r\n1;"x\r2;y\n;\n3;z', ';');
    expect(r.broken).toEqual([{ line: 3, field: 1, kind: 'unclosed' }]);
    expect(r.lines).toEqual([1, 4, 6]);
    expect(r.cells.at(-1)).toEqual(['3', 'z']);
  });

  it('keeps an empty last field (trailing separator) and spaces after a closing quote', () => {
    const r = splitCsvRecords('a|b|\n"x" |y|\n', '|');
    expect(r.cells).toEqual([
      ['a', 'b', ''],
      ['x', 'y', ''],
    ]);
  });
});
