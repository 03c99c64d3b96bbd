import { describe, expect, it } from 'vitest';
import { resolveDestinations } from './destinations';
import type { CommuneFlow, FlowInputs, ZoneAllocation, ZoneFlow } from './flow-types';
import { HAND_ESTABLISHMENTS, HAND_FLOWS } from './hand-case';
import { computeTerritoryFlows } from './territory-flows';

const H1 = '000000001'; // CH A, in commune A
const H2 = '200000002'; // Clinique E, in commune E
const { byFiness } = resolveDestinations([H1, H2], HAND_ESTABLISHMENTS);

/** The zone → commune allocation as `buildCommuneStaysSql` does it: stays × weight, masked apart. */
function inputsOf(
  zoneFlows: ZoneFlow[],
  allocation: ZoneAllocation[],
): Pick<FlowInputs, 'communeFlows' | 'zoneFlows' | 'allocation'> {
  const byKey = new Map<string, CommuneFlow>();
  for (const f of zoneFlows)
    for (const a of allocation.filter((x) => x.zone === f.zone)) {
      const key = `${a.commune}|${f.finess}`;
      const c = byKey.get(key) ?? {
        commune: a.commune,
        finess: f.finess,
        stays: null,
        maskedCells: 0,
        maskedWeight: 0,
      };
      if (f.stays !== null) c.stays = (c.stays ?? 0) + f.stays * a.weight;
      c.maskedCells += f.maskedCells;
      c.maskedWeight += f.maskedCells * a.weight;
      byKey.set(key, c);
    }
  return { communeFlows: [...byKey.values()], zoneFlows, allocation };
}

/** The hand case with one zone per commune (zone code = commune code, weight 1). */
const zone = (z: string, finess: string, stays: number | null, maskedCells = 0): ZoneFlow => ({
  zone: z,
  finess,
  stays,
  maskedCells,
});
const HAND_ZONES = HAND_FLOWS.map((f) => zone(f.commune, f.finess, f.stays));
const IDENTITY = ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((c) => ({
  zone: c,
  commune: c,
  weight: 1,
}));
const hand = inputsOf(HAND_ZONES, IDENTITY);

describe('computeTerritoryFlows', () => {
  it('computes autarcie, fuite and attractivité of {A, B} by hand', () => {
    const t = computeTerritoryFlows(hand, byFiness, ['A', 'B']);
    // Residents of A and B: 90 + 10 + 60 + 40 = 200 stays, of which 90 + 60 = 150 at H1 (in A).
    expect(t.residentStays).toBe(200);
    expect(t.internalStays).toBe(150);
    expect(t.autarcie).toBeCloseTo(0.75, 12);
    expect(t.fuite).toBeCloseTo(0.25, 12);
    // H1 receives 90 + 60 + 30 + 20 + 10 + 40 = 250 stays, 100 of them from outside A and B.
    expect(t.establishmentStays).toBe(250);
    expect(t.attractivite).toBeCloseTo(100 / 250, 12);
    expect(t.topDestinations.map((d) => [d.finess, d.stays, d.share])).toEqual([
      [H1, 150, 0.75],
      [H2, 50, 0.25],
    ]);
    expect(t.marketShares).toHaveLength(1);
    expect(t.marketShares[0]).toMatchObject({ finess: H1, name: 'CH A', shareOfActivity: 0.6 });
    expect(t.masked).toEqual({
      cells: 0,
      residentCells: 0,
      residentWeightedCells: 0,
      residentMaxStays: 0,
      establishmentCells: 0,
      establishmentMaxStays: 0,
    });
    expect(t.unallocatedZones).toEqual({ stays: 0, share: 0, maskedCells: 0, zones: [] });
  });

  it('counts every stay of the establishments, unplaced zones and masked cells per rate', () => {
    // The hand case plus: zone BC split B 0.4 / C 0.6; zones 99999 (abroad) and 14118 (another
    // département) placed on no loaded commune; masked cells A→H2, B→H1, C→H1, BC→H2, 99999→H1.
    const zones: ZoneFlow[] = [
      ...HAND_ZONES.map((f) =>
        (f.zone === 'A' && f.finess === H2) ||
        (f.zone === 'B' && f.finess === H1) ||
        (f.zone === 'C' && f.finess === H1)
          ? { ...f, maskedCells: 1 }
          : f,
      ),
      zone('BC', H1, 50),
      zone('BC', H2, null, 1),
      zone('99999', H1, 30, 1),
      zone('14118', H1, 20),
      zone('14118', H2, 5),
    ];
    const allocation = [
      ...IDENTITY,
      { zone: 'BC', commune: 'B', weight: 0.4 },
      { zone: 'BC', commune: 'C', weight: 0.6 },
    ];
    const t = computeTerritoryFlows(inputsOf(zones, allocation), byFiness, ['A', 'B']);
    // Residents (allocated): A 90 (H1) + 10 (H2); B 60 + 0.4 × 50 = 80 (H1) + 40 (H2) = 220,
    // of which 90 + 80 = 170 at H1: autarcie 170 / 220, fuite 50 / 220.
    expect(t.residentStays).toBeCloseTo(220, 9);
    expect(t.internalStays).toBeCloseTo(170, 9);
    expect(t.autarcie).toBeCloseTo(170 / 220, 12);
    expect(t.fuite).toBeCloseTo(50 / 220, 12);
    // H1, every zone of the file: 90 + 60 + 30 + 20 + 10 + 40 (communes) + 50 (BC) + 30 (99999)
    // + 20 (14118) = 350; non-residents 350 − 170 = 180 = C 30 + D 20 + E 10 + F 40 + 0.6 × 50
    // + 30 + 20. Attractivité 180 / 350 (commune-allocated stays only would give 130 / 300).
    expect(t.establishmentStays).toBe(350);
    expect(t.attractivite).toBeCloseTo(180 / 350, 12);
    // Unplaced zones in H1: 99999 (30 stays, 1 masked cell) and 14118 (20; its 5 at H2 are not
    // T's): 50 stays, 50 / 350 = 1/7 of T's establishments' stays.
    expect(t.unallocatedZones.stays).toBe(50);
    expect(t.unallocatedZones.share).toBeCloseTo(1 / 7, 12);
    expect(t.unallocatedZones.maskedCells).toBe(1);
    expect(t.unallocatedZones.zones).toEqual([
      { zone: '99999', stays: 30, maskedCells: 1 },
      { zone: '14118', stays: 20, maskedCells: 0 },
    ]);
    // Residents' cells (zones A, B, BC touch T): A→H2, B→H1, BC→H2 = 3, of weights 1 + 1 + 0.4
    // = 2.4, at most 24 stays. T's establishments' cells: B→H1, C→H1, 99999→H1 = 3, at most 30.
    // Distinct cells: B→H1 is in both, 3 + 3 − 1 = 5.
    expect(t.masked.residentCells).toBe(3);
    expect(t.masked.residentWeightedCells).toBeCloseTo(2.4, 12);
    expect(t.masked.residentMaxStays).toBeCloseTo(24, 12);
    expect(t.masked.establishmentCells).toBe(3);
    expect(t.masked.establishmentMaxStays).toBe(30);
    expect(t.masked.cells).toBe(5);
    // H1's activity from T: 170 of 350.
    expect(t.marketShares[0]?.shareOfActivity).toBeCloseTo(170 / 350, 12);
  });

  it('counts masked cells apart and never as 0 stays', () => {
    const t = computeTerritoryFlows(
      inputsOf([...HAND_ZONES, zone('C', H1, null, 2)], IDENTITY),
      byFiness,
      ['C'],
    );
    expect(t.masked).toMatchObject({
      cells: 2,
      residentCells: 2,
      residentWeightedCells: 2,
      residentMaxStays: 20,
      establishmentCells: 0,
    });
    // The known stays are unchanged: 30 + 50, none in C.
    expect(t.residentStays).toBe(80);
    expect(t.autarcie).toBe(0);
    expect(t.attractivite).toBeNull();
    expect(t.unallocatedZones.share).toBeNull();
  });

  it('gives null rates for a territory without stays', () => {
    const t = computeTerritoryFlows(hand, byFiness, ['G']);
    expect([t.autarcie, t.fuite, t.attractivite]).toEqual([null, null, null]);
  });

  it('counts stays to unknown FINESS as outside the territory and reports them', () => {
    const t = computeTerritoryFlows(
      inputsOf([zone('A', '999999999', 20), ...HAND_ZONES], IDENTITY),
      byFiness,
      ['A'],
    );
    expect(t.unplacedStays).toBe(20);
    expect(t.autarcie).toBeCloseTo(90 / 120, 12);
  });
});
