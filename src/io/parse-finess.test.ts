import { describe, expect, it } from 'vitest';
import { parseFiness } from './parse-finess';
import { crsFromFinessSource, toWgs84 } from './projections';
import { bySeverity, issuesOf } from './test-helpers';

const STRUCTURE =
  'structureet;010000024;010780054;CH DE FLEYRIAT;CENTRE HOSPITALIER DE BOURG-EN-BRESSE FLEYRIAT;;;900;RTE;DE PARIS;;;053;01;AIN;01440 VIRIAT;0474454647;;355;Centre Hospitalier (C.H.);1102;Centres Hospitaliers;26010004500012;8610Z;03;ARS;1;Etablissement public de santé;1979-02-13;1979-02-13;2020-02-04;';
const REUNION =
  'structureet;970400057;970400024;CHU SITE SUD;CHU DE LA REUNION SITE SUD;;;;;;;;416;9D;REUNION;97410 ST PIERRE;;;101;CHR;1102;CH;;;;;;;;;;';

describe('projections', () => {
  it('converts Lambert 93 to WGS84 with proj4 (false origin -> 3°E, 46.5°N)', () => {
    const [lon, lat] = toWgs84(700000, 6600000, 'EPSG:2154');
    expect(Math.abs(lon - 3)).toBeLessThan(1e-4);
    expect(Math.abs(lat - 46.5)).toBeLessThan(1e-4);
  });

  it('reads the CRS at the end of sourcecoordet', () => {
    expect(crsFromFinessSource('1,ATLASANTE,96,BAN,L93_METROPOLE')).toBe('EPSG:2154');
    expect(crsFromFinessSource('1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_93')).toBe('EPSG:2154');
    expect(crsFromFinessSource('…,UTM_N20')).toBe('EPSG:32620');
    expect(crsFromFinessSource('…,UTM_N22')).toBe('EPSG:32622');
    expect(crsFromFinessSource('…,UTM_S40')).toBe('EPSG:32740');
    expect(crsFromFinessSource('…,UTM_S38')).toBe('EPSG:32738');
    expect(crsFromFinessSource('…,INCONNU')).toBeNull();
  });
});

describe('parseFiness, official etalab extraction (two record types)', () => {
  const text = [
    'finess;etalab;100;2024-01-31',
    STRUCTURE,
    REUNION,
    'geolocalisation;010000024;870215.7;6571590.5;1,ATLASANTE,96,BAN,L93_METROPOLE;2021-01-04',
    'geolocalisation;970400057;338000.0;7640000.0;1,ATLASANTE,96,BAN,UTM_S40;2021-01-04',
    '',
  ].join('\r\n');

  it('reads structureet + geolocalisation, builds INSEE codes, converts to WGS84', () => {
    const r = parseFiness(text, { file: 'etalab-cs1100507-stock-20240131-0336.csv' });
    expect(r.layout).toBe('etalab-officiel');
    expect(bySeverity(r.issues, 'error')).toEqual([]);
    expect(r.rows).toHaveLength(2);
    const [ch, chu] = r.rows;
    expect(ch).toMatchObject({
      finessEt: '010000024',
      finessEj: '010780054',
      name: 'CENTRE HOSPITALIER DE BOURG-EN-BRESSE FLEYRIAT',
      communeCode: '01053',
      categoryCode: '355',
      categoryLabel: 'Centre Hospitalier (C.H.)',
    });
    // GISCO gives this site at 5.20879, 46.2222.
    expect(ch?.lon).toBeCloseTo(5.2088, 2);
    expect(ch?.lat).toBeCloseTo(46.222, 2);
    expect(chu?.communeCode).toBe('97416');
    expect(chu?.lon).toBeGreaterThan(55.3);
    expect(chu?.lon).toBeLessThan(55.6);
    expect(chu?.lat).toBeGreaterThan(-21.4);
    expect(chu?.lat).toBeLessThan(-21.2);
  });

  it('keeps an establishment without geolocalisation, coordinates null', () => {
    const r = parseFiness(['finess;etalab;100;2024-01-31', STRUCTURE].join('\n'), {
      file: 'etalab.csv',
    });
    expect(r.rows[0]).toMatchObject({ lon: null, lat: null });
    expect(issuesOf(r.issues, 'missing-coordinates')).toHaveLength(1);
  });
});

describe('parseFiness, one line per establishment with a header', () => {
  it('reads cog and Lambert 93 coordx/coordy, repairs an 8-digit FINESS', () => {
    const text =
      'nofinesset;nofinessej;rs;rslongue;departement;cog;categetab;libcategetab;coordx;coordy\n' +
      '500000013;500000013;CH COTENTIN;CENTRE HOSPITALIER PUBLIC DU COTENTIN;50;50129;355;Centre Hospitalier (C.H.);700000;6600000\n' +
      '10000024;10780054;CH FLEYRIAT;;01;01053;355;Centre Hospitalier (C.H.);;\n';
    const r = parseFiness(text, { file: 'finess.csv' });
    expect(r.layout).toBe('en-tete');
    expect(r.rows[0]).toMatchObject({
      finessEt: '500000013',
      communeCode: '50129',
      name: 'CENTRE HOSPITALIER PUBLIC DU COTENTIN',
    });
    expect(Math.abs((r.rows[0]?.lon ?? 0) - 3)).toBeLessThan(1e-4);
    expect(Math.abs((r.rows[0]?.lat ?? 0) - 46.5)).toBeLessThan(1e-4);
    expect(r.rows[1]).toMatchObject({
      finessEt: '010000024',
      finessEj: '010780054',
      name: 'CH FLEYRIAT',
      lon: null,
    });
    expect(issuesOf(r.issues, 'repaired-finess')[0]?.severity).toBe('warning');
  });

  it('errors on a missing nofinesset column with the headers found', () => {
    const r = parseFiness('rs;cog\nX;01001\n', { file: 'finess.csv' });
    expect(issuesOf(r.issues, 'missing-column')[0]?.message).toContain('rs, cog');
  });

  it('reports invalid FINESS numbers and out-of-range coordinates with their line', () => {
    const r = parseFiness('nofinesset;cog;coordx;coordy\nABC;01001;;\n010000024;01053;5.2;46.2\n', {
      file: 'f.csv',
    });
    expect(issuesOf(r.issues, 'invalid-finess')[0]?.row).toBe(2);
    expect(issuesOf(r.issues, 'invalid-coordinates')[0]?.row).toBe(3);
    expect(r.rows).toHaveLength(1);
  });
});
