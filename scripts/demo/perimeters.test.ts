import { describe, expect, it } from 'vitest';
import { adjacency, communesGeoJson, fileText, isContiguous, readDelimited } from './test-support';

const fc = communesGeoJson();
const adj = adjacency(fc);
const table = readDelimited(fileText('cpts-perimetres-96-fictif.csv'), ';');
const members = new Map<string, string[]>();
for (const r of table.rows)
  members.set(r.CPTS ?? '', [...(members.get(r.CPTS ?? '') ?? []), r['Code INSEE'] ?? '']);

describe('CPTS perimeters (fictifs)', () => {
  it('use the ARS spreadsheet header and known communes', () => {
    expect(table.header).toEqual(['Département', 'Code INSEE', 'Libellé commune', 'CPTS']);
    const names = new Map(fc.features.map((f) => [f.properties.code, f.properties.nom]));
    for (const r of table.rows) {
      expect(r['Département']).toBe('96');
      expect(names.get(r['Code INSEE'] ?? '')).toBe(r['Libellé commune']);
    }
  });

  it('are 3 contiguous CPTS, each listing a commune once', () => {
    expect(members.size).toBe(3);
    for (const [name, codes] of members) {
      expect(name).toMatch(/^CPTS /);
      expect(new Set(codes).size).toBe(codes.length);
      expect(isContiguous(adj, codes), name).toBe(true);
    }
  });

  it('has two CPTS overlapping on 3–8 communes, and no other overlap', () => {
    const count = new Map<string, number>();
    for (const r of table.rows)
      count.set(r['Code INSEE'] ?? '', (count.get(r['Code INSEE'] ?? '') ?? 0) + 1);
    const shared = [...count].filter(([, n]) => n > 1);
    expect(shared.length).toBeGreaterThanOrEqual(3);
    expect(shared.length).toBeLessThanOrEqual(8);
    const pairs = new Set(
      shared.map(([code]) =>
        table.rows
          .filter((r) => r['Code INSEE'] === code)
          .map((r) => r.CPTS)
          .sort()
          .join(' + '),
      ),
    );
    expect(pairs.size).toBe(1);
    expect(shared.every(([, n]) => n === 2)).toBe(true);
  });

  it('leaves a sizeable contiguous white zone covered by no CPTS', () => {
    const covered = new Set(table.rows.map((r) => r['Code INSEE']));
    const white = fc.features.map((f) => f.properties.code).filter((c) => !covered.has(c));
    expect(white.length).toBeGreaterThanOrEqual(fc.features.length / 10);
  });
});
