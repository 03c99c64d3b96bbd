import { describe, expect, it } from 'vitest';
import { TWO_APART } from '../../test/support/access-communes';
import type { AccessParameters } from '../core/access/analyse-access';
import { DEFAULT_ACCESS_PARAMETERS } from '../core/access/defaults';
import type { ProfessionalActivityRecord, SupplyActivity } from '../core/access/types';
import { computeAccessWithActivity } from './access-api';

// Two communes that only reach themselves: each score is S_i / P_i (see TWO_APART).
const { communes, times } = TWO_APART;
const activities: SupplyActivity[] = [
  { personId: 'p1', communeCode: '96001' },
  { personId: 'p2', communeCode: '96002' },
];
const rows: ProfessionalActivityRecord[] = [
  { personId: 'p1', communeCode: null, fte: 0.5, consultations: null, age: null },
  { personId: 'p2', communeCode: '96002', fte: 1, consultations: null, age: null },
  { personId: 'x9', communeCode: null, fte: 1, consultations: null, age: null },
  { personId: 'p2', communeCode: '96003', fte: 0.2, consultations: null, age: null },
];
const FTE: AccessParameters = {
  ...DEFAULT_ACCESS_PARAMETERS,
  supplyMode: 'fte',
  ageWeights: null,
  consultationsPerUnit: null,
};

describe('computeAccessWithActivity (the access tab’s computation, in the worker)', () => {
  it('joins the activity file: FTE per 100,000 computed by hand, unused rows noted', async () => {
    const { result, supplyDefinition } = await computeAccessWithActivity({
      communes,
      activities,
      parameters: FTE,
      times,
      activity: { name: 'activite.csv', rows },
    });
    // 0.5 FTE / 1000 inhabitants and 1 FTE / 2000 inhabitants, per 100,000.
    expect(result.scores.map((s) => Math.round(s * 10) / 10)).toEqual([50, 50]);
    expect(result.notes.join(' ')).toMatch(/1 ligne\(s\) du fichier d’activité sans professionnel/);
    expect(result.notes.join(' ')).toMatch(/1 ligne\(s\) d’activité pour une commune/);
    expect(supplyDefinition).toContain('activite.csv');
  });

  it('without a file counts people, with no activity note', async () => {
    const { result } = await computeAccessWithActivity({
      communes,
      activities,
      parameters: { ...FTE, supplyMode: 'people' },
      times,
      activity: null,
    });
    expect(result.scores.map((s) => Math.round(s * 10) / 10)).toEqual([100, 50]);
    expect(result.notes.join(' ')).not.toMatch(/fichier d’activité/);
  });
});
