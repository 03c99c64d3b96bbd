import { describe, expect, it } from 'vitest';
import { buildMapLegend, NOTHING_DRAWN } from './legend-model';
import { FLOW_LINE } from './map-symbols';
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

  it('draws flow lines as thick as the map, with the stays each width stands for', () => {
    const legend = buildMapLegend({
      ...NOTHING_DRAWN,
      flowLines: { count: 12, minStays: 4, maxStays: 400 },
    });
    const items = toPngLegendItems(legend);
    expect(items[0]!.label).toBe(
      'Flux de patients (séjours) (séjours par ligne, de la zone de résidence à l’établissement)',
    );
    expect(items[0]!.width).toBeUndefined();
    // sqrt(400) = 20 → 14 px, sqrt(100) = 10 → 1 + 13 × (10 − 2) / 18 = 6.8 px, sqrt(4) → 1 px.
    expect(items.slice(1, 4).map((i) => [i.label, i.width])).toEqual([
      ['400 séjours', FLOW_LINE.maxPx],
      ['100 séjours', 6.8],
      ['4 séjours', FLOW_LINE.minPx],
    ]);
    // The flow's colour as the map shows it (its opacity over white), never a box.
    expect(items[1]).toMatchObject({ colour: blendOnWhite(FLOW_LINE.colour, FLOW_LINE.opacity) });
    expect(items[1]!.line).toBeUndefined();
    expect(items[4]!.label).toMatch(/^12 lignes/);
    expect(items[4]!.width).toBeUndefined();
  });

  it('blends a colour over white', () => {
    expect(blendOnWhite('#0072B2', 0.5)).toBe('#80b9d9');
    expect(blendOnWhite('#123456', 1)).toBe('#123456');
  });
});
