import { describe, expect, it } from 'vitest';
import { loadCommuneReferential } from './commune-referential';
import { reconcileRecords } from '../core/reconcile/reconcile-records';
import { arrondissementCommune, resolveCommuneCode } from '../core/reconcile/resolve-commune-code';

describe('resolveCommuneCode on the etalab referential', async () => {
  const ref = await loadCommuneReferential();
  const none = new Set<string>();

  it('keeps current codes, including Corsica', () => {
    expect(resolveCommuneCode('01001', ref, none)).toEqual({ code: '01001', how: 'current' });
    expect(resolveCommuneCode('2A004', ref, none)).toEqual({ code: '2A004', how: 'current' });
  });

  it('maps arrondissements to Paris, Lyon and Marseille', () => {
    expect(resolveCommuneCode('75112', ref, none)).toEqual({
      code: '75056',
      how: 'arrondissement',
    });
    expect(arrondissementCommune('69387')).toBe('69123');
    expect(arrondissementCommune('13216')).toBe('13055');
    expect(arrondissementCommune('13217')).toBeNull();
  });

  it('maps an old code (commune nouvelle) to the current commune', () => {
    // 01340 Bugey merged into 01015 Arboys en Bugey (anciensCodes).
    expect(resolveCommuneCode('01340', ref, none)).toEqual({ code: '01015', how: 'old-code' });
  });

  it('repairs a code that lost its leading zero, only when the result exists', () => {
    expect(resolveCommuneCode('1001', ref, none)).toEqual({ code: '01001', how: 'leading-zero' });
    expect(resolveCommuneCode('9999', ref, none)).toEqual({ code: null, how: 'unknown' });
  });

  it('accepts codes of the loaded contours (demo département 96)', () => {
    expect(resolveCommuneCode('96001', ref, none).how).toBe('unknown');
    expect(resolveCommuneCode('96001', ref, new Set(['96001'])).how).toBe('current');
  });

  it('sums populations of merged communes and reports every change', () => {
    const r = reconcileRecords(
      'pop.csv',
      {
        kind: 'population',
        rows: [
          { code: '01015', year: 2021, population: 600, ages: null },
          { code: '01340', year: 2021, population: 110, ages: null },
          { code: '1001', year: 2021, population: 800, ages: null },
          { code: '99999', year: 2021, population: 5, ages: null },
        ],
      },
      ref,
      none,
    );
    expect(r.rows).toEqual([
      { code: '01015', year: 2021, population: 710, ages: null },
      { code: '01001', year: 2021, population: 800, ages: null },
      { code: '99999', year: 2021, population: 5, ages: null },
    ]);
    expect(r.repairedCount).toBe(2);
    expect(r.unknownCount).toBe(1);
    expect(r.issues.map((i) => i.code).sort()).toEqual([
      'old-commune-code',
      'repaired-leading-zero',
      'unknown-commune',
    ]);
    expect(r.issues.find((i) => i.code === 'unknown-commune')?.message).toContain('99999');
  });

  it('deduplicates CPTS memberships after mapping', () => {
    const r = reconcileRecords(
      'cpts.csv',
      {
        kind: 'perimeters',
        rows: [
          { perimeterName: 'A', communeCode: '75101' },
          { perimeterName: 'A', communeCode: '75056' },
        ],
      },
      ref,
      none,
    );
    expect(r.rows).toEqual([{ perimeterName: 'A', communeCode: '75056' }]);
  });
});
