import { describe, expect, it } from 'vitest';
import { findColumn, normalizeHeader, parseCsvTable } from './csv-table';
import { IssueLog } from './issues';
import { issuesOf } from './test-helpers';

describe('normalizeHeader', () => {
  it('strips accents, case, underscores and splits camelCase', () => {
    expect(normalizeHeader('Nombre de  Séjours')).toBe('nombre de sejours');
    expect(normalizeHeader('code_geo')).toBe('code geo');
    expect(normalizeHeader('codeGeo')).toBe('code geo');
    expect(normalizeHeader('\uFEFFINSEE_COM')).toBe('insee com');
    expect(normalizeHeader('Code secteur d’activité')).toBe("code secteur d'activite");
  });
});

describe('findColumn', () => {
  it('matches aliases in order of preference and returns the header as written', () => {
    expect(findColumn(['Code géo', 'FINESS', 'Nb séjours'], ['code_geo'])).toEqual({
      index: 0,
      name: 'Code géo',
    });
    expect(findColumn(['NBSEJOURS'], ['nb_sejours'])).toEqual({ index: 0, name: 'NBSEJOURS' });
    expect(findColumn(['a', 'b'], ['c'])).toBeUndefined();
  });
});

describe('parseCsvTable', () => {
  it('keeps strings (leading zeros) and numbers lines from the header', () => {
    const log = new IssueLog('f.csv');
    const t = parseCsvTable('code;nom\n\n01001;"L\'Abergement"\n2A004;Ajaccio\n', log);
    expect(t.headers).toEqual(['code', 'nom']);
    expect(t.rows).toEqual([
      ['01001', "L'Abergement"],
      ['2A004', 'Ajaccio'],
    ]);
    expect(t.lines).toEqual([3, 4]);
  });

  it('counts lines across quoted newlines and CRLF', () => {
    const log = new IssueLog('f.csv');
    const t = parseCsvTable('a;b\r\n1;"x\r\ny"\r\n2;3\r\n', log);
    expect(t.rows).toEqual([
      ['1', 'x\ny'],
      ['2', '3'],
    ]);
    expect(t.lines).toEqual([2, 4]);
  });

  it('drops the empty last header of pipe files ending with |', () => {
    const log = new IssueLog('PS.txt');
    const t = parseCsvTable('a|b|\n1|2|\n', log, { quotes: false });
    expect(t.headers).toEqual(['a', 'b']);
    expect(t.rows).toEqual([['1', '2']]);
    expect(log.finish()).toHaveLength(0);
  });

  it('keeps quotes as data in unquoted mode', () => {
    const t = parseCsvTable('a|b|\n"X|2|\n', new IssueLog('PS.txt'), { quotes: false });
    expect(t.rows).toEqual([['"X', '2']]);
  });

  it('reports short and long rows with their line', () => {
    const log = new IssueLog('f.csv');
    const t = parseCsvTable('a;b;c\n1;2\n1;2;3;4\n', log);
    expect(t.rows).toEqual([
      ['1', '2', ''],
      ['1', '2', '3'],
    ]);
    const issues = log.finish();
    expect(issuesOf(issues, 'short-row')[0]?.row).toBe(2);
    expect(issuesOf(issues, 'long-row')[0]?.row).toBe(3);
  });

  it('finds the header after title lines', () => {
    const log = new IssueLog('pop.csv');
    const t = parseCsvTable('Populations légales 2021\n\nDEP;CODCOM;PMUN\n01;001;832\n', log, {
      isHeader: (keys) => keys.includes('pmun'),
    });
    expect(t.headers).toEqual(['DEP', 'CODCOM', 'PMUN']);
    expect(t.headerLine).toBe(3);
    expect(t.lines).toEqual([4]);
  });

  it('warns about a column present twice', () => {
    const log = new IssueLog('f.csv');
    parseCsvTable('code;Code;nom\n1;2;3', log);
    expect(issuesOf(log.finish(), 'duplicate-header')[0]).toMatchObject({ row: 1, column: 'Code' });
  });
});

describe('parseCsvTable without quote characters', () => {
  it('splits as PapaParse would: CR/CRLF line ends, blank rows skipped, lines counted', () => {
    const text = 'a;b\r\n1;2\r\n;\r\n\r\n3;4\r5;6\n';
    const fast = parseCsvTable(text, new IssueLog('x.csv'), { separator: ';' });
    // The same text with a quoted cell takes the PapaParse path.
    const papa = parseCsvTable(text.replace('1;2', '"1";2'), new IssueLog('x.csv'), {
      separator: ';',
    });
    expect(fast.rows).toEqual(papa.rows);
    expect(fast.lines).toEqual(papa.lines);
    expect(fast.lines).toEqual([2, 5, 6]);
  });
});
