import { describe, expect, it } from 'vitest';
import { square } from '../core/territory/test-grid';
import type { Establishment } from '../core/types';
import { locateEstablishments } from './locate-establishments';

const communes = [
  { code: '96001', geometry: square(0, 0, 1) },
  { code: '96002', geometry: square(1, 0, 1) },
];

const etab = (
  finessEt: string,
  communeCode: string,
  lon: number | null,
  lat: number | null,
): Establishment => ({
  finessEt,
  finessEj: '',
  name: `Site ${finessEt}`,
  communeCode,
  categoryCode: '',
  categoryLabel: 'Centre Hospitalier (C.H.)',
  lon,
  lat,
});

describe('locateEstablishments', () => {
  it('gives establishments without commune code the commune containing their point', () => {
    const rows = [etab('960000001', '', 0.5, 0.5), etab('960000002', '  ', 1.5, 0.5)];
    const r = locateEstablishments('h.geojson', rows, communes);
    expect(r.rows.map((e) => e.communeCode)).toEqual(['96001', '96002']);
    expect(r.located).toBe(2);
    expect(r.issues).toEqual([
      expect.objectContaining({ severity: 'info', code: 'located-by-position', file: 'h.geojson' }),
    ]);
    expect(r.issues[0]?.message).toContain('2 établissement(s)');
    // The input is not mutated.
    expect(rows[0]?.communeCode).toBe('');
  });

  it('reports points outside every contour in one warning and keeps them without commune', () => {
    const rows = [
      etab('960000001', '', 0.5, 0.5),
      etab('960000003', '', 5, 5),
      etab('960000004', '', -3, 2),
    ];
    const r = locateEstablishments('h.geojson', rows, communes);
    expect(r.rows.map((e) => e.communeCode)).toEqual(['96001', '', '']);
    const outside = r.issues.filter((i) => i.code === 'outside-communes');
    expect(outside).toHaveLength(1);
    expect(outside[0]).toMatchObject({ severity: 'warning', file: 'h.geojson' });
    expect(outside[0]?.message).toContain('2 établissement(s)');
    expect(outside[0]?.message).toContain('960000003 Site 960000003 (lon 5.00000, lat 5.00000)');
    expect(outside[0]?.message).toContain('aucun territoire');
  });

  it('reports establishments with neither commune code nor coordinates', () => {
    const r = locateEstablishments('h.geojson', [etab('960000005', '', null, null)], communes);
    expect(r.located).toBe(0);
    expect(r.issues).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'no-commune-no-position' }),
    ]);
    expect(r.issues[0]?.message).toContain('960000005');
  });

  it('asks for commune contours when none is loaded, and moves nothing', () => {
    const rows = [etab('960000001', '', 0.5, 0.5)];
    const r = locateEstablishments('h.geojson', rows, []);
    expect(r.rows).toEqual(rows);
    expect(r.located).toBe(0);
    expect(r.issues).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'no-commune-contours' }),
    ]);
    expect(r.issues[0]?.message).toContain('chargez les contours des communes pour les situer');
  });

  it('reports, without moving it, a commune code contradicted by the point', () => {
    const rows = [
      etab('960000006', '96001', 1.5, 0.5), // point in 96002, 0.5° (55.6 km) east of 96001's edge
      etab('960000007', '96001', 0.5, 0.5), // consistent
      etab('960000008', '50129', 0.5, 0.5), // code not among the loaded contours: not compared
    ];
    const r = locateEstablishments('h.geojson', rows, communes);
    expect(r.rows).toEqual(rows);
    expect(r.located).toBe(0);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ severity: 'warning', code: 'commune-position-mismatch' });
    expect(r.issues[0]?.message).toMatch(/^h\.geojson : 1 établissement\(s\)/);
    expect(r.issues[0]?.message).toContain(
      'code 96001, point dans 96002, à 55,6 km de son contour',
    );
  });

  it('says nothing when every establishment has a consistent commune code', () => {
    const r = locateEstablishments('h.geojson', [etab('960000007', '96001', 0.5, 0.5)], communes);
    expect(r.issues).toEqual([]);
  });
});
