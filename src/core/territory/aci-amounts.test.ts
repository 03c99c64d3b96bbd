import { describe, expect, it } from 'vitest';
import { ACI_AMOUNTS, aciAmountsForSize, formatAciAmount, type AciSize } from './aci-amounts';
import { ACI_THRESHOLDS } from './aci-tranche';

const SIZES: AciSize[] = [1, 2, 3, 4];

describe('ACI amounts table', () => {
  it('gives every row a text reference and an ISO « valable au » date', () => {
    for (const row of ACI_AMOUNTS) {
      expect(row.text.reference.length).toBeGreaterThan(40);
      expect(row.validAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(row.validAt))).toBe(false);
    }
  });

  it('cites the 2019 ACI with its approving arrêté and Journal officiel', () => {
    const aci2019 = ACI_AMOUNTS.filter((r) => r.text.id === 'aci-2019');
    expect(aci2019.length).toBeGreaterThan(0);
    for (const r of aci2019) {
      expect(r.text.reference).toContain('20 juin 2019');
      expect(r.text.reference).toContain('arrêté du 21 août 2019');
      expect(r.text.reference).toContain('24 août 2019');
      expect(r.article).not.toBeNull();
    }
  });

  it('has one text per row and at most one row per (text, kind): no mixed figures', () => {
    const keys = ACI_AMOUNTS.map((r) => `${r.text.id}|${r.kind}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keeps the 2019 maxima and fonctionnement, and avenant 2 as a revision without figures', () => {
    const row = (text: string, kind: string) =>
      ACI_AMOUNTS.find((r) => r.text.id === text && r.kind === kind)!.maxEurBySize;
    expect(row('aci-2019', 'total')).toEqual({ 1: 220_000, 2: 287_000, 3: 370_000, 4: 450_000 });
    expect(row('aci-2019', 'fonctionnement')).toEqual({
      1: 50_000,
      2: 60_000,
      3: 75_000,
      4: 90_000,
    });
    for (const size of SIZES) expect(row('avenant-2', 'fonctionnement')[size]).toBeNull();
  });

  it('keeps the tranche thresholds of 2019 (unchanged by avenant 2)', () => {
    expect([...ACI_THRESHOLDS]).toEqual([40_000, 80_000, 175_000]);
  });
});

describe('aciAmountsForSize', () => {
  it('lists only the amounts sourced for the size', () => {
    expect(aciAmountsForSize(1).map((a) => a.maxEur)).toEqual([50_000, 220_000]);
    expect(aciAmountsForSize(4).map((a) => a.maxEur)).toEqual([90_000, 450_000]);
  });

  it('marks the 2019 amounts as changed by avenant 2, and says when its figure is not listed', () => {
    const total2019 = aciAmountsForSize(2).find((a) => a.kind === 'total')!;
    expect(total2019.supersededBy).toMatchObject({
      text: { id: 'avenant-2' },
      amountListed: false,
    });
    // No amount of avenant 2 is listed: none could be checked against the signed text here.
    expect(aciAmountsForSize(2).some((a) => a.text.id === 'avenant-2')).toBe(false);
  });

  it('formats an amount as a maximum with its text, article and date', () => {
    const [first] = aciAmountsForSize(4);
    expect(formatAciAmount(first!)).toBe(
      'Fonctionnement de la communauté : jusqu’à 90 000 €/an — ACI CPTS 2019, art. 7.2, valable au 25/08/2019 (modifié par l’avenant n° 2 à l’ACI CPTS, nouveau montant non repris ici)',
    );
  });
});
