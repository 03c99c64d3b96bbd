import { describe, expect, it } from 'vitest';
import { parsePmsiStays } from './parse-pmsi-stays';
import { bySeverity, issuesOf } from './test-helpers';

describe('parsePmsiStays', () => {
  it('reads the long format, keeping codes as strings', () => {
    const text =
      'code_geo;finess;nb_sejours;annee;champ\n' +
      '01C01;010000024;1 234;2023;MCO\n' +
      '50C02;500000013;12;2023;mco\n';
    const r = parsePmsiStays(text, { file: 'pmsi.csv' });
    expect(bySeverity(r.issues, 'error')).toEqual([]);
    expect(r.rows).toEqual([
      { zoneCode: '01C01', finess: '010000024', stays: 1234, year: 2023, field: 'MCO' },
      { zoneCode: '50C02', finess: '500000013', stays: 12, year: 2023, field: 'MCO' },
    ]);
    expect(r.mapping).toEqual({
      zone: 'code_geo',
      finess: 'finess',
      stays: 'nb_sejours',
      year: 'annee',
      field: 'champ',
    });
  });

  it('turns masked counts into null with ONE warning giving the count, never 0', () => {
    const text =
      'codeGeo,FINESS,Nombre de séjours\n50C02,500000013,1 à 10\n50C03,500000013,<11\n50C04,500000013,s\n50C05,500000013,7\n';
    const r = parsePmsiStays(text, { file: 'pmsi.csv' });
    expect(r.rows.map((s) => s.stays)).toEqual([null, null, null, 7]);
    expect(r.maskedCount).toBe(3);
    const w = issuesOf(r.issues, 'masked-value');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ severity: 'warning', column: 'Nombre de séjours' });
    expect(w[0]?.message).toContain('3 valeur(s) masquée(s)');
    expect(w[0]?.message).toContain('ligne 2');
  });

  it('reports a non-numeric count naming file, line and column, with the fix', () => {
    const r = parsePmsiStays('code_geo;finess;nb_sejours\n50C02;500000013;douze\n', {
      file: 'pmsi.csv',
    });
    expect(r.rows).toEqual([]);
    const e = issuesOf(r.issues, 'invalid-number')[0];
    expect(e).toMatchObject({ severity: 'error', row: 2, column: 'nb_sejours' });
    expect(e?.message).toBe(
      'pmsi.csv, ligne 2, colonne nb_sejours : valeur « douze » non numérique ; attendu un nombre entier de séjours ou une valeur masquée (« 1 à 10 ») ; ligne ignorée.',
    );
  });

  it('errors on a missing column, listing accepted names and the headers found', () => {
    const r = parsePmsiStays('code_geo;finess;total\n50C02;500000013;3\n', { file: 'pmsi.csv' });
    const e = issuesOf(r.issues, 'missing-column')[0];
    expect(e?.column).toBe('nb_sejours');
    expect(e?.message).toContain('code_geo, finess, total');
  });

  it('accepts an explicit mapping that overrides detection', () => {
    const r = parsePmsiStays('zone;etab;total;zone_bis\n50C02;500000013;3;X\n', {
      file: 'pmsi.csv',
      mapping: { zone: 'zone', finess: 'etab', stays: 'total' },
    });
    expect(r.rows).toEqual([
      { zoneCode: '50C02', finess: '500000013', stays: 3, year: null, field: '' },
    ]);
    const bad = parsePmsiStays('a;b;c\n1;2;3\n', { file: 'p.csv', mapping: { zone: 'absent' } });
    expect(issuesOf(bad.issues, 'missing-column')[0]?.message).toContain('absent');
  });

  it('repairs zeros lost by a spreadsheet and reports bad codes', () => {
    const r = parsePmsiStays(
      'code_geo;finess;nb_sejours\n1001;10000024;4\n??;500000013;1\n50C02;12;1\n',
      { file: 'pmsi-2022.csv' },
    );
    expect(r.rows).toEqual([
      { zoneCode: '01001', finess: '010000024', stays: 4, year: 2022, field: '' },
    ]);
    expect(issuesOf(r.issues, 'repaired-code')).toHaveLength(1);
    expect(issuesOf(r.issues, 'invalid-code')[0]?.row).toBe(3);
    expect(issuesOf(r.issues, 'invalid-finess')[0]?.row).toBe(4);
    expect(issuesOf(r.issues, 'year-from-file-name')).toHaveLength(1);
  });

  it('handles header-only and empty files', () => {
    expect(
      issuesOf(
        parsePmsiStays('code_geo;finess;nb_sejours\n', { file: 'p.csv' }).issues,
        'no-data-rows',
      ),
    ).toHaveLength(1);
    expect(issuesOf(parsePmsiStays('', { file: 'p.csv' }).issues, 'empty-file')).toHaveLength(1);
  });
});
