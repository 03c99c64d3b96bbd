import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { squareRing as square } from '../../../test/support/shapes';
import { CommuneGeometries } from './commune-geometries';
import { toFlatGeometries } from './flat-geometries';

const withHole: Polygon = { type: 'Polygon', coordinates: [square(0, 0, 4), square(1, 1, 1)] };
const islands: MultiPolygon = {
  type: 'MultiPolygon',
  coordinates: [[square(10, 10, 1)], [square(12.5, 10.25, 0.5)]],
};
const shapes = [
  { code: '2A004', name: 'Ajaccio', geometry: islands },
  { code: '01001', name: 'L’Abergement-Clémenciat', geometry: withHole },
];

describe('CommuneGeometries', () => {
  it('sorts by code and gives back each polygon exactly by code', () => {
    const geometries = CommuneGeometries.from(shapes);
    expect(geometries.codes).toEqual(['01001', '2A004']);
    expect(geometries.size).toBe(2);
    expect(geometries.geometryOf('2A004')).toEqual(islands);
    expect(geometries.geometryOf('01001')).toEqual(withHole);
  });

  it('says a code that is not loaded is absent (undefined, not an empty polygon)', () => {
    const geometries = CommuneGeometries.from(shapes);
    expect(geometries.has('01002')).toBe(false);
    expect(geometries.geometryOf('01002')).toBeUndefined();
  });

  it('builds shapes of the kept codes, sorted by code, with name and geometry', () => {
    const geometries = CommuneGeometries.from(shapes);
    expect(geometries.shapes((code) => code.startsWith('2A'))).toEqual([shapes[0]]);
    expect(geometries.shapes().map(({ code, name }) => ({ code, name }))).toEqual([
      { code: '01001', name: 'L’Abergement-Clémenciat' },
      { code: '2A004', name: 'Ajaccio' },
    ]);
    expect(geometries.shapes()[1]?.geometry).toEqual(islands);
  });

  it('copies its flat arrays, so a transfer of the copy leaves the store readable', () => {
    const geometries = CommuneGeometries.from(shapes);
    const copy = geometries.copyFlat();
    expect(copy.coords).toEqual(geometries.flat.coords);
    structuredClone(copy, { transfer: [copy.coords.buffer] });
    expect(copy.coords.length).toBe(0);
    expect(geometries.geometryOf('01001')).toEqual(withHole);
  });

  it('keeps one flat part already sorted by code as it is (no copy)', () => {
    const sorted = [shapes[1], shapes[0]].flatMap((s) => (s ? [s] : []));
    const flat = toFlatGeometries(sorted);
    const geometries = CommuneGeometries.fromFlat([{ flat, names: sorted.map((s) => s.name) }]);
    expect(geometries.flat).toBe(flat);
    expect(geometries.shapes()).toEqual(sorted);
  });

  it('merges flat parts in code order, as `from` sorts the same shapes', () => {
    const third = { code: '01002', name: 'L’Abergement-de-Varey', geometry: islands };
    const parts = [[...shapes], [third]].map((list) => ({
      flat: toFlatGeometries(list),
      names: list.map((s) => s.name),
    }));
    const merged = CommuneGeometries.fromFlat(parts);
    expect(merged.codes).toEqual(['01001', '01002', '2A004']);
    expect(merged.shapes()).toEqual(CommuneGeometries.from([...shapes, third]).shapes());
    expect(merged.flat.coords).toEqual(CommuneGeometries.from([...shapes, third]).flat.coords);
  });

  it('builds an empty store from no flat part', () => {
    const none = CommuneGeometries.fromFlat([]);
    expect(none.size).toBe(0);
    expect(none.geometryOf('01001')).toBeUndefined();
  });
});
