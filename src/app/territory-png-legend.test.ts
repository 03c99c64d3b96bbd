import { describe, expect, it } from 'vitest';
import type { TerritoryAnalysis } from '../core/territory/analyse-territory';
import { territoryPngLegend } from './territory-png-legend';

/** An analysis with only what the legend reads. */
function analysis(over: Partial<TerritoryAnalysis>): TerritoryAnalysis {
  return {
    outline: {
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiPolygon', coordinates: [] },
    },
    overlaps: [],
    whiteZones: { inside: [], around: [] },
    contiguity: { pieces: [['96001']], enclaves: [], holes: 0, offending: [] },
    ...over,
  } as unknown as TerritoryAnalysis;
}

const nothingDrawn = { perimeters: [], establishments: false };

describe('territoryPngLegend', () => {
  it('lists only the territory and its outline when nothing else is drawn', () => {
    const labels = territoryPngLegend(analysis({}), nothingDrawn, new Set(), null).map(
      (i) => i.label,
    );
    expect(labels).toEqual(['Communes du territoire', 'Périmètre fusionné']);
  });

  it('adds overlaps, white zones and contiguity problems only when there are some', () => {
    const items = territoryPngLegend(
      analysis({
        overlaps: [{ name: 'CPTS A', sharedCommunes: ['96002'] }] as never,
        whiteZones: { inside: [], around: ['96009'] },
        contiguity: {
          pieces: [['96001'], ['96005']],
          enclaves: [],
          holes: 0,
          offending: [],
        } as never,
      }),
      nothingDrawn,
      new Set(),
      null,
    );
    expect(items.map((i) => i.label)).toEqual([
      'Communes du territoire',
      'Périmètre fusionné',
      'Chevauchement avec une autre CPTS',
      'Zone blanche (aucune CPTS)',
      'Problème de contiguïté',
    ]);
    expect(items[2]?.hatch).toBe(true);
  });

  it('keys the CPTS outlines and the establishment families that the map shows', () => {
    const items = territoryPngLegend(
      analysis({ whiteZones: null, overlaps: null }),
      {
        perimeters: [{ name: 'CPTS du Littoral Fictif', colour: '#123456' }],
        establishments: true,
      },
      new Set(['hopital']),
      { title: 'Densité', unit: 'hab./km²', entries: [{ colour: '#eee', label: '0 – 10' }] },
    );
    expect(items.map((i) => i.label)).toEqual([
      'Communes du territoire',
      'Périmètre fusionné',
      'CPTS du Littoral Fictif',
      'Hôpital',
      'Fond : Densité (hab./km²)',
      '0 – 10',
    ]);
    expect(items[2]).toMatchObject({ colour: '#123456', dash: true });
    expect(items[3]?.dot).toBe(true);
  });
});
