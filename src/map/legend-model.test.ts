import { describe, expect, it } from 'vitest';
import {
  boundsOf,
  buildMapLegend,
  focusBounds,
  legendEntryText,
  NOTHING_DRAWN,
  type DrawnLayers,
  type MapLegend,
} from './legend-model';
import { SEARCH_HIGHLIGHT, TERRITORY_COLOURS } from './map-symbols';

const ids = (legend: MapLegend) => legend.sections.map((s) => s.id);
const texts = (legend: MapLegend, id: string) =>
  legend.sections.find((s) => s.id === id)?.items.map(legendEntryText) ?? [];
const drawn = (over: Partial<DrawnLayers>): DrawnLayers => ({ ...NOTHING_DRAWN, ...over });

const gpLegend = {
  title: 'Médecins généralistes',
  unit: 'pour 10 000 hab.',
  entries: [
    { colour: '#fbf7f0', label: 'Aucun (0)', count: 12 },
    { colour: '#41b6c4', label: '0,1 à 10,9', count: 1 },
  ],
  notes: ['2 classes au lieu de 4 (quantiles)'],
};

describe('buildMapLegend', () => {
  it('has no entry when nothing is drawn', () => {
    expect(buildMapLegend(NOTHING_DRAWN).sections).toEqual([]);
  });

  it('lists the choropleth classes with their communes, unit and notes', () => {
    const legend = buildMapLegend(drawn({ choropleth: gpLegend }));
    expect(ids(legend)).toEqual(['choropleth']);
    expect(texts(legend, 'choropleth')).toEqual([
      'Aucun (0) · 12 communes',
      '0,1 à 10,9 · 1 commune',
    ]);
    expect(legend.sections[0]).toMatchObject({ unit: 'pour 10 000 hab.', notes: gpLegend.notes });
  });

  it('has no overlap, white-zone or contiguity entry for a territory without them (no CPTS loaded)', () => {
    const legend = buildMapLegend(
      drawn({ territory: { roles: { in: 3 }, outline: true }, choropleth: gpLegend }),
    );
    expect(ids(legend)).toEqual(['territory', 'choropleth']);
    expect(texts(legend, 'territory')).toEqual([
      'Communes du territoire · 3 communes',
      'Contour du territoire',
    ]);
  });

  it('counts overlapping and white-zone communes as members and adds their own entries', () => {
    const legend = buildMapLegend(
      drawn({
        territory: {
          roles: { in: 5, overlap: 2, 'white-in': 1, 'white-around': 4, offending: 1 },
          outline: true,
        },
      }),
    );
    expect(texts(legend, 'territory')).toEqual([
      'Communes du territoire · 8 communes',
      'Contour du territoire',
      'Aussi dans une autre CPTS (chevauchement) · 2 communes',
      'Problème de contiguïté (morceau détaché, enclave) · 1 commune',
      'Zone blanche (aucune CPTS) dans le territoire · 1 commune',
      'Zone blanche voisine (aucune CPTS) · 4 communes',
    ]);
    const items = legend.sections[0]!.items;
    // Overlaps are hatched over the territory's wash; problems cross-hatched in their own red.
    expect(items[2]!.symbol).toEqual({
      kind: 'hatch',
      colour: TERRITORY_COLOURS.overlap,
      under: TERRITORY_COLOURS.in,
    });
    expect(items[3]!.symbol).toMatchObject({ kind: 'hatch', cross: true, colour: '#CC0000' });
  });

  it('keys a comparison of two territories', () => {
    const legend = buildMapLegend(
      drawn({ territory: { roles: { 'only-a': 2, both: 7 }, outline: false } }),
    );
    expect(texts(legend, 'territory')).toEqual([
      'Seulement dans le territoire actif · 2 communes',
      'Dans les deux territoires · 7 communes',
    ]);
  });

  it('names the two compared territories', () => {
    const legend = buildMapLegend(
      drawn({
        territory: {
          roles: { 'only-a': 2, 'only-b': 1, both: 7 },
          outline: false,
          compared: { a: 'CPTS du Bocage', b: 'Proposition Saint-Lô' },
        },
      }),
    );
    expect(texts(legend, 'territory')).toEqual([
      'Seulement dans « CPTS du Bocage » · 2 communes',
      'Seulement dans « Proposition Saint-Lô » · 1 commune',
      'Dans « CPTS du Bocage » et dans « Proposition Saint-Lô » · 7 communes',
    ]);
  });

  it('lists the CPTS outlines and establishment families shown, and drops them once hidden', () => {
    const shown = drawn({
      perimeters: [{ name: 'CPTS du Bocage', colour: '#E69F00', communeCount: 20 }],
      establishments: [
        { label: 'Hôpital', colour: '#D55E00', count: 1 },
        { label: 'EHPAD, USLD, SSIAD', colour: '#0072B2', count: 9 },
      ],
    });
    const legend = buildMapLegend(shown);
    expect(ids(legend)).toEqual(['perimeters', 'establishments']);
    expect(texts(legend, 'perimeters')).toEqual(['CPTS du Bocage · 20 communes']);
    expect(legend.sections[0]!.items[0]!.symbol).toMatchObject({ kind: 'outline', dashed: true });
    expect(texts(legend, 'establishments')).toEqual([
      'Hôpital · 1 établissement',
      'EHPAD, USLD, SSIAD · 9 établissements',
    ]);
    expect(ids(buildMapLegend({ ...shown, perimeters: [] }))).toEqual(['establishments']);
  });

  it('gives flow widths with the stays they stand for', () => {
    const legend = buildMapLegend(drawn({ flowLines: { count: 12, minStays: 4, maxStays: 400 } }));
    const flows = legend.sections[0]!;
    expect(flows.id).toBe('flows');
    expect(flows.items.map((i) => i.label)).toEqual(['400 séjours', '100 séjours', '4 séjours']);
    // 100 stays: 1 + 13 × (√100 − √4) / (√400 − √4) = 1 + 13 × 8 / 18 ≈ 6.8 px.
    expect(flows.items.map((i) => (i.symbol.kind === 'line' ? i.symbol.widthPx : 0))).toEqual([
      14, 6.8, 1,
    ]);
    expect(flows.notes?.[0]).toMatch(/^12 lignes/);
  });

  it('puts the search highlight first, in its own colour, and the choropleth last', () => {
    const legend = buildMapLegend(
      drawn({
        choropleth: gpLegend,
        search: { name: 'Agneaux' },
        regionHighlight: { name: 'CPTS du Bocage' },
        flowOutlines: [{ name: 'Proposé', colour: '#000000', widthPx: 3 }],
      }),
    );
    expect(ids(legend)).toEqual(['search', 'region', 'outlines', 'choropleth']);
    expect(legend.sections[0]!.items[0]).toEqual({
      symbol: {
        kind: 'outline',
        colour: SEARCH_HIGHLIGHT.colour,
        widthPx: SEARCH_HIGHLIGHT.widthPx,
      },
      label: 'Commune recherchée : Agneaux',
    });
    expect(SEARCH_HIGHLIGHT.colour).not.toBe(TERRITORY_COLOURS.offending);
  });
});

describe('focus of the legend placement', () => {
  it('is the territory drawn, else the chosen CPTS, else nothing', () => {
    const territory = { roles: { in: 1 }, outline: true, bounds: [0, 1, 2, 3] as const };
    const region = { name: 'CPTS A', bounds: [5, 5, 6, 6] as const };
    expect(focusBounds(NOTHING_DRAWN)).toBeNull();
    expect(
      focusBounds(drawn({ regionHighlight: { ...region, bounds: [...region.bounds] } })),
    ).toEqual([5, 5, 6, 6]);
    expect(
      focusBounds(
        drawn({
          territory: { ...territory, bounds: [...territory.bounds] },
          regionHighlight: { ...region, bounds: [...region.bounds] },
        }),
      ),
    ).toEqual([0, 1, 2, 3]);
  });

  it('takes the extent of nested polygon coordinates', () => {
    const square = [
      [
        [
          [-1.5, 49],
          [-1, 49],
          [-1, 49.5],
          [-1.5, 49],
        ],
      ],
    ];
    const other = [
      [
        [
          [-2, 48.8],
          [-1.8, 48.9],
          [-2, 48.8],
        ],
      ],
    ];
    expect(boundsOf([square, other])).toEqual([-2, 48.8, -1, 49.5]);
    expect(boundsOf([])).toBeNull();
  });
});
