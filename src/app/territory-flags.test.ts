import { describe, expect, it } from 'vitest';
import { describeMissingCommunes, flagMissingCommunes } from './territory-flags';
import type { TerritoryProject } from './territory-store';

const project: TerritoryProject = {
  territories: [
    { id: 'a', name: 'Demo', codes: ['96001', '96002', '96003'], basedOn: null },
    { id: 'b', name: 'Mixte', codes: ['50001', '96004'], basedOn: null },
    { id: 'c', name: 'Chargé', codes: ['50001', '50002'], basedOn: null },
  ],
  activeId: 'c',
};
const known = new Set(['50001', '50002']);

describe('flagMissingCommunes', () => {
  it('flags every territory with communes that are not loaded, and only those', () => {
    expect(flagMissingCommunes(project, known)).toEqual([
      { territoryId: 'a', name: 'Demo', missing: ['96001', '96002', '96003'], total: 3 },
      { territoryId: 'b', name: 'Mixte', missing: ['96004'], total: 2 },
    ]);
  });

  it('flags nothing when every commune is loaded', () => {
    expect(
      flagMissingCommunes(project, new Set(['50001', '50002', '96001', '96002', '96003', '96004'])),
    ).toEqual([]);
  });

  it('says how many communes are missing and which ones', () => {
    const [a, b] = flagMissingCommunes(project, known);
    expect(describeMissingCommunes(a!)).toBe(
      '3 communes de ce territoire ne sont pas dans les données chargées (aucune de ses communes n’est chargée) : 96001, 96002, 96003',
    );
    expect(describeMissingCommunes(b!)).toBe(
      '1 commune de ce territoire n’est pas dans les données chargées : 96004',
    );
    expect(describeMissingCommunes(a!, 2)).toMatch(/: 96001, 96002 et 1 autre$/);
  });
});
