import { describe, expect, it } from 'vitest';
import { NO_DATA_COLOUR } from '../core/classify/palettes';
import { categoricalOverlay } from './flows-colours';

describe('categoricalOverlay', () => {
  it('counts the communes of each group and those outside every group', () => {
    const { legend, colourByCode } = categoricalOverlay(
      'Bassins',
      new Map([
        ['a', 'b1'],
        ['b', 'b1'],
        ['c', 'b2'],
      ]),
      (g) => `Bassin ${g}`,
      ['a', 'b', 'c', 'd'],
      { unit: 'bassin de patients', outsideLabel: 'Sans bassin' },
    );
    expect(legend.unit).toBe('bassin de patients');
    expect(legend.entries.map((e) => [e.label, e.count])).toEqual([
      ['Bassin b1', 2],
      ['Bassin b2', 1],
      ['Sans bassin', 1],
    ]);
    expect(legend.entries[2]!.colour).toBe(NO_DATA_COLOUR);
    expect(colourByCode.get('d')).toBeNull();
    expect(colourByCode.get('a')).toBe(legend.entries[0]!.colour);
  });

  it('has no « outside » entry when every commune is in a group', () => {
    const { legend } = categoricalOverlay('X', new Map([['a', 'g']]), (g) => g, ['a'], {
      unit: '',
      outsideLabel: 'Hors',
    });
    expect(legend.entries.map((e) => e.label)).toEqual(['g']);
  });
});
