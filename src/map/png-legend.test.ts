import { describe, expect, it } from 'vitest';
import { buildMapLegend, NOTHING_DRAWN } from './legend-model';
import { blendOnWhite, toPngLegendItems } from './png-legend';

describe('PNG legend from the map legend', () => {
  it('writes each block as a heading then its entries, drawn as on the map', () => {
    const legend = buildMapLegend({
      ...NOTHING_DRAWN,
      territory: { roles: { in: 2, overlap: 1 }, outline: true },
      perimeters: [{ name: 'CPTS A', colour: '#E69F00', communeCount: 3 }],
      establishments: [{ label: 'Hôpital', colour: '#D55E00', count: 2 }],
      choropleth: {
        title: 'Densité',
        unit: 'hab./km²',
        entries: [{ colour: '#eee', label: '0 à 10', count: 3 }],
      },
    });
    const items = toPngLegendItems(legend);
    expect(items.map((i) => i.label)).toEqual([
      'Territoire',
      'Communes du territoire · 3 communes',
      'Contour du territoire',
      'Aussi dans une autre CPTS (chevauchement) · 1 commune',
      'Périmètres des CPTS',
      'CPTS A · 3 communes',
      'Établissements (FINESS)',
      'Hôpital · 2 établissements',
      'Densité (hab./km²)',
      '0 à 10 · 3 communes',
    ]);
    expect(items[3]).toMatchObject({ hatch: true });
    expect(items[5]).toMatchObject({ dash: true, colour: '#E69F00' });
    expect(items[7]).toMatchObject({ dot: true });
    // The territory's wash is exported as the colour it shows over white.
    expect(items[1]!.colour).toBe(blendOnWhite('#0072B2', 0.3));
  });

  it('blends a colour over white', () => {
    expect(blendOnWhite('#0072B2', 0.5)).toBe('#80b9d9');
    expect(blendOnWhite('#123456', 1)).toBe('#123456');
  });
});
