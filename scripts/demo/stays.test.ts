import { describe, expect, it } from 'vitest';
import { fileBytes, fileText, populationByCode, readDelimited } from './test-support';

const stays = readDelimited(fileText('pmsi-sejours-2023-96-fictif.csv'), ';');
const zones = readDelimited(fileText('pmsi-codes-geo-96-fictif.csv'), ';');
const finess = readDelimited(
  new TextDecoder('windows-1252').decode(fileBytes('finess-etablissements-96-fictif.csv')),
  ';',
);
const MASKED = '1 à 10';

describe('PMSI stays (fictifs)', () => {
  it('uses the long format with year 2023 and field MCO', () => {
    expect(stays.header).toEqual(['code_geo', 'finess', 'nb_sejours', 'annee', 'champ']);
    for (const r of stays.rows) {
      expect(r.annee).toBe('2023');
      expect(r.champ).toBe('MCO');
      expect(r.nb_sejours === MASKED || /^[1-9]\d*$/.test(r.nb_sejours ?? '')).toBe(true);
      if (r.nb_sejours !== MASKED) expect(Number(r.nb_sejours)).toBeGreaterThan(10);
    }
  });

  it('has one row per zone and FINESS, no zero cell, and some masked cells', () => {
    const keys = stays.rows.map((r) => `${r.code_geo};${r.finess}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(stays.rows.some((r) => r.nb_sejours === '0')).toBe(false);
    const masked = stays.rows.filter((r) => r.nb_sejours === MASKED).length;
    expect(masked).toBeGreaterThanOrEqual(10);
    expect(masked).toBeLessThan(stays.rows.length / 2);
  });

  it('uses only PMSI codes of the correspondence table', () => {
    const known = new Set(zones.rows.map((r) => r.code_geo));
    for (const r of stays.rows) expect(known.has(r.code_geo)).toBe(true);
    // Every zone has residents hospitalised somewhere.
    expect(new Set(stays.rows.map((r) => r.code_geo))).toEqual(known);
  });

  it('has 0.2–0.35 stays per inhabitant, counting masked cells as 5', () => {
    const total = stays.rows.reduce(
      (s, r) => s + (r.nb_sejours === MASKED ? 5 : Number(r.nb_sejours)),
      0,
    );
    const population = [...populationByCode().values()].reduce((a, b) => a + b, 0);
    expect(total / population).toBeGreaterThan(0.2);
    expect(total / population).toBeLessThan(0.35);
  });

  it('reports public hospitals under their EJ and clinics under their ET', () => {
    const reported = new Set(stays.rows.map((r) => r.finess));
    const hospitals = finess.rows.filter((r) => ['355', '106'].includes(r.categetab ?? ''));
    const clinics = finess.rows.filter((r) => ['128', '129', '365'].includes(r.categetab ?? ''));
    expect(hospitals.length).toBeGreaterThanOrEqual(3);
    expect(clinics.length).toBeGreaterThanOrEqual(2);
    for (const h of hospitals) {
      expect(h.nofinessej).not.toBe(h.nofinesset);
      expect(reported.has(h.nofinessej)).toBe(true);
      expect(reported.has(h.nofinesset)).toBe(false);
    }
    for (const c of clinics) expect(reported.has(c.nofinesset)).toBe(true);
    const known = new Set([
      ...hospitals.map((h) => h.nofinessej),
      ...clinics.map((c) => c.nofinesset),
    ]);
    for (const f of reported) expect(known.has(f)).toBe(true);
  });

  it('sends the most stays to the biggest hospital (Huff: attractiveness = beds)', () => {
    const byFiness = new Map<string, number>();
    for (const r of stays.rows) {
      const n = r.nb_sejours === MASKED ? 5 : Number(r.nb_sejours);
      byFiness.set(r.finess ?? '', (byFiness.get(r.finess ?? '') ?? 0) + n);
    }
    const top = [...byFiness].sort((a, b) => b[1] - a[1])[0]?.[0];
    const main = finess.rows.find((r) => r.rs === 'CH BOURG-FICTIF');
    expect(top).toBe(main?.nofinessej);
  });
});
