import { describe, expect, it } from 'vitest';
import { apportion } from './population';
import { fileText, readDelimited } from './test-support';

const legal = readDelimited(fileText('populations-legales-2021-96-fictif.csv'), ';');
const ages = readDelimited(fileText('base-cc-evol-struct-pop-2021-96-fictif.csv'), ';');
const pops = legal.rows.map((r) => Number(r.PMUN));
const BANDS = ['0014', '1529', '3044', '4559', '6074', '7589', '90P'].map((b) => `P21_POP${b}`);

describe('populations légales (fictives)', () => {
  it('uses the INSEE header and codes DEP + CODCOM', () => {
    expect(legal.header).toEqual([
      'REG',
      'DEP',
      'CODCOM',
      'COM',
      'Commune',
      'PMUN',
      'PCAP',
      'PTOT',
    ]);
    for (const r of legal.rows) {
      expect(r.DEP).toBe('96');
      expect(r.CODCOM).toMatch(/^\d{3}$/);
      expect(r.COM).toBe(`${r.DEP}${r.CODCOM}`);
      expect(Number(r.PTOT)).toBe(Number(r.PMUN) + Number(r.PCAP));
    }
  });

  it('totals 250,000–400,000 inhabitants', () => {
    const total = pops.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(250_000);
    expect(total).toBeLessThanOrEqual(400_000);
  });

  it('has a realistic skew: one main town, a few towns, some bourgs, many villages', () => {
    const count = (min: number, max: number): number =>
      pops.filter((p) => p >= min && p < max).length;
    expect(count(35_000, 40_001)).toBe(1);
    expect(count(10_000, 25_001)).toBeGreaterThanOrEqual(3);
    expect(count(10_000, 25_001)).toBeLessThanOrEqual(5);
    expect(count(25_001, 35_000)).toBe(0);
    expect(count(2_000, 8_001)).toBeGreaterThanOrEqual(5);
    expect(count(8_001, 10_000)).toBe(0);
    expect(count(100, 2_000)).toBeGreaterThanOrEqual(250);
    expect(Math.min(...pops)).toBeGreaterThan(0);
  });
});

describe('structure par âge (fictive)', () => {
  it('uses the INSEE columns, and the bands sum to the population', () => {
    expect(ages.header).toEqual(['CODGEO', 'P21_POP', ...BANDS]);
    const pmun = new Map(legal.rows.map((r) => [`${r.DEP}${r.CODCOM}`, Number(r.PMUN)]));
    expect(ages.rows).toHaveLength(legal.rows.length);
    for (const r of ages.rows) {
      const sum = BANDS.reduce((s, b) => s + Number(r[b]), 0);
      expect(sum, r.CODGEO).toBe(Number(r.P21_POP));
      expect(Number(r.P21_POP)).toBe(pmun.get(r.CODGEO ?? ''));
    }
  });

  it('is older in villages than in towns', () => {
    const share60 = (rows: typeof ages.rows): number => {
      const old = rows.reduce(
        (s, r) => s + Number(r.P21_POP6074) + Number(r.P21_POP7589) + Number(r.P21_POP90P),
        0,
      );
      return old / rows.reduce((s, r) => s + Number(r.P21_POP), 0);
    };
    const towns = ages.rows.filter((r) => Number(r.P21_POP) >= 10_000);
    const villages = ages.rows.filter((r) => Number(r.P21_POP) < 1_000);
    expect(share60(villages)).toBeGreaterThan(share60(towns) + 0.05);
  });
});

describe('apportion', () => {
  it('splits a total into integers that sum to it', () => {
    expect(apportion(10, [0.5, 0.3, 0.2])).toEqual([5, 3, 2]);
    expect(apportion(7, [1, 1, 1]).reduce((a, b) => a + b, 0)).toBe(7);
    expect(apportion(1, [1, 1])).toEqual([1, 0]);
  });
});
