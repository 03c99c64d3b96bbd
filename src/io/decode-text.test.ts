import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';
import { issuesOf, windows1252 } from './test-helpers';

describe('decodeText', () => {
  it('decodes valid UTF-8 and says so', () => {
    const r = decodeText(new TextEncoder().encode('Saint-Lô'), 'a.csv');
    expect(r.text).toBe('Saint-Lô');
    expect(r.encoding).toBe('utf-8');
    expect(issuesOf(r.issues, 'encoding')[0]?.severity).toBe('info');
  });

  it('strips the UTF-8 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('code;nom')]);
    expect(decodeText(bytes, 'a.csv').text).toBe('code;nom');
  });

  it('falls back to windows-1252: « Saint-Lô » from byte 0xF4', () => {
    const r = decodeText(
      new Uint8Array([0x53, 0x61, 0x69, 0x6e, 0x74, 0x2d, 0x4c, 0xf4]),
      'finess.csv',
    );
    expect(r.text).toBe('Saint-Lô');
    expect(r.encoding).toBe('windows-1252');
    expect(issuesOf(r.issues, 'encoding')[0]?.message).toContain('windows-1252');
  });

  it('maps bytes 0x80–0x9F the Windows-1252 way in Node too (€, ’, œ)', () => {
    expect(decodeText(windows1252('l’œuvre 5 €'), 'a.csv').text).toBe('l’œuvre 5 €');
  });

  it('decodes UTF-16LE with a BOM (Excel « Texte Unicode »)', () => {
    const body = [...'Lô'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]);
    const r = decodeText(new Uint8Array([0xff, 0xfe, ...body]), 'a.txt');
    expect(r.text).toBe('Lô');
    expect(r.encoding).toBe('utf-16le');
  });

  it('rejects an Excel workbook with a fix', () => {
    const r = decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'cpts.xlsx');
    expect(r.binary).toBe(true);
    expect(r.issues[0]?.severity).toBe('error');
    expect(r.issues[0]?.message).toContain('CSV');
  });

  it('rejects binary content (NUL bytes, control characters)', () => {
    expect(decodeText(new Uint8Array([0x41, 0x00, 0x42]), 'a.bin').binary).toBe(true);
    const noisy = new Uint8Array(200).map((_, i) => (i % 10 === 0 ? 0x01 : 0x41));
    expect(decodeText(noisy, 'a.bin').issues[0]?.code).toBe('binary-file');
  });

  it('warns about text already mis-decoded (« Saint-LÃ´ »)', () => {
    const r = decodeText(new TextEncoder().encode('Saint-LÃ´'), 'a.csv');
    expect(issuesOf(r.issues, 'mojibake')).toHaveLength(1);
  });
});
