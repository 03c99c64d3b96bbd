import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FINESS_HEADER } from './write-finess';
import { RPPS_HEADER } from './write-rpps';
import { communesGeoJson, fileBytes, fileText, readDelimited } from './test-support';

// Reference headers from ../shared/data (read only when present; they are not in the repository).
const shared = resolve(__dirname, '../../../shared/data');
const sharedFile = (path: string): string | null =>
  existsSync(resolve(shared, path)) ? readFileSync(resolve(shared, path), 'utf8') : null;

const finessBytes = fileBytes('finess-etablissements-96-fictif.csv');
const finessText = new TextDecoder('windows-1252').decode(finessBytes);
const finess = readDelimited(finessText, ';');
const communeCodes = new Set(communesGeoJson().features.map((f) => f.properties.code));

describe('FINESS file (Windows-1252)', () => {
  it('is Windows-1252, not UTF-8: « é » is the single byte 0xE9', () => {
    expect(finessBytes.includes(0xe9)).toBe(true);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(finessBytes)).toThrow();
    expect(finessText).toContain('é');
  });

  it('has the etalab header with coordx;coordy', () => {
    expect(finess.header.join(';')).toBe(FINESS_HEADER);
    const ref = sharedFile('finess/formats/finess-etalab-headers.txt');
    if (ref) expect(ref.split(/\r?\n/)[1]).toBe(FINESS_HEADER);
  });

  it('lists 8–15 establishments of département 96 with FINESS-like identifiers', () => {
    expect(finess.rows.length).toBeGreaterThanOrEqual(8);
    expect(finess.rows.length).toBeLessThanOrEqual(15);
    const et = finess.rows.map((r) => r.nofinesset);
    expect(new Set(et).size).toBe(et.length);
    for (const r of finess.rows) {
      expect(r.nofinesset).toMatch(/^96\d{7}$/);
      expect(r.nofinessej).toMatch(/^96\d{7}$/);
      expect(r.departement).toBe('96');
      expect(r.libdepartement).toContain('(fictif)');
      expect(communeCodes.has(r.cog ?? '')).toBe(true);
      // Lambert 93 of the Bay of Biscay.
      expect(Number(r.coordx)).toBeGreaterThan(50_000);
      expect(Number(r.coordx)).toBeLessThan(300_000);
      expect(Number(r.coordy)).toBeGreaterThan(6_400_000);
      expect(Number(r.coordy)).toBeLessThan(6_700_000);
    }
    const categories = finess.rows.map((r) => r.categetab);
    expect(categories.filter((c) => c === '355').length).toBeGreaterThanOrEqual(1);
    expect(categories.filter((c) => c === '603').length).toBeGreaterThanOrEqual(2);
    expect(categories.filter((c) => c === '124').length).toBeGreaterThanOrEqual(1);
    expect(categories.filter((c) => c === '500').length).toBeGreaterThanOrEqual(2);
  });
});

describe('Annuaire Santé file (RPPS format)', () => {
  const text = fileText('PS_LibreAcces_Personne_activite_fictif.txt');
  const lines = text.split('\n').filter(Boolean);
  const { rows } = readDelimited(text, '|');

  it('has the exact official header, 52 columns plus a trailing |, on every line', () => {
    expect(lines[0]).toBe(RPPS_HEADER);
    const ref = sharedFile('rpps/formats/PS_LibreAcces_Personne_activite.header.txt');
    if (ref) expect(ref.replace(/\r?\n$/, '')).toBe(RPPS_HEADER);
    for (const line of lines) {
      expect(line.endsWith('|')).toBe(true);
      expect(line.split('|')).toHaveLength(53);
      expect(line.includes('"')).toBe(false);
    }
  });

  it('identifies people with 8 + 11 digits, one identity per person', () => {
    const identity = new Map<string, string>();
    for (const r of rows) {
      const id = r['Identification nationale PP'] ?? '';
      expect(id).toMatch(/^8\d{11}$/);
      expect(id).toBe(`8${r['Identifiant PP']}`);
      const who = `${r["Nom d'exercice"]} ${r["Prénom d'exercice"]} ${r['Code profession']}`;
      expect(identity.get(id) ?? who).toBe(who);
      identity.set(id, who);
      expect(communeCodes.has(r['Code commune (coord. structure)'] ?? '')).toBe(true);
      expect(r['Code postal (coord. structure)']).toMatch(/^96\d\d0$/);
      expect(['L', 'S']).toContain(r['Code mode exercice']);
      expect(['SA01', 'SA05', 'SA07', 'SA08']).toContain(r["Code secteur d'activité"]);
    }
  });

  it('has realistic densities per 10,000 inhabitants (people, not rows)', () => {
    const population = readDelimited(
      fileText('populations-legales-2021-96-fictif.csv'),
      ';',
    ).rows.reduce((s, r) => s + Number(r.PMUN), 0);
    const people = (test: (r: Record<string, string>) => boolean): number =>
      new Set(rows.filter(test).map((r) => r['Identification nationale PP'])).size;
    const density = (test: (r: Record<string, string>) => boolean): number =>
      (people(test) / population) * 1e4;
    const gp = (r: Record<string, string>): boolean =>
      ['SM53', 'SM54'].includes(r['Code savoir-faire'] ?? '');
    const profession = (code: string) => (r: Record<string, string>) =>
      r['Code profession'] === code;
    expect(density(gp)).toBeGreaterThan(7.5);
    expect(density(gp)).toBeLessThan(10);
    expect(density(profession('60'))).toBeGreaterThan(14);
    expect(density(profession('60'))).toBeLessThan(21);
    expect(density(profession('70'))).toBeGreaterThan(11);
    expect(density(profession('70'))).toBeLessThan(15);
    expect(density(profession('21'))).toBeGreaterThan(8.5);
    expect(density(profession('21'))).toBeLessThan(11.5);
    expect(density(profession('50'))).toBeGreaterThan(0.9);
    expect(density(profession('50'))).toBeLessThan(2.2);
    expect(density(profession('40'))).toBeGreaterThan(4.5);
    expect(density(profession('40'))).toBeLessThan(6.5);
    expect(people((r) => r['Code savoir-faire'] === 'SM04')).toBeGreaterThan(0);
    expect(rows.find((r) => r['Code profession'] === '70')?.['Libellé profession']).toBe(
      'Masseur-Kinésithérapeute',
    );
    expect(rows.find((r) => r['Code savoir-faire'] === 'SM54')?.['Libellé savoir-faire']).toBe(
      'Qualifié en Médecine Générale',
    );
  });

  it('gives about 8 % of GPs two activity rows, and fills the FINESS site in MSP and centres de santé', () => {
    const gpRows = rows.filter((r) => ['SM53', 'SM54'].includes(r['Code savoir-faire'] ?? ''));
    const perPerson = new Map<string, number>();
    for (const r of gpRows)
      perPerson.set(
        r['Identification nationale PP'] ?? '',
        (perPerson.get(r['Identification nationale PP'] ?? '') ?? 0) + 1,
      );
    const share = [...perPerson.values()].filter((n) => n === 2).length / perPerson.size;
    expect(share).toBeGreaterThan(0.05);
    expect(share).toBeLessThan(0.11);
    const structures = new Set(
      finess.rows
        .filter((r) => ['603', '124'].includes(r.categetab ?? ''))
        .map((r) => r.nofinesset),
    );
    const inStructures = rows.filter((r) => structures.has(r['Numéro FINESS site'] ?? ''));
    expect(inStructures.length).toBeGreaterThan(10);
    expect(
      rows
        .filter((r) => r["Code secteur d'activité"] === 'SA05')
        .every((r) => structures.has(r['Numéro FINESS site'] ?? '')),
    ).toBe(true);
  });

  it('leaves many small villages without any GP', () => {
    const withGp = new Set(
      rows
        .filter((r) => r['Code profession'] === '10')
        .map((r) => r['Code commune (coord. structure)']),
    );
    expect(communeCodes.size - withGp.size).toBeGreaterThan(communeCodes.size / 2);
  });
});
