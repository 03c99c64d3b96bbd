/**
 * Broken-file corpus, values and encodings: implausible populations, codes mangled by a
 * spreadsheet, Corsica written 20, masked small counts, unknown PMSI zones, FINESS Lambert 93
 * coordinates with decimal commas, UTF-16 and UTF-8 with BOM, names that look like formulas.
 * Expected values are written by hand from the fixtures.
 */
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../src/core/export/csv';
import type { Dataset } from '../../src/core/types';
import { importBroken, issueOf, rejectedLines } from './broken-files.helpers';

const counts = (r: {
  rowCount: number;
  keptCount: number;
  repairedCount: number;
  rejectedCount: number;
}) => [r.rowCount, r.keptCount, r.repairedCount, r.rejectedCount];

describe('populations and codes', () => {
  it('too large, negative and decimal populations rejected; « 1.234 » read 1 234 with a warning', async () => {
    const { report, chunks } = await importBroken('population-implausible.csv');
    expect(counts(report)).toEqual([5, 2, 0, 3]);
    const errors = report.issues.filter((i) => i.code === 'invalid-number');
    expect(errors.map((i) => [i.row, i.column])).toEqual([
      [3, 'P21_POP'],
      [4, 'P21_POP'],
      [5, 'P21_POP'],
    ]);
    expect(errors[0]?.message).toContain('invraisemblable');
    expect(errors[1]?.message).toContain('négative');
    expect(errors[2]?.message).toContain('décimale');
    expect(issueOf(report, 'ambiguous-number')).toMatchObject({ severity: 'warning', row: 6 });
    const pop = chunks[0]?.rows as Dataset['population'];
    expect(pop.map((p) => [p.code, p.population])).toEqual([
      ['01001', 832],
      ['01006', 1234],
    ]);
  });

  it('Excel-mangled codes: 1001 padded (repaired), 2.1E+04 rejected', async () => {
    const { report, chunks } = await importBroken('excel-mangled-codes.csv');
    expect(counts(report)).toEqual([3, 1, 1, 1]);
    expect(issueOf(report, 'invalid-code')).toMatchObject({ row: 3, column: 'CODGEO' });
    expect(issueOf(report, 'invalid-code')?.message).toContain('« 2.1E+04 »');
    const codes = (chunks[0]?.rows as Dataset['population']).map((p) => p.code);
    expect(codes).toEqual(['01001', '01004']);
  });

  it('Corsica written with 20: 20004 mapped to 2A004 and said', async () => {
    const { report, chunks } = await importBroken('corse-20.csv');
    expect(counts(report)).toEqual([2, 1, 1, 0]);
    expect(issueOf(report, 'old-commune-code')?.message).toContain('20004 → 2A004');
    const codes = (chunks[0]?.rows as Dataset['population']).map((p) => p.code);
    expect(codes.sort()).toEqual(['2A004', '2B033']);
  });
});

describe('PMSI values', () => {
  it('masked small counts (« < 5 », « <5 », NS, *) are null with one counted warning', async () => {
    const { report, chunks } = await importBroken('masked-small-counts.csv');
    expect(counts(report)).toEqual([5, 5, 0, 0]);
    const stays = (chunks[0]?.rows as Dataset['stays']).map((s) => s.stays);
    expect(stays).toEqual([null, null, null, null, 8]);
    expect(issueOf(report, 'masked-value')?.message).toContain('4 valeur(s) masquée(s)');
  });

  it('unknown geographic codes are kept and named with their stays, never dropped', async () => {
    const { report, chunks } = await importBroken('pmsi-unknown-zones.csv');
    expect(counts(report)).toEqual([4, 4, 0, 0]);
    expect(chunks[0]?.rows).toHaveLength(4);
    expect(issueOf(report, 'unplaced-zone')?.message).toContain('(7 séjours)');
    expect(issueOf(report, 'unplaced-zone')?.message).toContain('50Z99');
  });
});

describe('FINESS and encodings', () => {
  it('FINESS Lambert 93 coordinates with decimal commas are reprojected near Saint-Lô', async () => {
    const { report, chunks } = await importBroken('finess-lambert-decimal-comma.csv');
    expect(counts(report)).toEqual([1, 1, 0, 0]);
    const [e] = chunks[0]?.rows as Dataset['establishments'];
    // Lambert 93 (401567.3, 6890123.8): 298.4 km west of the 3° E meridian at 49.1° N, where a
    // degree of longitude is 111.32 × cos 49.1° = 72.9 km: 3 − 4.09 ≈ 1.09° W (Saint-Lô area).
    // Latitude: (6890123.8 − 6600000) / 111.2 km = 2.61° above 46.5° N on the meridian, less the
    // curve of the cone there, ρ (1 − cos nΔλ) ≈ 5538 km × (1 − cos 3.09°) ≈ 8 km ≈ 0.07°: 49.04° N.
    expect(e?.lon).toBeCloseTo(-1.09, 1);
    expect(e?.lat).toBeCloseTo(49.04, 1);
  });

  it('UTF-16 LE with BOM (Excel « Texte Unicode », tabs) is decoded', async () => {
    const { report, chunks } = await importBroken('utf16-population.csv');
    expect(report).toMatchObject({ encoding: 'utf-16le', separator: '\t' });
    expect(counts(report)).toEqual([2, 2, 0, 0]);
    const pop = chunks[0]?.rows as Dataset['population'];
    expect(pop.map((p) => [p.code, p.population]).sort()).toEqual([
      ['50129', 76579],
      ['50502', 19181],
    ]);
  });

  it('UTF-8 BOM and CRLF (Excel « CSV UTF-8 »): the BOM is not part of the first header', async () => {
    const { report, chunks } = await importBroken('utf8-bom-crlf.csv');
    expect(report.kind).toBe('perimeters');
    expect(counts(report)).toEqual([1, 1, 0, 0]);
    expect(chunks[0]?.rows).toEqual([
      { perimeterName: 'CPTS du Pays Saint-Lô', communeCode: '50502' },
    ]);
  });

  it('names that look like formulas are read as text and neutralised in CSV exports', async () => {
    const { report, chunks } = await importBroken('csv-injection-cpts.csv');
    expect(counts(report)).toEqual([4, 4, 0, 0]);
    expect(rejectedLines(report)).toEqual([]);
    const names = (chunks[0]?.rows as Dataset['perimeters']).map((m) => m.perimeterName);
    expect(names).toEqual([
      '=HYPERLINK("http://exemple.invalid")',
      '+33 CPTS',
      '-CPTS Sud Manche',
      '@SUM(1+1)',
    ]);
    for (const name of names) expect(csvCell(name)).toMatch(/^"?'/);
  });
});
