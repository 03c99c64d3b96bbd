import { describe, expect, it } from 'vitest';
import { parseDataFile } from './parse-data-file';
import { hasActivityColumns, parseProfessionalActivity } from './parse-professional-activity';

const parse = (text: string) =>
  parseProfessionalActivity(text, { file: 'activite.csv', referenceYear: 2025 });

describe('parseProfessionalActivity', () => {
  it('reads FTE, acts and age with French decimal commas; codes stay strings', () => {
    const r = parse(
      'Identification nationale PP;Code commune;ETP;nb_actes;age\n' +
        '810000000001;01004;0,8;4 120;63\n' +
        '810000000002;;1;5400;\n',
    );
    expect(r.rows).toEqual([
      { personId: '810000000001', communeCode: '01004', fte: 0.8, consultations: 4120, age: 63 },
      { personId: '810000000002', communeCode: null, fte: 1, consultations: 5400, age: null },
    ]);
    expect(r.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('turns a birth year into an age at the reference year and says so', () => {
    const r = parse('rpps,annee_naissance\n10001,1962\n10002,12/03/1970\n');
    expect(r.rows.map((x) => x.age)).toEqual([63, 55]);
    expect(r.issues.some((i) => i.code === 'reference-year' && /2025/.test(i.message))).toBe(true);
  });

  it('reports bad rows with file, line, column and the fix; never reads them as 0', () => {
    const r = parse(
      'rpps;code_commune;etp;nb_actes;age\n' +
        ';96001;1;5000;50\n' + // line 2: no id
        '8,1E+11;96001;1;5000;50\n' + // line 3: id damaged by a spreadsheet
        '10003;960012;1;5000;50\n' + // line 4: bad commune code
        '10004;96001;-0,5;<11;12\n' + // line 5: FTE < 0, masked acts, age 12
        '10005;96001;;;\n' + // line 6: nothing usable
        '10006;96001;1;deux;50\n' + // line 7: acts not a number
        '10006;96001;1;5000;50\n', // line 8: duplicate
    );
    const msg = (code: string) => r.issues.filter((i) => i.code === code);
    expect(msg('missing-person')[0]).toMatchObject({ row: 2, column: 'rpps', severity: 'error' });
    expect(msg('invalid-person')[0]?.message).toMatch(
      /activite\.csv, ligne 3, colonne rpps.*tableur/,
    );
    expect(msg('invalid-code')[0]).toMatchObject({ row: 4, column: 'code_commune' });
    const numbers = msg('invalid-number');
    expect(numbers.map((i) => [i.row, i.column])).toEqual([
      [5, 'etp'],
      [5, 'age'],
      [7, 'nb_actes'],
    ]);
    expect(numbers[0]?.message).toMatch(/ETP « -0,5 ».*corrigez/);
    expect(msg('masked-value')[0]?.message).toMatch(/1 valeur\(s\) masquée\(s\).*jamais 0/);
    expect(msg('empty-row')).toHaveLength(2); // line 5 keeps nothing usable, line 6 is empty
    expect(msg('duplicate-row')[0]).toMatchObject({ row: 8 });
    expect(r.rows).toEqual([
      { personId: '10006', communeCode: '96001', fte: 1, consultations: null, age: 50 },
    ]);
  });

  it('refuses a file without person key or without any activity column', () => {
    expect(parse('nom;etp\nDupont;1\n').issues[0]).toMatchObject({
      code: 'missing-column',
      row: 1,
      column: 'Identification nationale PP',
    });
    const r = parse('rpps;nom\n10001;Dupont\n');
    expect(r.rows).toEqual([]);
    expect(r.issues[0]?.message).toMatch(
      /aucune colonne d’activité.*Colonnes trouvées : rpps, nom/,
    );
  });

  it('recognises activity columns in a reworked Annuaire Santé header', () => {
    expect(
      hasActivityColumns([
        'Identification nationale PP',
        'Code profession',
        'Code commune (coord. structure)',
        'ETP',
      ]),
    ).toBe(true);
    expect(hasActivityColumns(['Identification nationale PP', 'Code profession'])).toBe(false);
  });

  it('is recognised by parseDataFile; a reworked Annuaire Santé extract stays professionals', () => {
    const bytes = (t: string) => new TextEncoder().encode(t);
    const activity = parseDataFile('x.csv', bytes('rpps;etp\n10001;0,5\n'));
    expect(activity.kind).toBe('professional-activity');
    expect(activity.rows).toEqual([
      { personId: '10001', communeCode: null, fte: 0.5, consultations: null, age: null },
    ]);
    const rpps = parseDataFile(
      'x.csv',
      bytes(
        'Identification nationale PP;Code profession;Code commune (coord. structure);etp\n10001;10;96001;0,5\n',
      ),
    );
    expect(rpps.kind).toBe('professionals');
    const imposed = parseDataFile(
      'x.csv',
      bytes(
        'Identification nationale PP;Code profession;Code commune (coord. structure);etp\n10001;10;96001;0,5\n',
      ),
      {
        kind: 'professional-activity',
      },
    );
    expect(imposed.rows).toEqual([
      { personId: '10001', communeCode: '96001', fte: 0.5, consultations: null, age: null },
    ]);
  });
});
