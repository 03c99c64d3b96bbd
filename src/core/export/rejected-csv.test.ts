import { expect, it } from 'vitest';
import type { DataIssue } from '../types';
import { toRejectedCsv } from './rejected-csv';

const issue = (extra: Partial<DataIssue>): DataIssue => ({
  severity: 'error',
  code: 'invalid-code',
  message: 'm',
  file: 'f',
  ...extra,
});

it('text files: one row per rejected line, with its line', () => {
  expect(toRejectedCsv([issue({ file: 'p.csv', row: 4, column: 'nb_sejours' })])).toBe(
    '\uFEFFfichier;ligne;colonne;motif;message\r\np.csv;4;nb_sejours;invalid-code;m\r\n',
  );
});

it('GeoJSON files: one row per rejected feature, with its number (« entité »)', () => {
  const csv = toRejectedCsv([
    issue({ file: 'c.geojson', feature: 2, column: 'code' }),
    issue({ file: 'c.geojson', feature: 3, code: 'invalid-geometry' }),
  ]);
  expect(csv.split('\r\n')).toEqual([
    '\uFEFFfichier;entité;colonne;motif;message',
    'c.geojson;2;code;invalid-code;m',
    'c.geojson;3;;invalid-geometry;m',
    '',
  ]);
});
