import { describe, expect, it } from 'vitest';
import { ColumnTable } from '../db/column-table';
import { CommuneTable } from './commune-table';

/** Two communes of the Ain and one of Corse-du-Sud, no Annuaire Santé loaded (gp NULL). */
const communes = new CommuneTable(
  ColumnTable.fromRows([
    {
      code: '01001',
      name: 'L’Abergement-Clémenciat',
      population: 859,
      gp: null,
      epci: '200069193',
    },
    { code: '01002', name: 'L’Abergement-de-Varey', population: null, gp: null, epci: null },
    { code: '2A004', name: 'Ajaccio', population: 73_380, gp: null, epci: '242010056' },
  ]),
);

describe('CommuneTable', () => {
  it('finds communes by their code, a string with its leading zero', () => {
    expect(communes.codes).toEqual(['01001', '01002', '2A004']);
    expect(communes.size).toBe(3);
    expect(communes.indexOf('01002')).toBe(1);
    expect(communes.indexOf('1002')).toBe(-1);
    expect(communes.nameOf('2A004')).toBe('Ajaccio');
    expect(communes.nameOf('99999')).toBeUndefined();
  });

  it('reads a missing value as null, never 0', () => {
    expect(communes.number('population', 0)).toBe(859);
    expect(communes.number('population', 1)).toBeNull();
    expect(communes.number('gp', 2)).toBeNull();
    expect(communes.value('epci', 1)).toBeNull();
  });

  it('gives the row of one commune as the query gave it', () => {
    expect(communes.rowOf('01002')).toStrictEqual({
      code: '01002',
      name: 'L’Abergement-de-Varey',
      population: null,
      gp: null,
      epci: null,
    });
    expect(communes.rowOf('01003')).toBeUndefined();
  });

  it('lists code and name of each commune', () => {
    expect([...communes.names()].map((c) => `${c.code} ${c.name}`)).toEqual([
      '01001 L’Abergement-Clémenciat',
      '01002 L’Abergement-de-Varey',
      '2A004 Ajaccio',
    ]);
  });
});
