import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectKind } from './detect-kind';
import { parseApl } from './parse-apl';
import { parseDataFile } from './parse-data-file';
import { issuesOf } from './test-helpers';

// Fictitious APL file (département 96 does not exist): header on line 9 as in the DREES workbook.
const FIXTURE = path.resolve(import.meta.dirname, '../../test/fixtures/access/apl-fictif-96.csv');
const text = fs.readFileSync(FIXTURE, 'utf8');

describe('parseApl', () => {
  it('finds the header on line 9 and reads French decimals and the age variants', () => {
    const r = parseApl(text, { file: 'apl-fictif-96.csv' });
    expect(r.headerLine).toBe(9);
    expect(r.rows[0]).toEqual({
      code: '96001',
      apl: 3.2,
      apl65: 2.9,
      apl62: 2.7,
      apl60: 2.5,
      standardisedPopulation: 1245.6,
      population: 1201,
    });
  });

  it('reads masked values as null with a warning, repairs a lost zero, rejects a bad code', () => {
    const r = parseApl(text, { file: 'apl-fictif-96.csv' });
    expect(r.rows.find((x) => x.code === '96004')?.apl).toBeNull();
    expect(issuesOf(r.issues, 'missing-value')[0]?.message).toMatch(/jamais 0/);
    expect(r.rows.map((x) => x.code)).toEqual(['96001', '96002', '96003', '96004', '09605']);
    const bad = issuesOf(r.issues, 'invalid-code')[0];
    expect(bad?.row).toBe(15);
    expect(bad?.column).toBe('Code commune INSEE');
  });

  it('is detected and parsed by parseDataFile', () => {
    expect(detectKind('apl.csv', text).kind).toBe('apl');
    const parsed = parseDataFile('apl-fictif-96.csv', new TextEncoder().encode(text));
    expect(parsed.kind).toBe('apl');
    expect(parsed.rows).toHaveLength(5);
  });

  it('names the missing APL column', () => {
    const r = parseApl('Code commune INSEE;Population totale\n96001;1', { file: 'x.csv' });
    expect(r.rows).toEqual([]);
    expect(issuesOf(r.issues, 'missing-column')[0]?.message).toMatch(
      /« APL aux médecins généralistes » introuvable/,
    );
  });
});
