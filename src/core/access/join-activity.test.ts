import { describe, expect, it } from 'vitest';
import { TWO_APART } from '../../../test/support/access-communes';
import { analyseAccess, type AccessParameters } from './analyse-access';
import { DEFAULT_ACCESS_PARAMETERS } from './defaults';
import { joinActivityRecords } from './join-activity';
import { describeSupply } from './supply-definition';
import type { ProfessionalActivityRecord, SupplyActivity } from './types';

// Two communes that only reach themselves: each score is S_i / P_i (see TWO_APART).
const { communes, times } = TWO_APART;
const activities: SupplyActivity[] = [
  { personId: 'p1', communeCode: '96001' },
  { personId: 'p2', communeCode: '96002' },
  { personId: 'p3', communeCode: '96002' },
];
const records: ProfessionalActivityRecord[] = [
  { personId: 'p1', communeCode: null, fte: 0.5, consultations: 2700, age: 45 },
  { personId: 'p2', communeCode: '96002', fte: 1, consultations: 5400, age: 58 },
  { personId: 'p3', communeCode: null, fte: 0.8, consultations: 4320, age: 66 },
  { personId: 'x9', communeCode: null, fte: 1, consultations: 6000, age: 40 },
];
const PLAIN: AccessParameters = {
  ...DEFAULT_ACCESS_PARAMETERS,
  ageWeights: null,
  consultationsPerUnit: null,
};
const run = (p: Partial<AccessParameters>) =>
  analyseAccess({
    communes,
    activities: joinActivityRecords(activities, records).activities,
    parameters: { ...PLAIN, ...p },
    times,
  });

describe('joinActivityRecords', () => {
  it('fills FTE, consultations and age, and counts who was found', () => {
    const j = joinActivityRecords(activities, records);
    expect(j.activities[0]).toEqual({
      personId: 'p1',
      communeCode: '96001',
      fte: 0.5,
      consultations: 2700,
      age: 45,
    });
    expect(j.matchedPeople).toBe(3);
    expect(j.unmatchedPeople).toBe(0);
    expect(j.unusedRecords).toBe(1);
    expect(j.has).toEqual({ fte: true, consultations: true, age: true });
  });

  it('splits a person row between the places of practice; a place row wins', () => {
    const j = joinActivityRecords(
      [
        { personId: 'a', communeCode: '96001' },
        { personId: 'a', communeCode: '96002' },
      ],
      [
        { personId: 'a', communeCode: null, fte: 1, consultations: 5000, age: 61 },
        { personId: 'a', communeCode: '96002', fte: 0.2, consultations: null, age: null },
        { personId: 'a', communeCode: '96003', fte: 0.1, consultations: null, age: null },
      ],
    );
    expect(j.activities.map((a) => a.fte)).toEqual([0.5, 0.2]);
    expect(j.activities.map((a) => a.age)).toEqual([61, 61]);
    expect(j.unmatchedPlaceRecords).toBe(1);
  });

  it('leaves people absent from the file unknown', () => {
    const j = joinActivityRecords(activities, records.slice(0, 1));
    expect(j.unmatchedPeople).toBe(2);
    expect(j.activities[1]).toMatchObject({ fte: null, consultations: null, age: null });
  });
});

describe('supply weighting changes the scores as computed by hand', () => {
  it('people: 1/1000 and 2/2000 → 100 per 100,000 in both communes', () => {
    const r = run({ supplyMode: 'people' });
    expect(r.unit.label).toBe('professionnels pour 100 000 habitants');
    expect(r.scores[0]).toBeCloseTo(100, 9);
    expect(r.scores[1]).toBeCloseTo(100, 9);
  });

  it('FTE: 0.5/1000 → 50 and (1 + 0.8)/2000 → 90 FTE per 100,000', () => {
    const r = run({ supplyMode: 'fte' });
    expect(r.unit.label).toBe('ETP pour 100 000 habitants');
    expect(r.scores[0]).toBeCloseTo(50, 9);
    expect(r.scores[1]).toBeCloseTo(90, 9);
  });

  it('FTE converted at 5,400 consultations: 0.5 × 5400 / 1000 = 2.7 and 1.8 × 5400 / 2000 = 4.86', () => {
    const r = run({ supplyMode: 'fte', consultationsPerUnit: 5400 });
    expect(r.unit.label).toBe('consultations par an et par habitant');
    expect(r.scores[0]).toBeCloseTo(2.7, 9);
    expect(r.scores[1]).toBeCloseTo(4.86, 9);
  });

  it('consultations: 2700/1000 = 2.7 and (5400 + 4320)/2000 = 4.86 per inhabitant', () => {
    const r = run({ supplyMode: 'consultations' });
    expect(r.scores[0]).toBeCloseTo(2.7, 9);
    expect(r.scores[1]).toBeCloseTo(4.86, 9);
  });

  it('age bound 65 drops p3 (66 years): B falls to 1/2000 → 50 FTE per 100,000', () => {
    const r = run({ supplyMode: 'fte', maxAge: 65 });
    expect(r.supplyStats.excludedByAge).toBe(1);
    expect(r.scores[0]).toBeCloseTo(50, 9);
    expect(r.scores[1]).toBeCloseTo(50, 9);
  });

  it('states the supply definition in force', () => {
    const j = joinActivityRecords(activities, records);
    const text = describeSupply({ ...PLAIN, supplyMode: 'fte', maxAge: 65 }, j, 'a.csv');
    expect(text).toBe(
      'Offre = équivalents temps plein (ETP) (fichier a.csv : 3 professionnel(s) trouvé(s), 0 absent(s)) ; professionnels de plus de 65 ans exclus.',
    );
  });
});
