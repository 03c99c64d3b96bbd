import { area } from '@turf/turf';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { square } from '../territory/test-grid';
import type { Commune } from '../types';
import { reconcileContours } from './reconcile-contours';
import type { CommuneReferential } from './resolve-commune-code';

const commune = (code: string, geometry: Polygon, extra: Partial<Commune> = {}): Commune => ({
  code,
  name: `Commune ${code}`,
  dep: code.slice(0, 2),
  epci: null,
  epciName: null,
  postalCodes: [],
  population: 100,
  geometry,
  ...extra,
});

const ref: CommuneReferential = {
  current: new Set(['50001', '50002', '50003', '75056']),
  passages: new Map([
    ['50010', '50001'],
    ['50011', '50003'],
    ['50012', '50003'],
  ]),
  source: 'table de test',
};

describe('reconcileContours', () => {
  it('dissolves an old commune onto the current one: one ring, no shared border left', () => {
    const current = commune('50001', square(0, 0, 1), { postalCodes: ['50100'], population: 300 });
    const old = commune('50010', square(1, 0, 1), { postalCodes: ['50110'], population: 50 });
    const other = commune('50002', square(0, 1, 1));
    const r = reconcileContours('c.geojson', [current, old, other], ref);
    expect(r.rows.map((c) => c.code)).toEqual(['50001', '50002']);
    const merged = r.rows[0] as Commune;
    expect(merged.geometry.type).toBe('Polygon');
    expect(merged.geometry.coordinates).toHaveLength(1);
    const xs = (merged.geometry as Polygon).coordinates[0]!.map((p) => p[0]);
    expect([Math.min(...(xs as number[])), Math.max(...(xs as number[]))]).toEqual([0, 2]);
    expect(area(merged.geometry)).toBeCloseTo(area(square(0, 0, 1)) + area(square(1, 0, 1)), 0);
    expect(merged).toMatchObject({
      name: 'Commune 50001',
      dep: '50',
      postalCodes: ['50100', '50110'],
      population: 350,
    });
    // Current communes that absorb nothing pass through untouched.
    expect(r.rows[1]).toBe(other);
    expect(r.issues).toEqual([
      expect.objectContaining({ severity: 'info', code: 'old-contours-dissolved', count: 2 }),
    ]);
    expect(r.issues[0]?.message).toContain('50010 → 50001 (avec 50001)');
  });

  it('fills the hole of a current commune around its absorbed enclave', () => {
    const ring = square(0, 0, 3);
    ring.coordinates.push([
      [1, 1],
      [1, 2],
      [2, 2],
      [2, 1],
      [1, 1],
    ]);
    const r = reconcileContours(
      'c.geojson',
      [commune('50001', ring), commune('50010', square(1, 1, 1))],
      ref,
    );
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]?.geometry.coordinates).toHaveLength(1); // outer ring only: the hole is gone
    expect(area(r.rows[0]!.geometry)).toBeCloseTo(area(square(0, 0, 3)), 0);
  });

  it('names a commune without current contour after the first merged one, and says so', () => {
    const r = reconcileContours(
      'c.geojson',
      [
        commune('50011', square(0, 0, 1), { name: 'Ancienne A' }),
        commune('50012', square(1, 0, 1), { name: 'Ancienne B', population: null }),
      ],
      ref,
    );
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]).toMatchObject({ code: '50003', name: 'Ancienne A', population: null });
    expect(r.issues[0]?.message).toContain('50011 + 50012 → 50003');
    expect(r.issues[0]?.message).toContain('50003 « Ancienne A »');
  });

  it('dissolves arrondissements municipaux onto their commune', () => {
    const r = reconcileContours(
      'c.geojson',
      [commune('75101', square(0, 0, 1)), commune('75102', square(1, 0, 1))],
      ref,
    );
    expect(r.rows.map((c) => [c.code, c.dep, c.population])).toEqual([['75056', '75', 200]]);
  });

  it('keeps and reports codes that map to no current commune', () => {
    const unknown = commune('50999', square(5, 5, 1));
    const r = reconcileContours('c.geojson', [commune('50001', square(0, 0, 1)), unknown], ref);
    expect(r.rows[1]).toBe(unknown);
    expect(r.issues).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'unknown-contour-code', count: 1 }),
    ]);
    expect(r.issues[0]?.message).toContain('50999 « Commune 50999 »');
  });

  it('returns a file of current communes, or of no COG commune at all, unchanged and silent', () => {
    const current = [commune('50001', square(0, 0, 1)), commune('50002', square(1, 0, 1))];
    expect(reconcileContours('c.geojson', current, ref)).toEqual({ rows: current, issues: [] });
    const fictitious = [commune('96001', square(0, 0, 1)), commune('96002', square(1, 0, 1))];
    expect(reconcileContours('demo.geojson', fictitious, ref)).toEqual({
      rows: fictitious,
      issues: [],
    });
  });
});
