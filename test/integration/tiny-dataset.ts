/**
 * A hand-made dataset small enough to compute every expected value by hand (see the comments):
 * 6 communes (leading zeros, Corsica), a person practising in two communes, masked stays, a merged
 * PMSI zone covering 2 postal codes and 3 communes.
 */
import type { Polygon } from 'geojson';
import type { Commune, Dataset, ProfessionalActivity, StayFlow } from '../../src/core/types';

/** Side of the square communes, in degrees. */
export const SQUARE_DEG = 0.01;

/** A square of `SQUARE_DEG` degrees with its south-west corner at (lon, lat). */
export function square(lon: number, lat: number, side = SQUARE_DEG): Polygon {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [lon, lat],
        [lon + side, lat],
        [lon + side, lat + side],
        [lon, lat + side],
        [lon, lat],
      ],
    ],
  };
}

/** Exact area (km²) of a lon/lat rectangle on the sphere of radius 6,371,008.8 m (Turf's). */
export function sphericalRectangleKm2(lat: number, side = SQUARE_DEG): number {
  const r = 6371.0088;
  const rad = Math.PI / 180;
  return r * r * side * rad * (Math.sin((lat + side) * rad) - Math.sin(lat * rad));
}

const commune = (
  code: string,
  name: string,
  postalCodes: string[],
  lon: number,
  lat: number,
  dep = '01',
): Commune => ({
  code,
  name,
  dep,
  epci: dep === '01' ? '200069193' : null,
  epciName: dep === '01' ? 'CC de la Dombes' : null,
  postalCodes,
  population: null,
  geometry: square(lon, lat),
});

const activity = (
  personId: string,
  professionCode: string,
  communeCode: string | null,
  specialty: { code?: string; label?: string } = {},
): ProfessionalActivity => ({
  personId,
  professionCode,
  professionLabel: '',
  specialtyCode: specialty.code ?? '',
  specialtyLabel: specialty.label ?? '',
  modeCode: 'L',
  communeCode,
  postalCode: null,
  finessSite: null,
  sectorCode: 'SA07',
});

// One PMSI extract read as ATIH codes (`01C01`, `01500`, `99999`) and one read as INSEE codes (`01003`).
const stay = (zoneCode: string, finess: string, stays: number | null, year = 2023): StayFlow => ({
  zoneCode,
  zoneKind: zoneCode === '01003' ? 'insee' : 'pmsi',
  finess,
  stays,
  year,
  field: 'MCO',
});

/**
 * Populations (latest vintage): 01001 = 1000 (2021, ages 150/150/200/200/200/100), 01002 = 600,
 * 01003 = 400, 01004 = 200, 01005 = none, 2A004 = 100.
 * Postal codes: 01400 = {01001}; 01640 = {01002, 01004}; 01500 = {01002, 01003}.
 * PMSI zones: 01C01 = 01400 + 01640 -> 01001 (1000), 01002 (600 / 2 = 300), 01004 (200): weights
 * 1000/1500, 300/1500, 200/1500. Zone 01500 -> 01002 (300), 01003 (400): weights 3/7, 4/7.
 * Zone 01003 (not in pmsi_zones) is the commune 01003 (weight 1); 99999 is foreign (unallocated).
 */
export function tinyDataset(): Dataset {
  return {
    communes: [
      commune('01001', "L'Abergement-Clémenciat", ['01400'], 5.0, 46.0),
      commune('01002', "L'Abergement-de-Varey", ['01640', '01500'], 5.01, 46.0),
      commune('01003', 'Ambérieu, "en"\nBugey', ['01500'], 5.02, 46.0),
      commune('01004', 'Ambérieux-en-Dombes', ['01640'], 5.0, 46.01),
      commune('01005', 'Ambléon', [], 5.01, 46.01),
      commune('2A004', 'Ajaccio', ['20000'], 8.7, 41.9, '2A'),
    ],
    population: [
      { code: '01001', year: 2020, population: 950, ages: null },
      {
        code: '01001',
        year: 2021,
        population: 1000,
        ages: { '0014': 150, '1529': 150, '3044': 200, '4559': 200, '6074': 200, '75P': 100 },
      },
      { code: '01002', year: 2021, population: 600, ages: null },
      { code: '01003', year: 2021, population: 400, ages: null },
      { code: '01004', year: 2021, population: 200, ages: null },
      { code: '2A004', year: 2021, population: 100, ages: null },
    ],
    professionals: [
      // P1: a GP (code SM54) practising in 01001 and 01002.
      activity('010001', '10', '01001', { code: 'SM54', label: 'Médecine générale' }),
      activity('010001', '10', '01002', { code: 'SM54', label: 'Médecine générale' }),
      // P2: a GP by label only, two activity rows in the same commune.
      activity('010002', '10', '01001', { label: 'Qualifié en MÉDECINE GÉNÉRALE' }),
      activity('010002', '10', '01001', { label: 'Qualifié en MÉDECINE GÉNÉRALE' }),
      // P3: a psychiatrist (doctor, not GP).
      activity('010003', '10', '01001', { code: 'SM42', label: 'Psychiatrie' }),
      activity('010004', '60', '01002'),
      activity('010005', '60', '01003'),
      activity('010006', '21', '01004'),
      activity('010007', '70', '01001'),
      activity('010008', '50', '01002'),
      activity('010009', '40', '01003'),
      // P10: a GP in a commune without population.
      activity('010010', '10', '01005', {
        code: 'SM53',
        label: 'Spécialiste en Médecine Générale',
      }),
      // P11: a nurse without commune (counted in no commune).
      activity('010011', '60', null),
    ],
    establishments: [
      {
        finessEt: '010000024',
        finessEj: '010780054',
        name: 'CH de Bourg, "Fleyriat"',
        communeCode: '01001',
        categoryCode: '355',
        categoryLabel: 'Centre Hospitalier (C.H.)',
        lon: 5.005,
        lat: 46.005,
      },
      {
        finessEt: '010000032',
        finessEj: '010000032',
        name: 'Clinique',
        communeCode: '01003',
        categoryCode: '365',
        categoryLabel: '',
        lon: null,
        lat: null,
      },
    ],
    stays: [
      stay('01C01', '010780054', 150),
      stay('01C01', '010000032', null),
      stay('01500', '010780054', 70),
      stay('01500', '010780054', 35, 2022),
      stay('01003', '010000032', 30),
      stay('99999', '010780054', 12),
    ],
    pmsiZones: [
      { zoneCode: '01C01', postalCode: '01400' },
      { zoneCode: '01C01', postalCode: '01640' },
      { zoneCode: '01500', postalCode: '01500' },
    ],
    perimeters: [
      { perimeterName: 'CPTS Dombes', communeCode: '01001' },
      { perimeterName: 'CPTS Dombes', communeCode: '01002' },
      { perimeterName: 'CPTS Bugey', communeCode: '01002' },
    ],
  };
}
