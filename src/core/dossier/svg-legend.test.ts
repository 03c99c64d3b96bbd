import { describe, expect, it } from 'vitest';
import { buildMapLegend, NOTHING_DRAWN } from '../legend/map-legend';
import { FLOW_LINE } from '../legend/map-symbols';
import { toSvgLegendItems } from './svg-legend';

describe('SVG legend of the dossier maps from the app legend model', () => {
  it('keys the flows by kind, then by width with the stays, under a heading per block', () => {
    const items = toSvgLegendItems(
      buildMapLegend({
        ...NOTHING_DRAWN,
        territory: { roles: { in: 5 }, outline: true, neighbours: 9 },
        flowLines: {
          count: 4,
          minStays: 4,
          maxStays: 400,
          kinds: [
            { label: 'Séjours dans le territoire', colour: '#0072B2' },
            { label: 'Séjours hors du territoire', colour: '#CC79A7' },
          ],
        },
      }),
    );
    expect(items.map((i) => i.label)).toEqual([
      'Territoire',
      'Communes du territoire · 5 communes',
      'Contour du territoire',
      'Communes voisines (hors du territoire) · 9 communes',
      'Flux de patients (séjours) (séjours par ligne, de la zone de résidence à l’établissement)',
      'Séjours dans le territoire',
      'Séjours hors du territoire',
      '400 séjours',
      '100 séjours',
      '4 séjours',
    ]);
    // A heading has no swatch; the widths are the app's (1 to 14 px), in grey beside the kinds.
    expect(items[0]).toEqual({ label: 'Territoire' });
    expect(items[5]!.line).toEqual({ width: FLOW_LINE.singlePx, colour: '#0072B2' });
    expect(items.slice(7).map((i) => i.line?.width)).toEqual([
      FLOW_LINE.maxPx,
      6.8,
      FLOW_LINE.minPx,
    ]);
    expect(items[7]!.line?.colour).toBe('#777777');
  });

  it('writes one block without heading, hatching and dashed outlines as on the map', () => {
    const items = toSvgLegendItems(
      buildMapLegend({
        ...NOTHING_DRAWN,
        territory: { roles: { in: 1, overlap: 2 }, outline: false },
      }),
    );
    expect(items.map((i) => i.label)).toEqual([
      'Communes du territoire · 3 communes',
      'Aussi dans une autre CPTS (chevauchement) · 2 communes',
    ]);
    expect(items[1]).toMatchObject({ hatch: true, stroke: '#D55E00' });
  });
});
