import { booleanPointInPolygon, kinks, point } from '@turf/turf';
import proj4 from 'proj4';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { signedArea } from './geometry';
import { LAMBERT_93 } from './write-finess';
import { communesGeoJson, edgeMap, fileBytes, readDelimited } from './test-support';

const fc = communesGeoJson();

describe('communes GeoJSON', () => {
  it('has 300–400 fictitious communes of département 96 and says « données fictives »', () => {
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.name).toContain('données fictives');
    expect(fc.features.length).toBeGreaterThanOrEqual(300);
    expect(fc.features.length).toBeLessThanOrEqual(400);
    const codes = fc.features.map((f) => f.properties.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const f of fc.features) {
      expect(f.properties.code).toMatch(/^96\d{3}$/);
      expect(f.properties.dep).toBe('96');
    }
  });

  it('writes closed, counter-clockwise Polygon rings without repeated vertices', () => {
    for (const f of fc.features) {
      expect(f.geometry.type).toBe('Polygon');
      expect(f.geometry.coordinates).toHaveLength(1);
      const ring = f.geometry.coordinates[0] as Position[];
      expect(ring.length).toBeGreaterThanOrEqual(4);
      expect(ring[0]).toEqual(ring[ring.length - 1]);
      expect(signedArea(ring)).toBeGreaterThan(0);
      for (let k = 0; k + 1 < ring.length; k += 1) expect(ring[k]).not.toEqual(ring[k + 1]);
      expect(kinks(f).features, `self-intersection in ${f.properties.code}`).toHaveLength(0);
    }
  });

  it('lies in the Bay of Biscay box with coordinates rounded to 1e-5', () => {
    const outside: string[] = [];
    const unrounded: string[] = [];
    for (const f of fc.features) {
      for (const [lon, lat] of f.geometry.coordinates[0] as [number, number][]) {
        if (!(lon > -4.8 && lon < -3.0 && lat > 45.2 && lat < 46.4))
          outside.push(f.properties.code);
        if (Math.round(lon * 1e5) / 1e5 !== lon || Math.round(lat * 1e5) / 1e5 !== lat)
          unrounded.push(f.properties.code);
      }
    }
    expect(outside).toEqual([]);
    expect(unrounded).toEqual([]);
  });

  it('shares every interior edge exactly between two communes and has one closed outline', () => {
    const edges = edgeMap(fc);
    const outline = new Map<string, string[]>();
    for (const [key, users] of edges) {
      expect(users.length, key).toBeLessThanOrEqual(2);
      if (users.length === 2) {
        expect(users[0]).not.toBe(users[1]);
        continue;
      }
      const [a, b] = key.split('|') as [string, string];
      outline.set(a, [...(outline.get(a) ?? []), b]);
      outline.set(b, [...(outline.get(b) ?? []), a]);
    }
    expect(edges.size - outline.size).toBeGreaterThan(fc.features.length);
    for (const ends of outline.values()) expect(ends).toHaveLength(2);
    // Walk the outline: it must come back to its start after visiting every outline vertex.
    const start = [...outline.keys()][0] as string;
    let [prev, cur] = [start, (outline.get(start) as string[])[0] as string];
    let steps = 1;
    while (cur !== start) {
      const [x, y] = outline.get(cur) as [string, string];
      [prev, cur] = [cur, x === prev ? y : x];
      steps += 1;
    }
    expect(steps).toBe(outline.size);
  });

  it('places every establishment (Lambert 93 in FINESS) inside its commune', () => {
    const text = new TextDecoder('windows-1252').decode(
      fileBytes('finess-etablissements-96-fictif.csv'),
    );
    const { rows } = readDelimited(text, ';');
    const byCode = new Map(fc.features.map((f) => [f.properties.code, f]));
    for (const r of rows) {
      const [lon, lat] = proj4(LAMBERT_93, 'WGS84', [Number(r.coordx), Number(r.coordy)]) as [
        number,
        number,
      ];
      const commune = byCode.get(r.cog ?? '');
      expect(commune, r.cog).toBeDefined();
      if (commune) expect(booleanPointInPolygon(point([lon, lat]), commune), r.rs).toBe(true);
    }
  });
});
