/**
 * Broken-file corpus, lines and quotes: a broken quote rejects its own line in every reader and
 * reading resumes at the next line; line numbers stay right across empty lines, mixed line ends
 * and the chunks of a streamed file; a line over 1 MiB is refused early. Expected values are
 * written by hand from the fixtures (test/fixtures/broken/README.md).
 */
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/core/types';
import { formatLineCounts } from '../../src/workers/import-report';
import { previewImportFile } from '../../src/workers/import-api';
import { importBroken, issueOf, rejectedLines } from './broken-files.helpers';

const counts = (r: {
  rowCount: number;
  keptCount: number;
  repairedCount: number;
  rejectedCount: number;
}) => [r.rowCount, r.keptCount, r.repairedCount, r.rejectedCount];

describe('a broken quote rejects its own line, reading resumes', () => {
  it('PMSI: unclosed quote on line 4 of 12 lines', async () => {
    const { report, chunks } = await importBroken('stray-quote-pmsi.csv');
    expect(counts(report)).toEqual([11, 10, 0, 1]);
    expect(formatLineCounts(report)).toBe('11 lues : 10 gardées, 1 rejetée');
    const broken = issueOf(report, 'broken-quote');
    expect(broken).toMatchObject({ severity: 'error', row: 4, column: 'finess' });
    expect(broken?.message).toContain('guillemet non fermé');
    expect(broken?.message).toContain('Fermez le guillemet ou retirez-le');
    const stays = chunks[0]?.rows as Dataset['stays'];
    // The lines after the broken one are all there: 120+35+8+40+22+9+14+5+17+11.
    expect(stays.reduce((s, r) => s + (r.stays ?? 0), 0)).toBe(281);
    expect(stays.map((s) => s.zoneCode)).not.toContain('50300');
  });

  it('population: unclosed quote in a commune name', async () => {
    const { report, chunks } = await importBroken('stray-quote-population.csv');
    expect(counts(report)).toEqual([6, 5, 0, 1]);
    expect(issueOf(report, 'broken-quote')).toMatchObject({ row: 3, column: 'COM' });
    const codes = (chunks[0]?.rows as Dataset['population']).map((p) => p.code);
    expect(codes).toEqual(['01001', '01005', '01006', '01007', '01008']);
  });

  it('FINESS with a header: unclosed quote in the raison sociale', async () => {
    const { report, chunks } = await importBroken('stray-quote-finess.csv');
    expect(counts(report)).toEqual([3, 2, 0, 1]);
    expect(issueOf(report, 'broken-quote')).toMatchObject({ row: 3, column: 'rs' });
    const ids = (chunks[0]?.rows as Dataset['establishments']).map((e) => e.finessEt);
    expect(ids).toEqual(['500000013', '500000229']);
  });

  it('official FINESS extraction (no quoting in the format): the quote is text, one line only', async () => {
    const { report, chunks } = await importBroken('stray-quote-finess-official.csv');
    expect(counts(report)).toEqual([2, 2, 0, 0]);
    const names = (chunks[0]?.rows as Dataset['establishments']).map((e) => e.finessEt);
    expect(names).toEqual(['010000024', '010000032']);
  });

  it('CPTS list: unclosed quote on line 5 (50602 is an old code of 50129: repaired)', async () => {
    const { report } = await importBroken('stray-quote-cpts.csv');
    expect(counts(report)).toEqual([6, 4, 1, 1]);
    expect(issueOf(report, 'broken-quote')).toMatchObject({ row: 5, column: 'Libellé commune' });
  });

  it('CPTS list: text after a closing quote is « mal fermé »', async () => {
    const { report } = await importBroken('malformed-quote-cpts.csv');
    expect(counts(report)).toEqual([3, 1, 1, 1]);
    const broken = issueOf(report, 'broken-quote');
    expect(broken).toMatchObject({ row: 3, column: 'Libellé commune' });
    expect(broken?.message).toContain('guillemet mal fermé');
  });

  it('a legitimate multi-line quoted field is one row, said with its lines; numbering holds', async () => {
    const { report, chunks } = await importBroken('multiline-field-cpts.csv');
    expect(counts(report)).toEqual([4, 2, 1, 1]);
    expect(issueOf(report, 'multiline-field')?.message).toContain('de la ligne 3 à la ligne 4');
    expect(rejectedLines(report)).toEqual([6]);
    const members = chunks[0]?.rows as Dataset['perimeters'];
    const saintLo = members.find((m) => m.communeCode === '50502');
    expect(saintLo?.perimeterName).toMatch(/^CPTS du Pays\s+de Saint-Lô$/);
  });

  it('a streamed file keeps each rejection at its file line across chunks', async () => {
    const lines = ['code_geo;finess;nb_sejours'];
    for (let i = 2; i <= 3000; i++) lines.push(`50${String(i % 900).padStart(3, '0')};500000013;1`);
    lines[3] = '50300;"500000013;1'; // line 4
    lines[2499] = '50400;500000013;"1'; // line 2500
    lines[2899] = '50500;5000;1'; // line 2900
    const bytes = new TextEncoder().encode(`${lines.join('\n')}\n`);
    const { report, chunks } = await importBroken('stray-quote-big.csv', {
      bytes,
      streamThresholdBytes: 0,
      chunkBytes: 8 * 1024,
    });
    expect(chunks.length).toBeGreaterThan(3);
    expect(counts(report)).toEqual([2999, 2996, 0, 3]);
    expect(rejectedLines(report)).toEqual([4, 2500, 2900]);
    const quotes = report.issues.filter((i) => i.code === 'broken-quote');
    expect(quotes.map((i) => i.message.split(' : ')[0])).toEqual([
      'stray-quote-big.csv, ligne 4, colonne finess',
      'stray-quote-big.csv, ligne 2500, colonne nb_sejours',
    ]);
    expect(chunks.reduce((n, c) => n + c.rows.length, 0)).toBe(2996);
  });
});

describe('line ends, separators and repeated headers', () => {
  it('empty lines are skipped and the line numbers stay those of the file', async () => {
    const { report } = await importBroken('empty-lines.csv');
    expect(counts(report)).toEqual([4, 3, 0, 1]);
    expect(issueOf(report, 'invalid-finess')).toMatchObject({ row: 8, column: 'finess' });
  });

  it('CRLF and LF mixed: the error is on line 6', async () => {
    const { report } = await importBroken('mixed-line-endings.csv');
    expect(counts(report)).toEqual([5, 4, 0, 1]);
    expect(issueOf(report, 'invalid-number')).toMatchObject({ row: 6, column: 'nb_sejours' });
  });

  it('CR-only line ends (old Mac) are read as lines', async () => {
    const { report } = await importBroken('cr-only-line-endings.csv');
    expect(report.kind).toBe('stays');
    expect(counts(report)).toEqual([3, 3, 0, 0]);
    expect(issueOf(report, 'cr-line-ends')).toBeDefined();
    expect(issueOf(report, 'unplaced-zone')?.message).toContain('5O100');
  });

  it('a line with another separator is rejected at its line, the others kept', async () => {
    const { report } = await importBroken('mixed-separators.csv');
    expect(report.separator).toBe(';');
    expect(counts(report)).toEqual([3, 2, 0, 1]);
    expect(issueOf(report, 'short-row')?.row).toBe(3);
    expect(issueOf(report, 'invalid-code')).toMatchObject({ row: 3, column: 'code_geo' });
  });

  it('a separator at the end of every line is not a column', async () => {
    const { report } = await importBroken('trailing-separators.csv');
    expect(counts(report)).toEqual([2, 2, 0, 0]);
    expect(report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('a header repeated mid-file (two exports pasted) is rejected at its line', async () => {
    const { report } = await importBroken('repeated-header.csv');
    expect(counts(report)).toEqual([4, 3, 0, 1]);
    expect(issueOf(report, 'invalid-code')).toMatchObject({ row: 4, column: 'code_geo' });
    expect(issueOf(report, 'invalid-code')?.message).toContain('« code_geo »');
  });
});

describe('a line over 1 MiB is refused early', () => {
  it('a 3 MB file without line break (read whole): refused, nothing handed over', async () => {
    const bytes = new Uint8Array(3 * 1024 * 1024).fill(0x61);
    const { report, chunks } = await importBroken('trois-mo.csv', { bytes });
    expect(report.kind).toBeNull();
    expect(issueOf(report, 'line-too-long')?.message).toContain('sans saut de ligne');
    expect(chunks).toEqual([]);
  });

  it('the preview of a 40 MB single line says so, not « fichier vide »', async () => {
    const blob = new Blob([new Uint8Array(40 * 1024 * 1024).fill(0x61)]);
    const preview = await previewImportFile({ name: 'une-ligne.csv', blob });
    expect(preview.report.issues.map((i) => i.code)).toContain('line-too-long');
    expect(preview.report.issues.map((i) => i.code)).not.toContain('empty-file');
  });

  it('a 1.5 MB line in a streamed file is rejected at its line, reading resumes', async () => {
    const head = 'code_geo;finess;nb_sejours\n50000;500000013;1\n50100;500000013;2\n';
    const long = `50200;500000013;${'9'.repeat(1.5 * 1024 * 1024)}\n`;
    const tail = '50300;500000013;3\n50400;5000;4\n';
    const bytes = new TextEncoder().encode(head + long + tail);
    const { report, chunks } = await importBroken('ligne-longue.csv', {
      bytes,
      streamThresholdBytes: 0,
      chunkBytes: 64 * 1024,
    });
    expect(counts(report)).toEqual([5, 3, 0, 2]);
    expect(issueOf(report, 'line-too-long')).toMatchObject({ row: 4, severity: 'error' });
    expect(issueOf(report, 'invalid-finess')?.row).toBe(6);
    expect(issueOf(report, 'no-data-rows')).toBeUndefined();
    const stays = chunks.flatMap((c) => c.rows as Dataset['stays']).map((s) => s.stays);
    expect(stays).toEqual([1, 2, 3]);
  });
});

describe('a line over 1 MiB among normal lines is rejected alone', () => {
  const header = 'code_geo;finess;nb_sejours\n';
  const long = `50200;500000013;${'9'.repeat(1.5 * 1024 * 1024)}\n`;

  it('in a file read whole: that line rejected, the others kept', async () => {
    const bytes = new TextEncoder().encode(
      `${header}50000;500000013;1\n${long}50300;500000013;3\n50400;5000;4\n`,
    );
    const { report, chunks } = await importBroken('ligne-longue-entiere.csv', { bytes });
    expect(report.kind).toBe('stays');
    expect(counts(report)).toEqual([4, 2, 0, 2]);
    expect(rejectedLines(report)).toEqual([3, 5]);
    const tooLong = issueOf(report, 'line-too-long');
    expect(tooLong).toMatchObject({ row: 3, severity: 'error', file: 'ligne-longue-entiere.csv' });
    expect(tooLong?.message).toContain('ligne-longue-entiere.csv, ligne 3 : ligne de 1,6 Mo');
    expect(tooLong?.message).toContain('la lecture reprend à la ligne suivante');
    expect(chunks.flatMap((c) => c.rows as Dataset['stays']).map((s) => s.stays)).toEqual([1, 3]);
  });

  it('in the preview of a 40 MB file: the head is previewed, that line rejected as by the import', async () => {
    const normal = new TextEncoder().encode('50100;500000013;2\n'.repeat(50_000)); // 900 000 bytes
    const parts: BlobPart[] = [header, '50000;500000013;1\n', long, normal];
    for (let i = 0; i < 42; i++) parts.push(normal);
    const blob = new Blob(parts);
    expect(blob.size).toBeGreaterThan(40e6);
    const preview = await previewImportFile({ name: 'gros-pmsi.csv', blob });
    expect(preview.partial).toBe(true);
    expect(preview.report.kind).toBe('stays');
    expect(preview.mapping).toMatchObject({ zone: 'code_geo', stays: 'nb_sejours' });
    const tooLong = preview.report.issues.filter((i) => i.code === 'line-too-long');
    expect(tooLong).toEqual([expect.objectContaining({ row: 3, severity: 'error' })]);
    expect(tooLong[0]?.message).toContain('gros-pmsi.csv, ligne 3 : ligne de 1,6 Mo');
    // Head = header + 2 lines + the lines of 18 bytes up to the last line end before 4 MiB.
    const headLines = Math.floor((4 * 1024 * 1024 - header.length - 18 - long.length) / 18);
    expect(preview.report.rowCount).toBe(2 + headLines);
    expect(preview.report.rejectedCount).toBe(1);
    expect(preview.report.keptCount + preview.report.repairedCount).toBe(1 + headLines);
  });

  it('a file whose first line is over 1 MiB (no line break) stays refused whole', async () => {
    const bytes = new TextEncoder().encode(`${'x'.repeat(1.5 * 1024 * 1024)}\n50000;500000013;1\n`);
    const { report, chunks } = await importBroken('en-tete-long.csv', { bytes });
    expect(report.kind).toBeNull();
    expect(issueOf(report, 'line-too-long')?.message).toContain('ligne 1 (en-tête)');
    expect(chunks).toEqual([]);
  });
});
