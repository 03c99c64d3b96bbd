import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('csvCell', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('+33 2 33')).toBe("'+33 2 33");
    expect(csvCell('-Clinique')).toBe("'-Clinique");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
  });

  it('leaves plain numbers, names and empty cells alone', () => {
    expect(csvCell('-12.5')).toBe('-12.5');
    expect(csvCell('-0,41')).toBe('-0,41');
    expect(csvCell(42)).toBe('42');
    expect(csvCell('Saint-Lô')).toBe('Saint-Lô');
    expect(csvCell(null)).toBe('');
  });

  it('quotes separators, quotes and line breaks', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('dit "le Bourg"')).toBe('"dit ""le Bourg"""');
    expect(csvCell('a\nb')).toBe('"a\nb"');
  });
});

describe('toCsv', () => {
  it('writes a BOM, semicolons and CRLF line ends', () => {
    expect(
      toCsv([
        ['code', 'nom'],
        ['50502', '=Saint-Lô'],
      ]),
    ).toBe("\uFEFFcode;nom\r\n50502;'=Saint-Lô\r\n");
  });
});
