import { describe, expect, it } from 'vitest';
import { detectKind } from './detect-kind';

describe('detectKind', () => {
  const cases: [string, string, string | null][] = [
    [
      'communes.geojson',
      '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"01001","nom":"A"},"geometry":null}]}',
      'communes',
    ],
    [
      'c.json',
      '{"type":"Topology","arcs":[],"objects":{"c":{"type":"GeometryCollection","geometries":[{"type":"Polygon","arcs":[],"properties":{"INSEE_COM":"01001"}}]}}}',
      'communes',
    ],
    [
      'cpts.geojson',
      '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"nom_cpts":"A"},"geometry":null}]}',
      'perimeters',
    ],
    [
      'h.geojson',
      '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"finess":"010000024"},"geometry":{"type":"Point","coordinates":[5,46]}}]}',
      'establishments',
    ],
    [
      'x.txt',
      'Identification nationale PP|Code profession|Code commune (coord. structure)|\n8100|10|01001|',
      'professionals',
    ],
    [
      'y.txt',
      'Identification nationale PP|Code profession|Code savoir-faire|Libellé savoir-faire|\n8100|10|SM54|MG|',
      'professional-skills',
    ],
    [
      'etalab.csv',
      'finess;etalab;100;2024-01-31\nstructureet;010000024;010780054',
      'establishments',
    ],
    ['f.csv', 'nofinesset;nofinessej;rs\n010000024;010780054;CH', 'establishments'],
    ['pmsi.csv', 'code_geo;finess;nb_sejours;annee;champ\n50C02;500000013;12;2023;MCO', 'stays'],
    ['zones.csv', 'code_geo;code_postal;libelle\n50C02;50610;X', 'pmsi-zones'],
    ['cpts.csv', 'Département;Code INSEE;Libellé commune;CPTS\n01;01053;Bourg;A', 'perimeters'],
    ['pop.csv', 'REG;DEP;CODCOM;COM;Commune;PMUN;PCAP;PTOT\n84;01;001;01001;A;1;0;1', 'population'],
    ['ages.csv', 'CODGEO;P21_POP;P21_POP0014\n01001;832;150', 'population'],
    [
      'communes.csv',
      'code,nom,zone,codes_postaux,population_municipale\n01001,A,metro,01400,860',
      'population',
    ],
    ['hospidiag.csv', 'finess,rs,champ_pmsi\n010007300,X,OQN', null],
    ['vide.csv', '', null],
  ];
  for (const [name, text, kind] of cases) {
    it(`${name} -> ${kind}`, () => {
      const d = detectKind(name, text);
      expect(d.kind).toBe(kind);
      if (kind !== null) expect(d.confidence).toBeGreaterThanOrEqual(0.6);
      expect(d.reason).not.toBe('');
    });
  }

  it('falls back on the file name with a low confidence', () => {
    const d = detectKind('pmsi-sejours.csv', 'a;b\n1;2');
    expect(d.kind).toBe('stays');
    expect(d.confidence).toBeLessThan(0.5);
  });
});
