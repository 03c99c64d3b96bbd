import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { describeShared, sharedPath } from '../../../test/support/shared-data';

const BIN = path.resolve(import.meta.dirname, '../../../bin/perimetre.mjs');

/** Runs `perimetre inspect FILE --json` in a child process; returns the parsed JSON and exit code. */
function inspect(file: string): { json: Record<string, unknown>; code: number } {
  try {
    const out = execFileSync('node', [BIN, 'inspect', file, '--json'], { encoding: 'utf8' });
    return { json: JSON.parse(out) as Record<string, unknown>, code: 0 };
  } catch (e) {
    const err = e as { stdout: string; status: number };
    return { json: JSON.parse(err.stdout) as Record<string, unknown>, code: err.status };
  }
}

it('inspects a PMSI extract: mapping, masked, repaired and rejected rows', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inspect-'));
  const file = path.join(dir, 'pmsi.csv');
  fs.writeFileSync(
    file,
    'codeGeo;FINESS;nb_sej\n50C02;500000013;<11\n50100;50000013;4\n50100;500000013;x\n',
  );
  const { json, code } = inspect(file);
  expect(code).toBe(0);
  expect(json).toMatchObject({
    kind: 'stays',
    encoding: 'utf-8',
    separator: ';',
    rows: 3,
    accepted: 2,
    repaired: 1,
    rejected: 1,
  });
  expect(json.mapping).toMatchObject({ zone: 'codeGeo', finess: 'FINESS', stays: 'nb_sej' });
  const issues = json.issues as { code: string; row?: number; column?: string }[];
  expect(issues.find((i) => i.code === 'invalid-number')).toMatchObject({
    row: 4,
    column: 'nb_sej',
  });
  expect(issues.some((i) => i.code === 'masked-value')).toBe(true);
  fs.rmSync(dir, { recursive: true });
});

it('writes the rejected lines as the Import tab’s CSV with --rejets', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inspect-'));
  const file = path.join(dir, 'pmsi.csv');
  fs.writeFileSync(file, 'codeGeo;FINESS;nb_sej\n50100;500000013;4\n50100;500000013;x\n');
  const out = path.join(dir, 'rejets.csv');
  const text = execFileSync('node', [BIN, 'inspect', file, '--rejets', out], { encoding: 'utf8' });
  expect(text).toContain(`Lignes rejetées : 1 écrite(s) dans ${out}`);
  const csv = fs.readFileSync(out, 'utf8');
  // BOM, `;`, CRLF; one row: file, line 3 of the file, column, code, message.
  expect(csv.startsWith('\uFEFFfichier;ligne;colonne;motif;message\r\n')).toBe(true);
  const rows = csv.slice(1).trimEnd().split('\r\n');
  expect(rows).toHaveLength(2);
  expect(rows[1]!.split(';').slice(0, 4)).toEqual(['pmsi.csv', '3', 'nb_sej', 'invalid-number']);
  fs.rmSync(dir, { recursive: true });
});

describeShared('perimetre inspect on the real files of ../shared/data', () => {
  it('Manche contours: 445 communes (SOURCES.md 1.2)', () => {
    const { json, code } = inspect(sharedPath('geo', 'communes-cog2026', 'communes-50.geojson'));
    expect(code).toBe(0);
    expect(json).toMatchObject({ kind: 'communes', rows: 445, accepted: 445, rejected: 0 });
  });

  it('Ain contours: 391 communes', () => {
    const { json } = inspect(sharedPath('geo', 'communes-cog2026', 'communes-01.geojson'));
    expect(json).toMatchObject({ kind: 'communes', rows: 391, accepted: 391, rejected: 0 });
  });

  it('populations: 34 969 communes, 6 without population rejected and listed (SOURCES.md 2.1)', () => {
    const { json } = inspect(sharedPath('population', 'communes-france-cog2026.csv'));
    expect(json).toMatchObject({
      kind: 'population',
      encoding: 'utf-8',
      rows: 34969,
      accepted: 34963,
      rejected: 6,
    });
    const rejected = (json.issues as { severity: string; row?: number }[]).filter(
      (i) => i.severity === 'error' && (i.row ?? 0) > 1,
    );
    expect(rejected).toHaveLength(6);
  });

  it('the 2018 contours: old communes dissolved onto the current COG', () => {
    const { json } = inspect(
      sharedPath('geo', 'france-geojson-2018', 'communes', 'communes-50-manche.geojson'),
    );
    // 476 contours of 2018 -> the 445 communes of the COG 2026 (SOURCES.md), 31 merged away.
    expect(json).toMatchObject({ kind: 'communes', rows: 476, accepted: 445, repaired: 31 });
    const merged = (json.issues as { code: string; message: string }[]).find(
      (i) => i.code === 'old-contours-dissolved',
    );
    expect(merged?.message).toMatch(/50206 → 50597/);
  });
});

it('a stray quote: the line is rejected and the counts say so (« 11 lues : 10 gardées, 1 rejetée »)', () => {
  const file = path.resolve(
    import.meta.dirname,
    '../../../test/fixtures/broken/stray-quote-pmsi.csv',
  );
  const text = execFileSync('node', [BIN, 'inspect', file], { encoding: 'utf8' });
  expect(text).toContain('Lignes      : 11 lues : 10 gardées, 1 rejetée');
  expect(text).toMatch(/ligne 4, colonne finess : guillemet non fermé/);
  const { json, code } = inspect(file);
  expect(code).toBe(0);
  expect(json).toMatchObject({ rows: 11, kept: 10, repaired: 0, rejected: 1 });
});

it('a file without line break is refused at once, exit code 1', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inspect-'));
  const file = path.join(dir, 'une-ligne.csv');
  fs.writeFileSync(file, 'a'.repeat(40 * 1024 * 1024));
  const { json, code } = inspect(file);
  expect(code).toBe(1);
  const issues = json.issues as { code: string }[];
  expect(issues.map((i) => i.code)).toContain('line-too-long');
});
