import { describe, expect, it } from 'vitest';
import { resolveDestinations } from './destinations';
import { HAND_ESTABLISHMENTS } from './hand-case';

describe('resolveDestinations', () => {
  it('places a public hospital reported under its EJ at its hospital site, not at its EHPAD', () => {
    const { byFiness } = resolveDestinations(['000000001'], HAND_ESTABLISHMENTS);
    expect(byFiness.get('000000001')).toMatchObject({
      communeCode: 'A',
      level: 'EJ',
      siteFiness: '100000001',
    });
  });

  it('places a clinic reported under its ET at that site', () => {
    const { byFiness } = resolveDestinations(['200000002'], HAND_ESTABLISHMENTS);
    expect(byFiness.get('200000002')).toMatchObject({ communeCode: 'E', level: 'ET' });
  });

  it('reports FINESS matching no establishment instead of dropping them', () => {
    const { byFiness, unresolved } = resolveDestinations(
      ['012345678', '200000002'],
      HAND_ESTABLISHMENTS,
    );
    expect(unresolved).toEqual(['012345678']);
    expect(byFiness.size).toBe(1);
  });

  it('reads the family from the label when the file has no category code (GISCO extract)', () => {
    const site = (finessEt: string, categoryLabel: string) => ({
      finessEt,
      finessEj: '500000013',
      name: categoryLabel,
      communeCode: finessEt === '500000001' ? 'EHPAD' : 'CH',
      categoryCode: '',
      categoryLabel,
      lon: null,
      lat: null,
    });
    const { byFiness } = resolveDestinations(
      ['500000013'],
      [
        site('500000001', "Etablissement d'hébergement pour personnes âgées dépendantes"),
        site('500000002', 'Centre Hospitalier (C.H.)'),
      ],
    );
    expect(byFiness.get('500000013')).toMatchObject({ communeCode: 'CH', siteFiness: '500000002' });
  });
});
