import { describe, expect, it } from 'vitest';
import { buildSupply } from './supply';

describe('buildSupply', () => {
  const codes = ['96001', '96002'];
  const activities = [
    { personId: 'a', communeCode: '96001', fte: 0.6, consultations: 3000, age: 66 },
    { personId: 'a', communeCode: '96002', fte: 0.4, consultations: 2000, age: 66 },
    { personId: 'a', communeCode: '96002', fte: null, consultations: null, age: 66 },
    { personId: 'b', communeCode: '96001', fte: 1, consultations: 5000, age: 40 },
    { personId: 'c', communeCode: '96999', fte: 1, consultations: 5000, age: 40 },
  ];

  it('counts people, splitting a person between the communes where they practise', () => {
    const r = buildSupply(codes, activities, { mode: 'people', maxAge: null });
    expect(Array.from(r.values)).toEqual([1.5, 0.5]);
    expect(r.people).toBe(2);
    expect(r.outsideCommunes).toBe(1);
  });

  it('sums FTE, reports missing values and applies the age bound', () => {
    const fte = buildSupply(codes, activities, { mode: 'fte', maxAge: null });
    expect(Array.from(fte.values)).toEqual([1.6, 0.4]);
    expect(fte.missingValue).toBe(1);
    const young = buildSupply(codes, activities, { mode: 'consultations', maxAge: 65 });
    expect(Array.from(young.values)).toEqual([5000, 0]);
    expect(young.excludedByAge).toBe(1);
  });
});
