import { describe, expect, it } from 'vitest';
import { computeE2sfca } from './compute-e2sfca';
import { DREES_DECAY } from './decay';
import { naiveE2sfca } from './naive-e2sfca';
import {
  buildEstimatedPairs,
  buildMatrixPairs,
  DEFAULT_TRAVEL_ESTIMATE,
  estimateTravelMinutes,
  haversineKm,
} from './travel-time';
import type { AccessCommune } from './types';

function scatter(n: number, seed: number): AccessCommune[] {
  let s = seed;
  const random = () => (s = (s * 16807) % 2147483647) / 2147483647;
  return Array.from({ length: n }, (_, i) => ({
    code: `96${String(i).padStart(3, '0')}`,
    lon: -4 + random() * 1.2,
    lat: 45.3 + random() * 0.9,
    population: Math.round(50 + random() * 5000),
    ages: null,
  }));
}

describe('travel times', () => {
  it('estimates minutes from the straight-line distance, detour and speed', () => {
    expect(estimateTravelMinutes(10, { detourFactor: 1.3, speedKmh: 60 })).toBeCloseTo(13, 12);
    expect(Math.round(haversineKm(2.3522, 48.8566, 4.8357, 45.764))).toBe(391);
  });

  it('finds exactly the pairs under the cut-off that an all-pairs scan finds', () => {
    const communes = scatter(400, 11);
    const pairs = buildEstimatedPairs(communes, 20, DEFAULT_TRAVEL_ESTIMATE);
    let expected = 0;
    for (const a of communes)
      for (const b of communes) {
        const t =
          a === b
            ? 0
            : estimateTravelMinutes(
                haversineKm(a.lon, a.lat, b.lon, b.lat),
                DEFAULT_TRAVEL_ESTIMATE,
              );
        if (t < 20) expected += 1;
      }
    expect(pairs.targets.length).toBe(expected);
    expect(pairs.targets.length).toBeLessThan(400 * 400);
  });

  it('gives the same scores as the naive all-pairs E2SFCA', () => {
    const communes = scatter(300, 5);
    const pop = Float64Array.from(communes, (c) => c.population);
    const supply = Float64Array.from(communes, (_, i) => (i % 7 === 0 ? 1 + (i % 3) : 0));
    const pairs = buildEstimatedPairs(communes, 20, DEFAULT_TRAVEL_ESTIMATE);
    const fast = computeE2sfca(pairs, pop, supply, DREES_DECAY).scores;
    const slow = naiveE2sfca(communes, pop, supply, DREES_DECAY, DEFAULT_TRAVEL_ESTIMATE);
    fast.forEach((v, i) => expect(v).toBeCloseTo(slow[i] as number, 12));
  });

  it('reads a matrix: reverse direction, self pairs, unknown codes and communes without times', () => {
    const communes = scatter(3, 1);
    const m = buildMatrixPairs(
      communes,
      [
        { origin: '96000', destination: '96001', minutes: 12 },
        { origin: '96000', destination: '99999', minutes: 3 },
      ],
      20,
    );
    expect(m.unknownCodes).toEqual(['99999']);
    expect(m.communesWithoutTimes).toEqual(['96002']);
    expect(m.reversedPairs).toBe(1);
    // Rows: 96000 → {96000: 0, 96001: 12}; 96001 → {96000: 12, 96001: 0}; 96002 → {96002: 0}.
    expect(Array.from(m.offsets)).toEqual([0, 2, 4, 5]);
    expect(Array.from(m.targets)).toEqual([0, 1, 0, 1, 2]);
    expect(Array.from(m.minutes)).toEqual([0, 12, 12, 0, 0]);
  });
});
