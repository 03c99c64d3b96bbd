import { describe, expect, it } from 'vitest';
import { computeAciTranche } from './aci-tranche';

describe('computeAciTranche', () => {
  it('puts populations in the four ACI tranches', () => {
    expect(computeAciTranche(8_500).tranche.size).toBe(1);
    expect(computeAciTranche(60_000).tranche.size).toBe(2);
    expect(computeAciTranche(120_000).tranche.size).toBe(3);
    expect(computeAciTranche(354_000).tranche.size).toBe(4);
  });

  it('gives the sourced maxima of the tranche, each from one text with its date', () => {
    const amounts = computeAciTranche(60_000).amounts;
    expect(amounts.map((a) => [a.text.id, a.kind, a.maxEur, a.validAt])).toEqual([
      ['aci-2019', 'fonctionnement', 60_000, '2019-08-25'],
      ['aci-2019', 'total', 287_000, '2019-08-25'],
    ]);
    expect(amounts.every((a) => a.supersededBy?.text.id === 'avenant-2')).toBe(true);
  });

  it('handles the exact thresholds', () => {
    expect(computeAciTranche(39_999).tranche.size).toBe(1);
    expect(computeAciTranche(40_000).tranche.size).toBe(2);
    expect(computeAciTranche(80_000).tranche.size).toBe(3);
    expect(computeAciTranche(175_000).tranche.size).toBe(3);
    expect(computeAciTranche(175_001).tranche.size).toBe(4);
  });

  it('warns within 3 % of a threshold, on both sides, and not beyond', () => {
    expect(computeAciTranche(38_800).warning).toMatchObject({ threshold: 40_000, distancePct: 3 });
    expect(computeAciTranche(38_799).warning).toBeNull();
    expect(computeAciTranche(41_200).warning?.threshold).toBe(40_000);
    expect(computeAciTranche(41_201).warning).toBeNull();
    expect(computeAciTranche(170_000).warning?.message).toContain('en dessous du seuil de 175');
    expect(computeAciTranche(82_000).warning?.message).toContain('au-dessus');
    expect(computeAciTranche(60_000).warning).toBeNull();
  });
});
