import { describe, expect, it } from 'vitest';
import { searchCommunes } from './search-communes';

const communes = [
  { code: '50502', name: 'Saint-Lô' },
  { code: '50001', name: 'Acqueville' },
  { code: '01001', name: "L'Abergement-Clémenciat" },
  { code: '50129', name: 'Cherbourg-en-Cotentin' },
];

describe('searchCommunes', () => {
  it('ignores accents, case and hyphens', () => {
    expect(searchCommunes(communes, 'saint lo').map((c) => c.code)).toEqual(['50502']);
    expect(searchCommunes(communes, 'CLEMENCIAT').map((c) => c.code)).toEqual(['01001']);
  });

  it('finds by INSEE code, keeping the leading zero', () => {
    expect(searchCommunes(communes, '01001').map((c) => c.code)).toEqual(['01001']);
    expect(searchCommunes(communes, '501').map((c) => c.code)).toEqual(['50129']);
  });

  it('ranks names starting with the query first', () => {
    expect(searchCommunes(communes, 'ch').map((c) => c.code)).toEqual(['50129']);
    expect(searchCommunes(communes, 'e').length).toBe(3); // every name but « Saint-Lô »
    expect(searchCommunes(communes, '')).toEqual([]);
  });
});
