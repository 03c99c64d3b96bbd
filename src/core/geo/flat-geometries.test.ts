import fs from 'node:fs';
import path from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { squareRing as square } from '../../../test/support/shapes';
import {
  copyFlatGeometries,
  flatBuffers,
  fromFlatGeometries,
  geometryAt,
  pickFlatGeometries,
  toFlatGeometries,
} from './flat-geometries';

describe('toFlatGeometries', () => {
  it('reads back a polygon with a hole and a multipolygon exactly', () => {
    const withHole: Polygon = { type: 'Polygon', coordinates: [square(0, 0, 4), square(1, 1, 1)] };
    const islands: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [[square(10, 10, 1)], [square(12.123456789, 10.987654321, 0.5)]],
    };
    const shapes = [
      { code: '01001', geometry: withHole },
      { code: '2A004', geometry: islands },
    ];
    const flat = toFlatGeometries(shapes);
    expect(flat.codes).toEqual(['01001', '2A004']);
    expect([...flat.featureStarts]).toEqual([0, 1, 3]);
    expect([...flat.polygonStarts]).toEqual([0, 2, 3, 4]);
    expect(geometryAt(flat, 1)).toEqual(islands);
    expect(fromFlatGeometries(flat)).toEqual(shapes);
  });

  it('round-trips every commune of the demo and gives distinct transferable buffers', () => {
    const file = path.resolve(import.meta.dirname, '../../../data/demo/communes-96-fictif.geojson');
    const collection = JSON.parse(fs.readFileSync(file, 'utf8')) as FeatureCollection<
      Polygon | MultiPolygon,
      { code: string }
    >;
    const shapes = collection.features.map((f) => ({
      code: f.properties.code,
      geometry: f.geometry,
    }));
    const flat = toFlatGeometries(shapes);
    expect(fromFlatGeometries(flat)).toEqual(shapes);
    const buffers = flatBuffers(flat);
    expect(new Set(buffers).size).toBe(5);
    expect(buffers.reduce((n, b) => n + b.byteLength, 0)).toBeGreaterThan(flat.coords.byteLength);
  });

  it('handles no commune at all', () => {
    const flat = toFlatGeometries([]);
    expect([...flat.featureStarts]).toEqual([0]);
    expect(fromFlatGeometries(flat)).toEqual([]);
  });
});

describe('pickFlatGeometries', () => {
  const withHole: Polygon = { type: 'Polygon', coordinates: [square(0, 0, 4), square(1, 1, 1)] };
  const islands: MultiPolygon = {
    type: 'MultiPolygon',
    coordinates: [[square(10, 10, 1)], [square(12.5, 10.25, 0.5)]],
  };
  const a = [
    { code: '2A004', geometry: islands },
    { code: '01001', geometry: withHole },
  ];
  const b = [{ code: '01002', geometry: { ...withHole, coordinates: [square(5, 5, 2)] } }];

  it('copies the chosen communes of several parts, in the order asked, exactly', () => {
    const picked = pickFlatGeometries(
      [toFlatGeometries(a), toFlatGeometries(b)],
      [
        [0, 1],
        [1, 0],
        [0, 0],
      ],
    );
    const expected = [a[1], b[0], a[0]];
    expect(fromFlatGeometries(picked)).toEqual(expected);
    expect(picked).toEqual(toFlatGeometries(expected.flatMap((s) => (s ? [s] : []))));
  });

  it('copies into new buffers (a transfer of the copy leaves the original readable)', () => {
    const flat = toFlatGeometries(a);
    const copy = copyFlatGeometries(flat);
    expect(copy).toEqual(flat);
    structuredClone(copy, { transfer: flatBuffers(copy) });
    expect(copy.coords.length).toBe(0);
    expect(fromFlatGeometries(flat)).toEqual(a);
  });
});
