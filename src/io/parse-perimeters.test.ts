import { describe, expect, it } from 'vitest';
import { parsePerimeterPolygons } from './parse-perimeter-polygons';
import { parsePerimeters } from './parse-perimeters';
import { bySeverity, issuesOf } from './test-helpers';

describe('parsePerimeters', () => {
  it('reads the ARS spreadsheet layout; a commune may be in two CPTS', () => {
    const text =
      'Département;Code INSEE;Libellé commune;CPTS\n' +
      '01;01053;Bourg-en-Bresse;CPTS Bresse\n' +
      '01;01001;L’Abergement;CPTS Bresse\n' +
      '01;01053;Bourg-en-Bresse;CPTS Dombes\n';
    const r = parsePerimeters(text, { file: 'cpts.csv' });
    expect(bySeverity(r.issues, 'error')).toEqual([]);
    expect(r.rows).toEqual([
      { perimeterName: 'CPTS Bresse', communeCode: '01053' },
      { perimeterName: 'CPTS Bresse', communeCode: '01001' },
      { perimeterName: 'CPTS Dombes', communeCode: '01053' },
    ]);
    expect(issuesOf(r.issues, 'shared-commune')[0]?.message).toContain('01053');
  });

  it('counts duplicate identical rows once with a warning', () => {
    const r = parsePerimeters('Code INSEE|CPTS\n01053|A\n01053|A\n', { file: 'cpts.txt' });
    expect(r.rows).toHaveLength(1);
    expect(issuesOf(r.issues, 'duplicate-row')[0]).toMatchObject({ severity: 'warning', row: 3 });
  });

  it('repairs codes and reports empty CPTS names and bad codes', () => {
    const r = parsePerimeters(
      'Département,Code INSEE,CPTS\n1,1053,A\n01,53,A\n01,01002,\n01,XX,A\n',
      { file: 'cpts.csv' },
    );
    expect(r.rows.map((m) => m.communeCode)).toEqual(['01053']);
    expect(issuesOf(r.issues, 'duplicate-row')).toHaveLength(1);
    expect(issuesOf(r.issues, 'missing-value')[0]?.row).toBe(4);
    expect(issuesOf(r.issues, 'invalid-code')[0]?.row).toBe(5);
  });

  it('errors on a missing CPTS column', () => {
    const r = parsePerimeters('Code INSEE;Nom\n01053;X\n', { file: 'cpts.csv' });
    expect(issuesOf(r.issues, 'missing-column')[0]?.column).toBe('CPTS');
  });
});

describe('parsePerimeterPolygons', () => {
  const sq = [
    [
      [5, 46],
      [5.1, 46],
      [5.1, 46.1],
      [5, 46],
    ],
  ];
  it('reads one contour per CPTS', () => {
    const r = parsePerimeterPolygons(
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { nom_cpts: 'CPTS du Bocage' },
            geometry: { type: 'Polygon', coordinates: sq },
          },
        ],
      }),
      { file: 'cpts.geojson' },
    );
    expect(r.polygons[0]?.perimeterName).toBe('CPTS du Bocage');
    expect(r.members).toEqual([]);
  });

  it('reads commune polygons tagged with a CPTS as members', () => {
    const r = parsePerimeterPolygons(
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { cpts: 'A', insee: '01053' },
            geometry: { type: 'Polygon', coordinates: sq },
          },
        ],
      }),
      { file: 'cpts.geojson' },
    );
    expect(r.members).toEqual([{ perimeterName: 'A', communeCode: '01053' }]);
  });
});
