/**
 * A small hand-computed case shared by the flow tests (not used by the app): communes in a row
 * F – A – B – C – D – E, with G touching D and E; hospital H1 (public: PMSI under its EJ
 * `000000001`, site ET `100000001`) in A, clinic H2 (PMSI under its ET `200000002`) in E.
 *
 *   stays   H1(A)  H2(E)   plurality
 *   A        90     10     A
 *   B        60     40     A
 *   C        30     50     E
 *   D        20     80     E
 *   E        10     90     E
 *   F        40     60     E  (not adjacent to E's basin: an enclave to repair, joins A)
 *   G        —      —      none (no stays: joins the neighbour basin, E)
 */
import type { CommuneFlow, FlowEstablishment } from './flow-types';

export const HAND_POPULATION: Record<string, number> = {
  A: 1000,
  B: 500,
  C: 400,
  D: 600,
  E: 1000,
  F: 300,
  G: 50,
};

export const HAND_ADJACENCY: Record<string, string[]> = {
  F: ['A'],
  A: ['B', 'F'],
  B: ['A', 'C'],
  C: ['B', 'D'],
  D: ['C', 'E', 'G'],
  E: ['D', 'G'],
  G: ['D', 'E'],
};

export const HAND_ESTABLISHMENTS: FlowEstablishment[] = [
  {
    finessEt: '100000001',
    finessEj: '000000001',
    name: 'CH A',
    communeCode: 'A',
    categoryCode: '355',
    lon: 0,
    lat: 0,
  },
  {
    finessEt: '100000009',
    finessEj: '000000001',
    name: 'EHPAD du CH A',
    communeCode: 'B',
    categoryCode: '500',
    lon: 1,
    lat: 0,
  },
  {
    finessEt: '200000002',
    finessEj: '000000002',
    name: 'Clinique E',
    communeCode: 'E',
    categoryCode: '365',
    lon: 4,
    lat: 0,
  },
];

const H1 = '000000001';
const H2 = '200000002';
const row = (commune: string, finess: string, stays: number): CommuneFlow => ({
  commune,
  finess,
  stays,
  maskedCells: 0,
  maskedWeight: 0,
});

export const HAND_FLOWS: CommuneFlow[] = [
  row('A', H1, 90),
  row('A', H2, 10),
  row('B', H1, 60),
  row('B', H2, 40),
  row('C', H1, 30),
  row('C', H2, 50),
  row('D', H1, 20),
  row('D', H2, 80),
  row('E', H1, 10),
  row('E', H2, 90),
  row('F', H1, 40),
  row('F', H2, 60),
];

export const HAND_COMMUNES = Object.entries(HAND_POPULATION).map(([code, population]) => ({
  code,
  population,
}));
