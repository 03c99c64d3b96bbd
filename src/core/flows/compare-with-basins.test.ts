import { describe, expect, it } from 'vitest';
import { compareWithBasins } from './compare-with-basins';

const population: Record<string, number> = { a: 100, b: 50, c: 200, d: 25, e: 400 };
const basins = [
  { id: 'a', name: 'Bassin de A', communes: ['a', 'c'], population: 300, li: 0.6 },
  { id: 'e', name: 'Bassin de E', communes: ['b', 'd', 'e'], population: 475, li: 0.8 },
];

describe('compareWithBasins', () => {
  it('splits the territory population over the basins, largest first', () => {
    const r = compareWithBasins(['a', 'b', 'd', 'x'], basins, (c) => population[c] ?? null);
    // Territory population 100 + 50 + 25 = 175 (x has none). Basin A: 100; basin E: 50 + 25 = 75.
    expect(r.rows.map((row) => [row.name, row.communeCount, row.population])).toEqual([
      ['Bassin de A', 1, 100],
      ['Bassin de E', 2, 75],
    ]);
    expect(r.rows[0]!.shareOfTerritory).toBeCloseTo(100 / 175, 12);
    expect(r.rows[0]!.shareOfBasin).toBeCloseTo(100 / 300, 12);
    expect(r.rows[1]!.shareOfTerritory).toBeCloseTo(75 / 175, 12);
    expect(r.rows[1]!.shareOfBasin).toBeCloseTo(75 / 475, 12);
    expect(r.rows[1]!.basinLi).toBe(0.8);
    expect(r.outside).toEqual(['x']);
  });
  it('gives no share when no commune of the territory has a population', () => {
    const r = compareWithBasins(['a'], basins, () => null);
    expect(r.rows[0]!.shareOfTerritory).toBeNull();
    expect(r.rows[0]!.population).toBe(0);
  });
});
