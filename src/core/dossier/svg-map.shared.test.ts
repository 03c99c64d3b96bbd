// @vitest-environment jsdom
// (jsdom only for its DOMParser: the renderer itself uses no DOM.)
/** Dossier map of ~130 real communes around Saint-Lô (COG 2026, ../shared/data, see SOURCES.md). */
import fs from 'node:fs';
import { expect, it } from 'vitest';
import { centroid } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { describeShared, sharedPath } from '../../../test/support/shared-data';
import { renderSvgMap } from './svg-map';

interface Commune {
  code: string;
  name: string;
  population: number;
  geometry: Polygon | MultiPolygon;
  at: [number, number];
}

function readCommunes(dep: string): Commune[] {
  const file = sharedPath(`geo/communes-cog2026/communes-${dep}.geojson`);
  const fc = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    features: { properties: Record<string, string | number>; geometry: Polygon | MultiPolygon }[];
  };
  return fc.features.map((f) => ({
    code: String(f.properties.code),
    name: String(f.properties.nom),
    population: Number(f.properties.population),
    geometry: f.geometry,
    at: centroid(f.geometry).geometry.coordinates as [number, number],
  }));
}

describeShared('dossier map of the communes around Saint-Lô', () => {
  const all = [...readCommunes('50'), ...readCommunes('14')];
  const stLo = all.find((c) => c.code === '50502')!;
  const dist = (c: Commune): number =>
    Math.hypot((c.at[0] - stLo.at[0]) * Math.cos((49.1 * Math.PI) / 180), c.at[1] - stLo.at[1]);
  const byDistance = [...all].sort((a, b) => dist(a) - dist(b));
  const territory = byDistance.slice(0, 130);
  const context = byDistance.slice(130);
  const ranked = [...territory].sort((a, b) => b.population - a.population);
  const W = 700;
  const H = 560;
  const svg = renderSvgMap({
    width: W,
    height: H,
    title: 'Territoire du projet de CPTS autour de Saint-Lô',
    fitTo: territory.map((c) => c.geometry),
    polygons: [
      ...context.map((c) => ({
        code: c.code,
        geometry: c.geometry,
        fill: '#f2f2f2',
        stroke: '#bbb',
      })),
      ...territory.map((c) => ({
        code: c.code,
        geometry: c.geometry,
        fill: '#fde0c5',
        stroke: '#a0522d',
      })),
    ],
    labels: ranked.map((c, rank) => ({
      at: c.at,
      name: c.name,
      rank,
      size: c.population > 10000 ? 12 : c.population > 2000 ? 10 : 8,
      weight: c.population > 10000 ? ('bold' as const) : ('normal' as const),
    })),
    legend: [
      { label: 'Communes du territoire', fill: '#fde0c5', stroke: '#a0522d' },
      { label: 'Communes voisines', fill: '#f2f2f2', stroke: '#bbb' },
    ],
    sources:
      'Sources : IGN ADMIN EXPRESS COG 2018 fusionné au COG 2026 ; INSEE, populations municipales ' +
      '(paquet @etalab/decoupage-administratif 6.0.0). Projection conique conforme de Lambert.',
  });
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');

  it('is well-formed XML under 600 kB, with every territory commune drawn', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(new TextEncoder().encode(svg).length).toBeLessThan(600_000);
    const drawn = new Set(
      [...doc.querySelectorAll('path[data-code]')].map((p) => p.getAttribute('data-code')),
    );
    for (const c of territory) expect(drawn.has(c.code)).toBe(true);
    // The context far away (e.g. the north of the Cotentin) is clipped out, not drawn.
    expect(drawn.has('50129')).toBe(false); // Cherbourg-en-Cotentin
  });

  it('places Saint-Lô and no two name boxes intersect, all inside the frame', () => {
    const texts = [...doc.querySelectorAll('g.labels text')];
    expect(texts.map((t) => t.textContent)).toContain('Saint-Lô');
    expect(texts.length).toBeGreaterThan(15);
    // Boxes re-estimated from the SVG itself: 0.55 × size per character, baseline at 0.8 × size.
    const boxes = texts.map((t) => {
      const size = Number(t.getAttribute('font-size'));
      const w = 0.55 * size * [...(t.textContent ?? '')].length;
      const x = Number(t.getAttribute('x'));
      const y = Number(t.getAttribute('y'));
      const anchor = t.getAttribute('text-anchor');
      const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
      return { x0, x1: x0 + w, y0: y - 0.8 * size, y1: y + 0.2 * size };
    });
    const eps = 0.1; // coordinates are rounded to 0.1 px
    for (const [i, a] of boxes.entries()) {
      expect(a.x0).toBeGreaterThanOrEqual(0);
      expect(a.x1).toBeLessThanOrEqual(W);
      expect(a.y0).toBeGreaterThanOrEqual(0);
      expect(a.y1).toBeLessThanOrEqual(H);
      for (const b of boxes.slice(i + 1)) {
        const overlap =
          a.x0 + eps < b.x1 && b.x0 + eps < a.x1 && a.y0 + eps < b.y1 && b.y0 + eps < a.y1;
        expect(overlap).toBe(false);
      }
    }
  });
});
