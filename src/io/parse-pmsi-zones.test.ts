import { describe, expect, it } from 'vitest';
import { parsePmsiZones } from './parse-pmsi-zones';
import { issuesOf } from './test-helpers';

describe('parsePmsiZones', () => {
  it('reads the ATIH correspondence, one row per postal code', () => {
    const r = parsePmsiZones(
      'code_geo;code_postal;libelle\n50C02;50610;Jullouville\n50C02;50740, 1400;Carolles\n50C02;50610;doublon\n',
      { file: 'zones.csv' },
    );
    expect(r.rows).toEqual([
      { zoneCode: '50C02', postalCode: '50610' },
      { zoneCode: '50C02', postalCode: '50740' },
      { zoneCode: '50C02', postalCode: '01400' },
    ]);
    expect(issuesOf(r.issues, 'repaired-code')).toHaveLength(1);
  });

  it('errors on missing columns', () => {
    const r = parsePmsiZones('code_geo;libelle\n50C02;X\n', { file: 'zones.csv' });
    expect(issuesOf(r.issues, 'missing-column')[0]?.column).toBe('code_postal');
  });
});
