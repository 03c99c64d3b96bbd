import { describe, expect, it } from 'vitest';
import type { ZoneFlow } from './flow-types';
import { computeRecruitmentBasin } from './recruitment-basin';

const zone = (z: string, stays: number | null, maskedCells = 0): ZoneFlow => ({
  zone: z,
  finess: '960000017',
  stays,
  maskedCells,
});

describe('computeRecruitmentBasin', () => {
  it('stops at the zone reaching 80 % exactly', () => {
    // 50 + 30 = 80 of 100 stays.
    const b = computeRecruitmentBasin(
      [zone('z3', 15), zone('z1', 50), zone('z2', 30), zone('z4', 5)],
      '960000017',
    );
    expect(b.zones.map((z) => z.zone)).toEqual(['z1', 'z2']);
    expect(b.zones[1]?.cumulativeShare).toBeCloseTo(0.8, 12);
    expect(b.totalStays).toBe(100);
  });

  it('includes the zone that crosses the threshold', () => {
    // 50 + 25 = 75 % < 80 %, + 15 = 90 %.
    const b = computeRecruitmentBasin(
      [zone('z1', 50), zone('z2', 25), zone('z3', 15), zone('z4', 10)],
      '960000017',
    );
    expect(b.zones.map((z) => z.zone)).toEqual(['z1', 'z2', 'z3']);
  });

  it('keeps masked cells apart and ignores other establishments', () => {
    const b = computeRecruitmentBasin(
      [zone('z1', 10), zone('z2', null, 1), { zone: 'z3', finess: 'x', stays: 99, maskedCells: 0 }],
      '960000017',
    );
    expect(b.zones.map((z) => z.zone)).toEqual(['z1']);
    expect(b.maskedCells).toBe(1);
  });
});
