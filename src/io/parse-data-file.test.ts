import { describe, expect, it } from 'vitest';
import { parseDataFile } from './parse-data-file';
import { issuesOf, windows1252 } from './test-helpers';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('parseDataFile', () => {
  it('decodes, detects and parses a windows-1252 FINESS file (« Saint-Lô »)', () => {
    const text =
      'nofinesset;nofinessej;rs;cog;categetab;libcategetab;ligneacheminement;coordx;coordy\r\n' +
      '500000054;500000047;CH MÉMORIAL;50502;355;Centre Hospitalier (C.H.);50009 SAINT-LÔ CEDEX;408000;6890000\r\n';
    const r = parseDataFile('finess-etablissements-96-fictif.csv', windows1252(text));
    expect(r.kind).toBe('establishments');
    expect(r.encoding).toBe('windows-1252');
    expect(r.separator).toBe(';');
    if (r.kind !== 'establishments') throw new Error('kind');
    expect(r.rows[0]?.name).toBe('CH MÉMORIAL');
    expect(r.rows[0]?.communeCode).toBe('50502');
    expect(r.rowCount).toBe(1);
  });

  it('parses PMSI stays with a masked count', () => {
    const r = parseDataFile('pmsi.csv', utf8('code_geo;finess;nb_sejours\n50C02;500000013;<11\n'));
    expect(r.kind).toBe('stays');
    if (r.kind !== 'stays') throw new Error('kind');
    expect(r.rows[0]?.stays).toBeNull();
    expect(r.maskedCount).toBe(1);
    expect(issuesOf(r.issues, 'masked-value')).toHaveLength(1);
  });

  it('honours an imposed kind and PMSI mapping', () => {
    const r = parseDataFile('x.csv', utf8('z;e;n\n50C02;500000013;3\n'), {
      kind: 'stays',
      pmsiMapping: { zone: 'z', finess: 'e', stays: 'n' },
    });
    expect(r.kind).toBe('stays');
    expect(r.rows).toHaveLength(1);
  });

  it('reports an empty file', () => {
    const r = parseDataFile('vide.csv', new Uint8Array());
    expect(r.kind).toBeNull();
    expect(issuesOf(r.issues, 'empty-file')[0]?.severity).toBe('error');
  });

  it('reports a header-only file', () => {
    const r = parseDataFile('cpts.csv', utf8('Département;Code INSEE;Libellé commune;CPTS\n'));
    expect(r.kind).toBe('perimeters');
    expect(r.rows).toEqual([]);
    expect(r.rowCount).toBe(0);
    expect(issuesOf(r.issues, 'no-data-rows')).toHaveLength(1);
  });

  it('reports an unrecognised file with the accepted formats', () => {
    const r = parseDataFile('notes.csv', utf8('a;b\n1;2\n'));
    expect(r.kind).toBeNull();
    expect(issuesOf(r.issues, 'unknown-kind')[0]?.message).toContain('Formats acceptés');
  });

  it('refuses an Excel workbook', () => {
    const r = parseDataFile('cpts.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]));
    expect(r.kind).toBeNull();
    expect(issuesOf(r.issues, 'binary-file')).toHaveLength(1);
  });

  it('parses GeoJSON communes (separator null)', () => {
    const geo = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { code: '96001', nom: 'Fictive' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [5, 46],
                [5.1, 46],
                [5.1, 46.1],
                [5, 46],
              ],
            ],
          },
        },
      ],
    };
    const r = parseDataFile('communes-96-fictif.geojson', utf8(JSON.stringify(geo)));
    expect(r.kind).toBe('communes');
    expect(r.separator).toBeNull();
    expect(r.rows[0]).toMatchObject({ code: '96001', dep: '96' });
  });
});

describe('parseDataFile, large Annuaire Santé files', () => {
  it('parses in chunks above the size threshold with the same result', () => {
    const header =
      'Identification nationale PP|Code profession|Libellé savoir-faire|Code commune (coord. structure)|';
    const lines = [header];
    for (let i = 0; i < 500; i++)
      lines.push(`8100000${String(i).padStart(5, '0')}|10|Médecine Générale|0100${i % 10}|`);
    const bytes = utf8(`${lines.join('\n')}\n`);
    const whole = parseDataFile('PS_LibreAcces_Personne_activite.txt', bytes);
    const chunked = parseDataFile('PS_LibreAcces_Personne_activite.txt', bytes, {
      largeFileBytes: 2048,
    });
    expect(chunked.kind).toBe('professionals');
    expect(chunked.rowCount).toBe(500);
    expect(chunked.rows).toEqual(whole.rows);
    expect(chunked.issues.map((i) => i.code)).toEqual(whole.issues.map((i) => i.code));
  });
});
