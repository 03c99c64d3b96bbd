import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeShared, sharedPath } from '../../test/support/shared-data';
import { countTerritoryPeople } from './annuaire-count';
import { readRealCommunes, writeRealAnnuaire, type RealCommune } from './annuaire-real-format';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'annuaire-bench-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describeShared('Annuaire Santé généré au format réel (banc CLI)', () => {
  const header = fs
    .readFileSync(sharedPath('rpps/formats/PS_LibreAcces_Personne_activite.header.txt'), 'utf8')
    .split('\n')[0]!;
  const communes = ['50', '14'].flatMap((d) =>
    readRealCommunes([sharedPath(`geo/communes-cog2026/communes-${d}.geojson`)]),
  );
  const byCode = new Map<string, RealCommune>(communes.map((c) => [c.code, c]));
  const file = path.join(dir, 'a.txt');
  const gen = writeRealAnnuaire(file, header, communes, 20_000, 7);
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const rows = lines.slice(1, -1).map((l) => l.split('|'));
  const col = (name: string) => header.split('|').indexOf(name);

  it('writes the exact header, then the requested rows of 52 values and a trailing |', () => {
    expect(lines[0]).toBe(header);
    expect(lines.at(-1)).toBe('');
    expect(rows).toHaveLength(20_000);
    expect(gen.rows).toBe(20_000);
    expect(rows.every((r) => r.length === 53 && r[52] === '')).toBe(true);
    expect(lines.some((l) => l.includes('"'))).toBe(false);
  });

  it('uses real communes with one of their own postal codes, ~3 % rows without commune', () => {
    const located = rows.filter((r) => r[col('Code commune (coord. structure)')] !== '');
    for (const r of located) {
      const c = byCode.get(r[col('Code commune (coord. structure)')]!);
      expect(c?.postalCodes).toContain(r[col('Code postal (coord. structure)')]);
    }
    const share = (rows.length - located.length) / rows.length;
    expect(share).toBeGreaterThan(0.02);
    expect(share).toBeLessThan(0.04);
    expect(gen.rowsWithoutCommune).toBe(rows.length - located.length);
  });

  it('puts ~8 % of doctors on two places and GPs under SM54 « Médecine Générale »', () => {
    const doctors = rows.filter((r) => r[col('Code profession')] === '10');
    const ids = new Set(doctors.map((r) => r[col('Identification nationale PP')]));
    const share = (doctors.length - ids.size) / ids.size;
    expect(share).toBeGreaterThan(0.06);
    expect(share).toBeLessThan(0.1);
    expect(new Set(rows.map((r) => r[col('Code profession')]))).toEqual(
      new Set(['10', '21', '40', '50', '60', '70']),
    );
    const gp = doctors.filter((r) => r[col('Code savoir-faire')] === 'SM54');
    expect(gp.length / doctors.length).toBeGreaterThan(0.3);
    expect(gp.every((r) => r[col('Libellé savoir-faire')] === 'Médecine Générale')).toBe(true);
  });

  it('gives the same bytes for the same seed', () => {
    const again = path.join(dir, 'b.txt');
    writeRealAnnuaire(again, header, communes, 20_000, 7);
    expect(fs.readFileSync(again).equals(fs.readFileSync(file))).toBe(true);
  });
});

it('counts distinct people per group among the rows of the territory', async () => {
  const file = path.join(dir, 'count.txt');
  const h =
    'Identification nationale PP|Code profession|Code savoir-faire|Libellé savoir-faire|Code commune (coord. structure)|';
  fs.writeFileSync(
    file,
    [
      h,
      '81|10|SM54|Médecine Générale|50025|',
      '81|10|SM54|Médecine Générale|50041|', // second place, same person
      '82|10||Qualifié en médecine générale|50025|', // GP by label
      '83|10|SM04|Cardiologie|50025|',
      '84|60|||14118|', // outside the territory
      '85|60||||', // no commune
      '86|70|||50041|',
      '',
    ].join('\n'),
  );
  const r = await countTerritoryPeople(file, new Set(['50025', '50041']));
  expect(r.rows).toBe(7);
  expect(r.rowsInTerritory).toBe(5);
  expect(r.people).toEqual({
    gp: 2,
    doctors: 3,
    pharmacists: 0,
    dentists: 0,
    midwives: 0,
    nurses: 0,
    physios: 1,
  });
});
