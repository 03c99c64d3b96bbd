import { describe, expect, it } from 'vitest';
import { analyseAccess, type AccessParameters } from './analyse-access';
import { DEFAULT_ACCESS_PARAMETERS } from './defaults';
import type { AccessCommune, SupplyActivity, TravelTimeRecord } from './types';

const commune = (code: string, population: number, lon = 0, lat = 45): AccessCommune => ({
  code,
  lon,
  lat,
  population,
  ages: null,
});

/** Plain population, people, per 100,000: the score is A_i × 100,000. */
const PER_100K: AccessParameters = {
  ...DEFAULT_ACCESS_PARAMETERS,
  decay: [
    { upToMinutes: 10, weight: 1 },
    { upToMinutes: 20, weight: 0.5 },
  ],
  ageWeights: null,
  consultationsPerUnit: null,
};

describe('analyseAccess: hand-computed case', () => {
  // Four communes, two supply points (A: 2 GPs, C: 1 GP), decay 1 below 10 min, 0.5 for 10–20 min.
  // Times (symmetric): A–B 5 min, A–C 15 min, B–C 8 min; D is reached by nobody.
  const communes = [
    commune('96001', 1000),
    commune('96002', 500),
    commune('96003', 500),
    commune('96004', 200),
  ];
  const times: TravelTimeRecord[] = [
    { origin: '96001', destination: '96002', minutes: 5 },
    { origin: '96001', destination: '96003', minutes: 15 },
    { origin: '96002', destination: '96003', minutes: 8 },
  ];
  const activities: SupplyActivity[] = [
    { personId: 'p1', communeCode: '96001' },
    { personId: 'p2', communeCode: '96001' },
    { personId: 'p3', communeCode: '96003' },
  ];

  it('gives the scores computed on paper', () => {
    const r = analyseAccess({ communes, activities, parameters: PER_100K, times });
    // Step 1. D_A = 1000·1 + 500·w(5)=1 + 500·w(15)=0.5 = 1750 → R_A = 2/1750.
    //         D_C = 1000·w(15)=0.5 + 500·w(8)=1 + 500·1 = 1500 → R_C = 1/1500.
    // Step 2. A_A = R_A·1 + R_C·0.5 = 2/1750 + 1/3000 = 0.00147619…
    //         A_B = R_A·1 + R_C·1   = 2/1750 + 1/1500 = 0.00180952…
    //         A_C = R_A·0.5 + R_C·1 = 1/1750 + 1/1500 = 0.00123809…
    //         A_D = 0 (no pair under 20 min).
    // Scores are per 100,000 inhabitants.
    expect(r.unit.label).toBe('professionnels pour 100 000 habitants');
    expect(r.scores[0]).toBeCloseTo((2 / 1750 + 1 / 3000) * 1e5, 9);
    expect(r.scores[1]).toBeCloseTo((2 / 1750 + 1 / 1500) * 1e5, 9);
    expect(r.scores[2]).toBeCloseTo((1 / 1750 + 1 / 1500) * 1e5, 9);
    expect(r.scores[3]).toBe(0);
    expect(r.scores.map((s) => Math.round(s * 1000) / 1000)).toEqual([147.619, 180.952, 123.81, 0]);
    // Σ A_i × P_i = total supply (3 GPs): 1.47619 + 0.90476 + 0.61905 = 3.
    const sum = r.scores.reduce((a, s, i) => a + (s / 1e5) * (r.population[i] as number), 0);
    expect(sum).toBeCloseTo(3, 9);
  });

  it('applies a what-if change and keeps the baseline', () => {
    const r = analyseAccess({
      communes,
      activities,
      parameters: PER_100K,
      times,
      changes: [{ communeCode: '96001', delta: -1, label: 'départ d’un médecin' }],
    });
    // R_A = 1/1750 now: A_A = 1/1750 + 1/3000 = 0.000904761…
    expect(r.scores[0]).toBeCloseTo((1 / 1750 + 1 / 3000) * 1e5, 9);
    expect(r.baselineScores[0]).toBeCloseTo((2 / 1750 + 1 / 3000) * 1e5, 9);
    expect(r.totalSupply).toBe(2);
  });

  it('converts to consultations per inhabitant with 5,400 consultations per professional', () => {
    const r = analyseAccess({
      communes,
      activities,
      parameters: { ...PER_100K, consultationsPerUnit: 5400 },
      times,
    });
    expect(r.unit).toEqual({
      label: 'consultations par an et par habitant',
      factor: 5400,
      consultations: true,
    });
    expect(r.scores[1]).toBeCloseTo((2 / 1750 + 1 / 1500) * 5400, 9);
  });
});

describe('analyseAccess: invariants on estimated times', () => {
  // A 12 × 12 grid of communes 3 km apart, pseudo-random populations and supply.
  const communes: AccessCommune[] = [];
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let x = 0; x < 12; x++)
    for (let y = 0; y < 12; y++)
      communes.push(
        commune(
          `96${String(x * 12 + y).padStart(3, '0')}`,
          Math.round(100 + random() * 3000),
          -3 + x * 0.038,
          46 + y * 0.027,
        ),
      );
  const activities: SupplyActivity[] = communes
    .filter(() => random() < 0.2)
    .map((c, k) => ({ personId: `p${k}`, communeCode: c.code }));

  it('never lowers a score when supply is added', () => {
    const base = analyseAccess({ communes, activities, parameters: PER_100K });
    for (const code of ['96000', '96070', '96143']) {
      const more = analyseAccess({
        communes,
        activities,
        parameters: PER_100K,
        changes: [{ communeCode: code, delta: 4, label: 'MSP' }],
      });
      more.scores.forEach((s, i) =>
        expect(s).toBeGreaterThanOrEqual((base.scores[i] as number) - 1e-9),
      );
      expect(more.scores.some((s, i) => s > (base.scores[i] as number))).toBe(true);
    }
  });

  it('gives 0 to a commune beyond the cut-off of all supply', () => {
    const far = commune('97999', 800, 10, 46);
    const r = analyseAccess({ communes: [...communes, far], activities, parameters: PER_100K });
    expect(r.scores.at(-1)).toBe(0);
  });

  it('conserves supply: Σ score × population = total supply when all pairs weigh 1', () => {
    const flat: AccessParameters = { ...PER_100K, decay: [{ upToMinutes: 1000, weight: 1 }] };
    const r = analyseAccess({ communes, activities, parameters: flat });
    // Every commune reaches every other: A_i = ΣS / ΣP for all i.
    const totalPop = r.population.reduce((a, b) => a + b, 0);
    const sum = r.scores.reduce((a, s, i) => a + (s / 1e5) * (r.population[i] as number), 0);
    expect(sum).toBeCloseTo(activities.length, 6);
    r.scores.forEach((s) => expect(s).toBeCloseTo((activities.length / totalPop) * 1e5, 6));
  });

  it('rejects unusable decay steps with a French message', () => {
    expect(() =>
      analyseAccess({
        communes,
        activities,
        parameters: { ...PER_100K, decay: [{ upToMinutes: 10, weight: 2 }] },
      }),
    ).toThrow(/poids 2 hors de 0–1/);
  });
});
