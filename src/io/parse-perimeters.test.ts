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

describe('parsePerimeters with columns chosen by the user', () => {
  const text =
    'Code INSEE;INSEE 2026;CPTS;Projet CPTS\n' +
    '01001;01001;Ancien nom;CPTS Bresse\n' +
    '01040;01015;Ancien nom;CPTS Bresse\n';

  it('reads the code and CPTS columns the user chose instead of the aliases', () => {
    const auto = parsePerimeters(text, { file: 'cpts.csv' });
    expect(auto.mapping).toMatchObject({ code: 'Code INSEE', perimeter: 'CPTS', dep: null });
    expect(auto.rows[1]).toEqual({ perimeterName: 'Ancien nom', communeCode: '01040' });
    const r = parsePerimeters(text, {
      file: 'cpts.csv',
      columns: { code: 'INSEE 2026', perimeter: 'Projet CPTS' },
    });
    expect(r.mapping).toMatchObject({ code: 'INSEE 2026', perimeter: 'Projet CPTS' });
    expect(r.rows).toEqual([
      { perimeterName: 'CPTS Bresse', communeCode: '01001' },
      { perimeterName: 'CPTS Bresse', communeCode: '01015' },
    ]);
    expect(bySeverity(r.issues, 'error')).toEqual([]);
  });

  it('reports a chosen column absent from the header (file, line 1, column, the columns there are)', () => {
    const r = parsePerimeters(text, { file: 'cpts.csv', columns: { perimeter: 'Nom' } });
    const err = issuesOf(r.issues, 'missing-column')[0];
    expect(err).toMatchObject({ row: 1, column: 'Nom' });
    expect(err?.message).toMatch(/^cpts\.csv.*« Nom ».*Code INSEE, INSEE 2026, CPTS, Projet CPTS/);
    expect(r.rows).toEqual([]);
  });
});
