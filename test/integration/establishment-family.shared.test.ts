/**
 * Establishment families on the real category labels of the Eurostat GISCO hospital files
 * (../shared/data/finess, see SOURCES.md 3.1–3.2): these files carry labels only, no FINESS code.
 */
import fs from 'node:fs';
import Papa from 'papaparse';
import { beforeAll, expect, it } from 'vitest';
import { establishmentFamily } from '../../src/core/territory/establishment-family';
import { describeShared, sharedPath } from '../support/shared-data';

// Every distinct label of both files, with the family a reader of the FINESS nomenclature expects.
const EXPECTED: Record<string, string> = {
  'Centre Hospitalier (C.H.)': 'hopital',
  'Centre hospitalier, ex Hôpital local': 'hopital',
  'Centre Hospitalier Régional (C.H.R.)': 'hopital',
  'Centre Hospitalier Spécialisé lutte Maladies Mentales': 'hopital',
  'Centre de Lutte Contre Cancer': 'hopital',
  'Etablissement de Soins Pluridisciplinaire': 'clinique',
  'Etablissement de Soins Chirurgicaux': 'clinique',
  'Etablissement de Soins Médicaux': 'clinique',
  'Etablissement Soins Obstétriques Chirurgico-Gynécologiques': 'clinique',
  'Etablissement de santé privé autorisé en SSR': 'clinique',
  'Etablissement de Soins Longue Durée': 'medico_social',
};

describeShared('establishment families of the real GISCO hospital labels', () => {
  let geojsonLabels: string[] = [];
  let csvLabels: string[] = [];

  beforeAll(() => {
    const geojson = JSON.parse(
      fs.readFileSync(sharedPath('finess/hopitaux-gisco-2020-zones-50-01.geojson'), 'utf8'),
    ) as { features: { properties: { categorie: string } }[] };
    geojsonLabels = geojson.features.map((f) => f.properties.categorie);
    const csv = Papa.parse<Record<string, string>>(
      fs.readFileSync(sharedPath('finess/gisco-healthcare-FR-2020.csv'), 'utf8'),
      { header: true, skipEmptyLines: true },
    );
    csvLabels = csv.data.map((r) => r.facility_type ?? '');
  });

  const expectFamilies = (labels: readonly string[]) => {
    const distinct = [...new Set(labels)].sort();
    expect(distinct).toEqual(Object.keys(EXPECTED).sort());
    for (const label of distinct)
      expect([label, establishmentFamily('', label)]).toEqual([label, EXPECTED[label]]);
  };

  it('puts every label of hopitaux-gisco-2020-zones-50-01.geojson (categorie) in its family, none in « Autre »', () => {
    expect(geojsonLabels).toHaveLength(737);
    expectFamilies(geojsonLabels);
  });

  it('puts every label of gisco-healthcare-FR-2020.csv (facility_type) in its family, none in « Autre »', () => {
    expect(csvLabels).toHaveLength(5368);
    expectFamilies(csvLabels);
  });

  it('counts 509 hospital sites (C.H., C.H.R., ex-hôpital local, CHS, CLCC) among the 737 points', () => {
    const hospitals = geojsonLabels.filter((label) => establishmentFamily('', label) === 'hopital');
    expect(hospitals).toHaveLength(155 + 45 + 37 + 265 + 7);
  });
});
