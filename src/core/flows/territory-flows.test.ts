import { describe, expect, it } from 'vitest';
import { resolveDestinations } from './destinations';
import type { CommuneFlow } from './flow-types';
import { HAND_ESTABLISHMENTS, HAND_FLOWS } from './hand-case';
import { computeTerritoryFlows } from './territory-flows';

const { byFiness } = resolveDestinations(['000000001', '200000002'], HAND_ESTABLISHMENTS);

describe('computeTerritoryFlows', () => {
  it('computes autarcie, fuite and attractivité of {A, B} by hand', () => {
    const t = computeTerritoryFlows(HAND_FLOWS, byFiness, ['A', 'B']);
    // Residents of A and B: 90 + 10 + 60 + 40 = 200 stays, of which 90 + 60 = 150 at H1 (in A).
    expect(t.residentStays).toBe(200);
    expect(t.internalStays).toBe(150);
    expect(t.autarcie).toBeCloseTo(0.75, 12);
    expect(t.fuite).toBeCloseTo(0.25, 12);
    // H1 receives 90 + 60 + 30 + 20 + 10 + 40 = 250 stays, 100 of them from outside A and B.
    expect(t.establishmentStays).toBe(250);
    expect(t.attractivite).toBeCloseTo(100 / 250, 12);
    expect(t.topDestinations.map((d) => [d.finess, d.stays, d.share])).toEqual([
      ['000000001', 150, 0.75],
      ['200000002', 50, 0.25],
    ]);
    expect(t.marketShares).toHaveLength(1);
    expect(t.marketShares[0]).toMatchObject({
      finess: '000000001',
      name: 'CH A',
      shareOfActivity: 0.6,
    });
    expect(t.masked).toEqual({ cells: 0, weightedCells: 0, maxStays: 0 });
  });

  it('counts masked cells apart and never as 0 stays', () => {
    const masked: CommuneFlow = {
      commune: 'C',
      finess: '000000001',
      stays: null,
      maskedCells: 2,
      maskedWeight: 0.5,
    };
    const t = computeTerritoryFlows([...HAND_FLOWS, masked], byFiness, ['C']);
    expect(t.masked).toEqual({ cells: 2, weightedCells: 0.5, maxStays: 5 });
    // The known stays are unchanged: 30 + 50, none in C.
    expect(t.residentStays).toBe(80);
    expect(t.autarcie).toBe(0);
    expect(t.attractivite).toBeNull();
  });

  it('gives null rates for a territory without stays', () => {
    const t = computeTerritoryFlows(HAND_FLOWS, byFiness, ['G']);
    expect([t.autarcie, t.fuite, t.attractivite]).toEqual([null, null, null]);
  });

  it('counts stays to unknown FINESS as outside the territory and reports them', () => {
    const flows: CommuneFlow[] = [
      { commune: 'A', finess: '999999999', stays: 20, maskedCells: 0, maskedWeight: 0 },
      ...HAND_FLOWS,
    ];
    const t = computeTerritoryFlows(flows, byFiness, ['A']);
    expect(t.unplacedStays).toBe(20);
    expect(t.autarcie).toBeCloseTo(90 / 120, 12);
  });
});
