import { describe, expect, it } from 'vitest';
import { buildPmsiZones } from './pmsi-zones';
import {
  adjacency,
  communesGeoJson,
  fileText,
  isContiguous,
  populationByCode,
  readDelimited,
} from './test-support';

const fc = communesGeoJson();
const pop = populationByCode();
const table = readDelimited(fileText('pmsi-codes-geo-96-fictif.csv'), ';');
const adj = adjacency(fc);

/** Population by postal code, splitting a commune evenly between its codes (enough for the rule). */
function postalPopulations(): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of fc.features) {
    const codes = f.properties.codes_postaux.split(';');
    for (const c of codes)
      out.set(c, (out.get(c) ?? 0) + (pop.get(f.properties.code) ?? 0) / codes.length);
  }
  return out;
}

describe('postal codes', () => {
  it('are 96xx0 strings; the main town has two; small communes share theirs', () => {
    const main = fc.features.find((f) => f.properties.nom === 'Bourg-Fictif');
    expect(main?.properties.codes_postaux.split(';')).toHaveLength(2);
    const communesPerCode = new Map<string, number>();
    for (const f of fc.features) {
      for (const c of f.properties.codes_postaux.split(';')) {
        expect(c).toMatch(/^96\d\d0$/);
        communesPerCode.set(c, (communesPerCode.get(c) ?? 0) + 1);
      }
    }
    expect([...communesPerCode.values()].filter((n) => n >= 3).length).toBeGreaterThan(10);
  });
});

describe('EPCI', () => {
  it('are 3–6 contiguous groups with SIREN-like codes', () => {
    const groups = new Map<string, string[]>();
    for (const f of fc.features)
      groups.set(f.properties.epci, [...(groups.get(f.properties.epci) ?? []), f.properties.code]);
    expect(groups.size).toBeGreaterThanOrEqual(3);
    expect(groups.size).toBeLessThanOrEqual(6);
    for (const [siren, codes] of groups) {
      expect(siren).toMatch(/^2\d{8}$/);
      expect(isContiguous(adj, codes), siren).toBe(true);
    }
  });
});

describe('PMSI geographic codes (ATIH rule)', () => {
  it('uses the table header and covers every postal code exactly once', () => {
    expect(table.header).toEqual(['code_geo', 'code_postal', 'libelle']);
    const postal = [...postalPopulations().keys()].sort();
    const listed = table.rows.map((r) => r.code_postal as string);
    expect([...listed].sort()).toEqual(postal);
  });

  it('keeps postal codes of ≥ 1,000 inhabitants and merges the others into 96Cnn codes of ≥ 1,000', () => {
    const pc = postalPopulations();
    const zones = new Map<string, string[]>();
    for (const r of table.rows)
      zones.set(r.code_geo as string, [
        ...(zones.get(r.code_geo as string) ?? []),
        r.code_postal as string,
      ]);
    let merged = 0;
    for (const [zone, codes] of zones) {
      const total = codes.reduce((s, c) => s + (pc.get(c) ?? 0), 0);
      if (/^96C\d\d$/.test(zone)) {
        merged += 1;
        expect(total, zone).toBeGreaterThanOrEqual(1000);
        expect(codes.length).toBeGreaterThanOrEqual(2);
      } else {
        expect(codes).toEqual([zone]);
        expect(total, zone).toBeGreaterThanOrEqual(1000);
      }
    }
    expect(merged).toBeGreaterThanOrEqual(1);
  });
});

describe('buildPmsiZones', () => {
  const pc = (code: string, population: number, x: number) => ({
    code,
    hub: 0,
    communes: [],
    population,
    centroid: { x, y: 0 },
  });

  it('merges the nearest small codes and numbers groups by their first postal code', () => {
    const zones = buildPmsiZones([
      pc('96100', 5000, 0),
      pc('96200', 400, 10),
      pc('96300', 700, 12),
      pc('96400', 300, 50),
      pc('96500', 800, 52),
    ]);
    expect(zones.map((z) => [z.code, z.postalCodes])).toEqual([
      ['96100', ['96100']],
      ['96C01', ['96200', '96300']],
      ['96C02', ['96400', '96500']],
    ]);
  });

  it('falls back to a big code when a lone small code cannot reach 1,000', () => {
    const zones = buildPmsiZones([pc('96100', 5000, 0), pc('96200', 400, 10)]);
    expect(zones.map((z) => [z.code, z.postalCodes])).toEqual([['96C01', ['96100', '96200']]]);
  });
});
