import { describe, expect, it } from 'vitest';
import { detectZoneKind, isMergedPmsiCode } from './zone-kind';

// A tiny slice of the real COG 2026 (Ain): postal code 01400 covers Châtillon-sur-Chalaronne and
// 9 other communes; INSEE 01400 is Seillonnaz (postal code 01470).
const refs = (atih: string[] = []) => ({
  postalCodes: new Set(['01400', '01470', '01000', '01090', '01100']),
  communeCodes: new Set(['01400', '01093', '01001', '01004', '01005', '01053']),
  atihZones: new Set(atih),
});

describe('detectZoneKind', () => {
  it('reads colliding codes as postal codes (ATIH rule), flagged ambiguous', () => {
    const d = detectZoneKind(['01400', '01400'], refs());
    expect(d.kind).toBe('postal');
    expect(d.ambiguous).toBe(true);
    expect(d.counts).toMatchObject({ zones: 1, both: 1 });
  });

  it('reads a file with postal-only codes as postal codes', () => {
    const d = detectZoneKind(['01400', '01000', '01090', '99100'], refs());
    expect(d).toMatchObject({ kind: 'postal', ambiguous: false });
    expect(d.counts.zones).toBe(3);
  });

  it('reads a file of commune codes as INSEE codes', () => {
    const d = detectZoneKind(['01001', '01004', '01005', '01053', '01400'], refs());
    expect(d).toMatchObject({ kind: 'insee', ambiguous: false });
    expect(d.counts.communeOnly).toBe(4);
  });

  it('recognises ATIH merged codes and a loaded ATIH table', () => {
    expect(detectZoneKind(['01C02', '01400'], refs()).kind).toBe('pmsi');
    expect(detectZoneKind(['96100', '96200'], refs(['96100', '96200'])).kind).toBe('pmsi');
  });

  it('knows the shape of merged codes', () => {
    expect(['50C02', '2AC01', '97C11'].map(isMergedPmsiCode)).toEqual([true, true, true]);
    expect(['50610', 'C0102', '50C2A'].map(isMergedPmsiCode)).toEqual([false, false, false]);
  });
});
