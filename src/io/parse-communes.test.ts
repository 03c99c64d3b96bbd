import { topology } from 'topojson-server';
import type { FeatureCollection } from 'geojson';
import { area } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { parseCommunes } from './parse-communes';
import { bySeverity, issuesOf } from './test-helpers';

const square = (x: number, y: number, d = 0.1) => [
  [
    [x, y],
    [x + d, y],
    [x + d, y + d],
    [x, y + d],
    [x, y],
  ],
];

function collection(
  features: { properties: Record<string, unknown>; geometry: unknown }[],
): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: features.map((f) => ({ type: 'Feature', ...f })),
  });
}

describe('parseCommunes', () => {
  it('reads etalab-like properties and keeps codes as strings', () => {
    const text = collection([
      {
        properties: {
          code: '01001',
          nom: "L'Abergement-Clémenciat",
          dep: '01',
          epci: '200069193',
          epci_nom: 'CC de la Dombes',
          codes_postaux: '01400',
          population: 860,
        },
        geometry: { type: 'Polygon', coordinates: square(4.9, 46.1) },
      },
      {
        properties: {
          code: '2A004',
          nom: 'Ajaccio',
          dep: '2A',
          codes_postaux: '20000;20090',
          population: '72 995',
        },
        geometry: { type: 'MultiPolygon', coordinates: [square(8.7, 41.9), square(8.6, 41.8)] },
      },
    ]);
    const r = parseCommunes(text, { file: 'communes.geojson' });
    expect(bySeverity(r.issues, 'error')).toEqual([]);
    expect(r.rows).toHaveLength(2);
    expect(r.rows[0]).toMatchObject({
      code: '01001',
      dep: '01',
      epci: '200069193',
      epciName: 'CC de la Dombes',
      postalCodes: ['01400'],
      population: 860,
    });
    expect(r.rows[1]).toMatchObject({
      code: '2A004',
      dep: '2A',
      postalCodes: ['20000', '20090'],
      population: 72995,
    });
    expect(r.fields.code).toBe('code');
  });

  it('reads IGN ADMIN EXPRESS fields and geo.api.gouv.fr nested/array fields', () => {
    const ign = parseCommunes(
      collection([
        {
          properties: {
            INSEE_COM: '97411',
            NOM: 'Saint-Denis',
            INSEE_DEP: '974',
            POPULATION: 153001,
          },
          geometry: { type: 'Polygon', coordinates: square(55.4, -20.9) },
        },
      ]),
      { file: 'COMMUNE.geojson' },
    );
    expect(ign.rows[0]).toMatchObject({
      code: '97411',
      name: 'Saint-Denis',
      dep: '974',
      population: 153001,
    });
    const api = parseCommunes(
      collection([
        {
          properties: {
            code: '50502',
            nom: 'Saint-Lô',
            codesPostaux: ['50000'],
            epci: { code: '200066801', nom: 'Saint-Lô Agglo' },
          },
          geometry: { type: 'Polygon', coordinates: square(-1.1, 49.1) },
        },
      ]),
      { file: 'api.json' },
    );
    expect(api.rows[0]).toMatchObject({
      postalCodes: ['50000'],
      epci: '200066801',
      epciName: 'Saint-Lô Agglo',
      dep: '50',
    });
  });

  it('repairs a numeric code 1001 to 01001 with a warning', () => {
    const r = parseCommunes(
      collection([
        {
          properties: { code: 1001, nom: 'A' },
          geometry: { type: 'Polygon', coordinates: square(5, 46) },
        },
      ]),
      { file: 'c.geojson' },
    );
    expect(r.rows[0]?.code).toBe('01001');
    expect(issuesOf(r.issues, 'repaired-code')[0]?.severity).toBe('warning');
  });

  it('finds the code property by content when its name is unusual', () => {
    const r = parseCommunes(
      collection([
        {
          properties: { identifiant: '50001', libelle: 'A', cp: '50000' },
          geometry: { type: 'Polygon', coordinates: square(-1, 49) },
        },
        {
          properties: { identifiant: '50002', libelle: 'B', cp: '50000' },
          geometry: { type: 'Polygon', coordinates: square(-1.2, 49) },
        },
      ]),
      { file: 'c.geojson' },
    );
    expect(r.fields.code).toBe('identifiant');
    expect(r.rows.map((c) => c.code)).toEqual(['50001', '50002']);
    expect(issuesOf(r.issues, 'code-field-by-content')).toHaveLength(1);
  });

  it('uses the code property chosen by the user', () => {
    const r = parseCommunes(
      collection([
        {
          properties: { code: 'X', insee_2024: '01001' },
          geometry: { type: 'Polygon', coordinates: square(5, 46) },
        },
      ]),
      { file: 'c.geojson', codeField: 'insee_2024' },
    );
    expect(r.rows[0]?.code).toBe('01001');
  });

  it('errors with the list of properties when no code is found', () => {
    const r = parseCommunes(
      collection([
        {
          properties: { nom: 'A', surface: 12 },
          geometry: { type: 'Polygon', coordinates: square(5, 46) },
        },
      ]),
      { file: 'c.geojson' },
    );
    const err = issuesOf(r.issues, 'missing-column')[0];
    expect(err?.severity).toBe('error');
    expect(err?.message).toContain('nom, surface');
    expect(r.rows).toEqual([]);
  });

  it('reports bad geometries per feature and names coordinates in metres it cannot place', () => {
    const r = parseCommunes(
      collection([
        { properties: { code: '01001' }, geometry: { type: 'Point', coordinates: [5, 46] } },
        {
          properties: { code: '01002' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [5, 46],
                [5.1, 46],
                [5, 46],
              ],
            ],
          },
        },
        {
          // UTM 20N metres (Guadeloupe) in a file of the Ain, no crs member: a metropolitan code is
          // never given a UTM zone, so the feature is refused and named.
          properties: { code: '01003' },
          geometry: { type: 'Polygon', coordinates: square(650000, 1780000, 1000) },
        },
        {
          properties: { code: '01004' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [5, 46],
                [5.1, 46],
                [5.1, 'x'],
                [5, 46],
              ],
            ],
          },
        },
        { properties: { code: '01005' }, geometry: null },
        {
          properties: { code: '01006' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [5, 46],
                [5.1, 46],
                [5.1, 46.1],
                [5, 46.1],
              ],
            ],
          },
        },
      ]),
      { file: 'c.geojson' },
    );
    expect(r.rows.map((c) => c.code)).toEqual(['01006']);
    expect(issuesOf(r.issues, 'invalid-geometry')).toHaveLength(4);
    expect(issuesOf(r.issues, 'projected-coordinates')[0]?.message).toContain('en mètres');
    expect(issuesOf(r.issues, 'unclosed-ring')).toHaveLength(1);
    const ring = r.rows[0]?.geometry.coordinates[0] as number[][];
    expect(ring[0]).toEqual(ring[ring.length - 1]);
  });

  it('reprojects Lambert 93 contours and swaps latitude/longitude back, saying so', () => {
    const r = parseCommunes(
      collection([
        // The Lambert 93 false origin (700 000, 6 600 000) is 3° E, 46.5° N.
        {
          properties: { code: '01001' },
          geometry: { type: 'Polygon', coordinates: square(700000, 6600000, 1000) },
        },
        // [latitude, longitude] of a square near Bourg-en-Bresse.
        {
          properties: { code: '01002' },
          geometry: { type: 'Polygon', coordinates: square(46.2, 5.2) },
        },
      ]),
      { file: 'c.geojson' },
    );
    const [l93, swapped] = r.rows;
    const first = (c: typeof l93) => (c!.geometry.coordinates[0] as number[][])[0]!;
    expect(first(l93)[0]).toBeCloseTo(3, 9);
    expect(first(l93)[1]).toBeCloseTo(46.5, 9);
    expect(first(swapped)).toEqual([5.2, 46.2]);
    // One warning per kind of repair, each with its count (the import report adds them up).
    expect(issuesOf(r.issues, 'repaired-coordinates').map((i) => i.message)).toEqual([
      'c.geojson : 1 contour(s) en Lambert 93 (EPSG:2154, mètres) reprojeté(s) en longitude/latitude WGS84 avec proj4 : vérifiez leur place sur la carte.',
      'c.geojson : 1 contour(s) aux latitude et longitude inversées remis dans l’ordre [longitude, latitude] du GeoJSON (RFC 7946) : vérifiez leur place sur la carte.',
    ]);
  });

  it('splits a self-intersecting (bow-tie) contour so that its area is right, with a warning', () => {
    // A 0.1° bow-tie: the ring crosses itself at its centre; its two triangles are each half of
    // the 0.1° square, so the repaired area is half the square, where the shoelace area is 0.
    const bowTie = [
      [
        [5, 46],
        [5.1, 46.1],
        [5.1, 46],
        [5, 46.1],
        [5, 46],
      ],
    ];
    const r = parseCommunes(
      collection([
        { properties: { code: '01001' }, geometry: { type: 'Polygon', coordinates: bowTie } },
        {
          properties: { code: '01002' },
          geometry: { type: 'Polygon', coordinates: square(5, 46) },
        },
      ]),
      { file: 'c.geojson' },
    );
    const repaired = r.rows[0]!.geometry;
    expect(repaired.type).toBe('MultiPolygon');
    expect(repaired.coordinates).toHaveLength(2);
    const squareKm2 = area({ type: 'Polygon', coordinates: square(5, 46) }) / 1e6;
    expect(area(repaired) / 1e6).toBeCloseTo(squareKm2 / 2, 1);
    const warning = issuesOf(r.issues, 'self-intersection');
    expect(warning).toHaveLength(1);
    expect(warning[0]!.message).toMatch(
      /entité n° 1 \(commune 01001\) : contour qui se recoupe \(1 croisement\(s\)\), découpé en polygones simples ; superficie 0 → 42,9\d km²/,
    );
  });

  it('merges two features with the same code into a MultiPolygon, with a warning', () => {
    const r = parseCommunes(
      collection([
        {
          properties: { code: '01001' },
          geometry: { type: 'Polygon', coordinates: square(5, 46) },
        },
        {
          properties: { code: '01001' },
          geometry: { type: 'Polygon', coordinates: square(5.5, 46) },
        },
      ]),
      { file: 'c.geojson' },
    );
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]?.geometry.type).toBe('MultiPolygon');
    expect(issuesOf(r.issues, 'duplicate-code')).toHaveLength(1);
  });

  it('reads TopoJSON', () => {
    const fc: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { code: '01001', nom: 'A' },
          geometry: { type: 'Polygon', coordinates: square(5, 46) },
        },
        {
          type: 'Feature',
          properties: { code: '01002', nom: 'B' },
          geometry: { type: 'Polygon', coordinates: square(5.1, 46) },
        },
      ],
    };
    const topo = topology({ communes: fc }, 1e6);
    const r = parseCommunes(JSON.stringify(topo), { file: 'communes.topojson' });
    expect(bySeverity(r.issues, 'error')).toEqual([]);
    expect(r.rows.map((c) => [c.code, c.name, c.geometry.type])).toEqual([
      ['01001', 'A', 'Polygon'],
      ['01002', 'B', 'Polygon'],
    ]);
    const ring = r.rows[0]?.geometry.coordinates[0] as number[][];
    expect(Math.min(...ring.map((p) => p[0] ?? NaN))).toBeCloseTo(5, 4);
    expect(Math.min(...ring.map((p) => p[1] ?? NaN))).toBeCloseTo(46, 4);
  });

  it('reports invalid JSON and empty collections', () => {
    expect(parseCommunes('{"type":', { file: 'c.geojson' }).issues[0]?.code).toBe('invalid-json');
    expect(
      parseCommunes('{"type":"FeatureCollection","features":[]}', { file: 'c.geojson' }).issues[0]
        ?.code,
    ).toBe('no-data-rows');
    expect(parseCommunes('', { file: 'c.geojson' }).issues[0]?.code).toBe('empty-file');
  });
});
