import { describe, expect, it } from 'vitest';
import { decodeTextChunks } from './decode-text';
import { IssueLog } from './issues';
import { scanPlainLines } from './plain-lines';
import { issuesOf, windows1252 } from './test-helpers';

describe('scanPlainLines', () => {
  it('reads lines split across chunks, numbering from the header', () => {
    const seen: [string[], number][] = [];
    const scan = scanPlainLines(
      ['\uFEFFa|b|\n1|', '2|\r\n\n3|4|', '\n5|6|'],
      new IssueLog('PS.txt'),
      (headers) => {
        expect(headers).toEqual(['a', 'b']);
        return (cells, line) => seen.push([cells, line]);
      },
    );
    expect(scan).toEqual({ separator: '|', headers: ['a', 'b'], rowCount: 3 });
    expect(seen).toEqual([
      [['1', '2'], 2],
      [['3', '4'], 4],
      [['5', '6'], 5],
    ]);
  });

  it('stops when the header handler refuses the header', () => {
    const scan = scanPlainLines(['x|y|\n1|2|\n'], new IssueLog('PS.txt'), () => null);
    expect(scan.rowCount).toBe(0);
    expect(scan.headers).toEqual(['x', 'y']);
  });
});

describe('decodeTextChunks', () => {
  it('cuts chunks at line feeds and decodes each one', () => {
    const bytes = new TextEncoder().encode('tête|b|\nSaint-Lô|2|\nÉvreux|3|\n');
    const { chunks, encoding } = decodeTextChunks(bytes, 'PS.txt', 16);
    const parts = [...chunks];
    expect(encoding).toBe('utf-8');
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.endsWith('\n')).toBe(true);
    expect(parts.join('')).toBe('tête|b|\nSaint-Lô|2|\nÉvreux|3|\n');
  });

  it('reads a Windows-1252 file in chunks', () => {
    const { chunks, encoding } = decodeTextChunks(
      windows1252('a|\nSaint-Lô|\nl’Aigle|\n'),
      'PS.txt',
      16,
    );
    expect(encoding).toBe('windows-1252');
    expect([...chunks].join('')).toBe('a|\nSaint-Lô|\nl’Aigle|\n');
  });

  it('warns when a later chunk is not UTF-8', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('a|\nb|\n'),
      ...windows1252('Lô|\n'),
    ]);
    const decoded = decodeTextChunks(bytes, 'PS.txt', 4);
    expect([...decoded.chunks].join('')).toBe('a|\nb|\nLô|\n');
    expect(issuesOf(decoded.issues, 'mixed-encoding')).toHaveLength(1);
  });
});
