// @vitest-environment jsdom
// (jsdom only for its DOMParser: the renderer itself uses no DOM.)
import { describe, expect, it } from 'vitest';
import type { Polygon, Position } from 'geojson';
import { renderSvgMap, type SvgMapSpec } from './svg-map';
import { compactPath, wrapText } from './svg-map-parts';

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Bounding box of each commune path (`data-code`), read from the numbers of its `d`. */
function pathBoxes(svg: string): Map<string, Box> {
  const boxes = new Map<string, Box>();
  for (const [, code, d] of svg.matchAll(/<path data-code="([^"]+)" d="([^"]+)"/g)) {
    const xy = (d ?? '').match(/-?\d+(\.\d+)?/g)!.map(Number);
    const xs = xy.filter((_, i) => i % 2 === 0);
    const ys = xy.filter((_, i) => i % 2 === 1);
    boxes.set(code!, {
      x0: Math.min(...xs),
      y0: Math.min(...ys),
      x1: Math.max(...xs),
      y1: Math.max(...ys),
    });
  }
  return boxes;
}

/** A lon/lat rectangle with its ring counter-clockwise (RFC 7946 §3.1.6 exterior). */
function square(west: number, south: number, east: number, north: number): Polygon {
  const ring: Position[] = [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ];
  return { type: 'Polygon', coordinates: [ring] };
}

/** Great-circle distance (km) by the haversine formula, mean radius 6,371.0088 km. */
function haversineKm([lon1, lat1]: Position, [lon2, lat2]: Position): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((lat2! - lat1!) * rad) / 2) ** 2 +
    Math.cos(lat1! * rad) * Math.cos(lat2! * rad) * Math.sin(((lon2! - lon1!) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

const west = square(-1.3, 48.65, -1.2, 48.75);
const east = square(-1.2, 48.65, -1.1, 48.75);
const W = 400;
const H = 300;
const twoSquares: SvgMapSpec = {
  width: W,
  height: H,
  fitTo: [west, east],
  polygons: [
    { code: '50001', geometry: west, fill: '#fde0c5', stroke: '#333' },
    { code: '50002', geometry: east, fill: '#c5e0fd', stroke: '#333' },
  ],
  title: 'Saint-Lô & Co <x>',
  labels: [{ at: [-1.25, 48.7], name: 'Saint-Lô & Co <x>', rank: 0, size: 10 }],
};

const area = (b: Box): number => (b.x1 - b.x0) * (b.y1 - b.y0);

describe('renderSvgMap on two adjacent squares', () => {
  const svg = renderSvgMap(twoSquares);
  const boxes = pathBoxes(svg);

  it('starts with the self-contained svg element and parses as XML', () => {
    expect(
      svg.startsWith(
        `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="Saint-Lô &amp; Co &lt;x&gt;">`,
      ),
    ).toBe(true);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.querySelector('title')?.textContent).toBe('Saint-Lô & Co <x>');
    expect(svg).not.toMatch(/href=|@import|url\((?!#)/);
    expect(svg).toContain('font-family="Noto Sans, DejaVu Sans, Arial, sans-serif"');
  });

  it('draws two paths inside the frame, each a sensible part of it (not the whole world)', () => {
    expect(svg.match(/<path/g)).toHaveLength(2);
    expect([...boxes.keys()]).toEqual(['50001', '50002']);
    for (const b of boxes.values()) {
      expect(b.x0).toBeGreaterThanOrEqual(0);
      expect(b.y0).toBeGreaterThanOrEqual(0);
      expect(b.x1).toBeLessThanOrEqual(W);
      expect(b.y1).toBeLessThanOrEqual(H);
      expect(area(b) / (W * H)).toBeGreaterThan(0.1);
      expect(area(b) / (W * H)).toBeLessThan(0.5);
    }
    const [a, b] = [boxes.get('50001')!, boxes.get('50002')!];
    expect(a.x1).toBeCloseTo(b.x0, 0); // adjacent, west then east
    expect(b.y1 - b.y0).toBeGreaterThan(0.6 * (H - 60)); // fitted, not a speck
  });

  it('gives the same paths whatever the ring winding', () => {
    const clockwise = (p: Polygon): Polygon => ({
      type: 'Polygon',
      coordinates: p.coordinates.map((r) => [...r].reverse()),
    });
    const reversed = renderSvgMap({
      ...twoSquares,
      fitTo: [clockwise(west), clockwise(east)],
      polygons: twoSquares.polygons.map((p) => ({
        ...p,
        geometry: clockwise(p.geometry as Polygon),
      })),
    });
    expect(reversed).toBe(svg);
  });

  it('labels the scale bar « 5 km » for a map about 20 km wide, at the right length', () => {
    // Ground size of a pixel, by hand: the south edge of the two squares (their widest parallel).
    const edgeKm = haversineKm([-1.3, 48.65], [-1.1, 48.65]);
    const kmPerPx = edgeKm / (boxes.get('50002')!.x1 - boxes.get('50001')!.x0);
    expect(W * kmPerPx).toBeGreaterThan(15);
    expect(W * kmPerPx).toBeLessThan(25);
    // The 1-2-5 value nearest (in ratio) to a fifth of the width.
    const target = (W / 5) * kmPerPx;
    const nearest = [1, 2, 5, 10, 20].reduce((best, v) =>
      Math.abs(Math.log(v / target)) < Math.abs(Math.log(best / target)) ? v : best,
    );
    expect(nearest).toBe(5);
    const bar =
      /<g class="scale-bar"><rect x="[\d.]+" y="[\d.]+" width="([\d.]+)"[^]*?>([^<]+)<\/text><\/g>/.exec(
        svg,
      );
    expect(bar?.[2]).toBe('5 km');
    expect(Math.abs(Number(bar?.[1]) - 5 / kmPerPx)).toBeLessThan(1); // px
  });

  it.each([0.0157, 0.0725, 0.16, 0.36, 3])(
    'picks the 1-2-5 distance nearest to a fifth of the width (territory %f° wide)',
    (deg) => {
      const sq = square(-1.2 - deg / 2, 48.7 - deg / 4, -1.2 + deg / 2, 48.7 + deg / 4);
      const out = renderSvgMap({
        width: 500,
        height: 400,
        fitTo: [sq],
        polygons: [{ code: 'x', geometry: sq, fill: '#eee', stroke: '#000' }],
      });
      const b = pathBoxes(out).get('x')!;
      const south = 48.7 - deg / 4;
      const kmPerPx = haversineKm([-1.2 - deg / 2, south], [-1.2 + deg / 2, south]) / (b.x1 - b.x0);
      const target = (500 / 5) * kmPerPx;
      const series = [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200];
      const km = series.reduce((best, v) =>
        Math.abs(Math.log(v / target)) < Math.abs(Math.log(best / target)) ? v : best,
      );
      const label = km < 1 ? `${Math.round(km * 1000)} m` : `${km} km`;
      const bar =
        /<g class="scale-bar"><rect x="[\d.]+" y="[\d.]+" width="([\d.]+)"[^]*?>([^<]+)<\/text><\/g>/.exec(
          out,
        );
      expect(bar?.[2]).toBe(label);
      expect(Math.abs(Number(bar?.[1]) - km / kmPerPx)).toBeLessThan(1);
    },
  );

  it('has a north arrow and escapes the place name', () => {
    expect(svg).toMatch(/<g class="north-arrow"><text[^>]*>N<\/text><polygon/);
    expect(svg).toContain('>Saint-Lô &amp; Co &lt;x&gt;</text>');
    expect(svg).not.toContain('<x>');
  });
});

describe('renderSvgMap options', () => {
  it('keeps a polygon with a hole (RFC 7946) small, with its hole, and clips the context', () => {
    const shell: Position[] = [
      [-1.12, 49.08],
      [-1.03, 49.09],
      [-1.01, 49.13],
      [-1.06, 49.16],
      [-1.1, 49.14],
      [-1.12, 49.08],
    ];
    const hole: Position[] = [
      [-1.07, 49.11],
      [-1.06, 49.13],
      [-1.05, 49.11],
      [-1.07, 49.11],
    ];
    const commune: Polygon = { type: 'Polygon', coordinates: [shell, hole] };
    const far = square(2.3, 48.8, 2.4, 48.9); // Paris: outside the frame, not drawn
    const svg = renderSvgMap({
      width: 300,
      height: 300,
      fitTo: [commune],
      polygons: [
        { code: '75056', geometry: far, fill: '#eee', stroke: '#999' },
        { code: '50502', geometry: commune, fill: '#fdd', stroke: '#900' },
      ],
    });
    const boxes = pathBoxes(svg);
    expect([...boxes.keys()]).toEqual(['50502']);
    expect(area(boxes.get('50502')!) / (300 * 300)).toBeLessThan(0.6);
    expect(/data-code="50502" d="([^"]+)"/.exec(svg)?.[1]?.match(/M/g)).toHaveLength(2);
  });

  it('keeps the territory clear of the legend, and draws flows, points, hatching, watermark, sources', () => {
    const sources = `Sources : ${'INSEE populations légales 2023, IGN ADMIN EXPRESS COG, '.repeat(3)}calculs.`;
    const svg = renderSvgMap({
      ...twoSquares,
      polygons: [{ ...twoSquares.polygons[0]!, hatch: true, dash: '4 2' }, twoSquares.polygons[1]!],
      lines: [
        {
          from: [-1.25, 48.7],
          to: [-1.15, 48.72],
          width: 3,
          colour: '#c00',
          title: 'Flux : 120 séjours',
        },
      ],
      points: [
        { at: [-1.15, 48.72], radius: 4, fill: '#fff', stroke: '#000', title: 'CH Mémorial' },
      ],
      legend: [
        { label: 'Territoire du projet', fill: '#fde0c5', stroke: '#333' },
        { label: 'Chevauchement avec une autre CPTS', fill: '#fff', stroke: '#333', hatch: true },
        { label: 'Séjours hospitaliers', line: { width: 3, colour: '#c00' } },
        { label: 'Établissement', point: { fill: '#fff', stroke: '#000', radius: 4 } },
      ],
      sources,
      fictitious: true,
    });
    expect(
      new DOMParser().parseFromString(svg, 'image/svg+xml').getElementsByTagName('parsererror'),
    ).toHaveLength(0);
    const legend =
      /<g class="legend"[^>]*><rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/.exec(
        svg,
      );
    const [lx, ly, lw, lh] = (legend ?? []).slice(1).map(Number);
    const legendBox = { x0: lx!, y0: ly!, x1: lx! + lw!, y1: ly! + lh! };
    for (const b of pathBoxes(svg).values()) {
      const disjoint =
        b.x1 <= legendBox.x0 ||
        legendBox.x1 <= b.x0 ||
        b.y1 <= legendBox.y0 ||
        legendBox.y1 <= b.y0;
      expect(disjoint).toBe(true);
    }
    expect(svg).toMatch(
      /<path class="flow" d="M[\d.]+,[\d.]+Q[\d.]+,[\d.]+ [\d.]+,[\d.]+"[^>]*><title>Flux : 120 séjours<\/title>/,
    );
    expect(svg).toContain('<title>CH Mémorial</title></circle>');
    expect(svg).toMatch(/fill="url\(#m\w+-hatch\)"/);
    expect(svg).toContain('stroke-dasharray="4 2"');
    expect(svg).toContain('>DONNÉES FICTIVES</text>');
    expect((svg.match(/<tspan/g) ?? []).length).toBeGreaterThan(1);
    expect(renderSvgMap(twoSquares)).not.toContain('DONNÉES FICTIVES');
  });

  it('puts the legend beside a tall territory and under a wide one', () => {
    const legendOf = (geometry: Polygon, width: number, height: number) => {
      const svg = renderSvgMap({
        width,
        height,
        fitTo: [geometry],
        polygons: [{ code: 't', geometry, fill: '#fdd', stroke: '#900' }],
        legend: [{ label: 'Territoire', fill: '#fdd', stroke: '#900' }],
      });
      const m = /<g class="legend"[^>]*><rect x="([\d.]+)" y="([\d.]+)"/.exec(svg);
      return {
        legend: { x: Number(m?.[1]), y: Number(m?.[2]) },
        territory: pathBoxes(svg).get('t')!,
      };
    };
    const tall = legendOf(square(-1.25, 48.5, -1.15, 48.9), 600, 300);
    expect(tall.legend.x).toBeGreaterThanOrEqual(tall.territory.x1);
    const wide = legendOf(square(-1.6, 48.68, -0.8, 48.72), 300, 600);
    expect(wide.legend.y).toBeGreaterThanOrEqual(wide.territory.y1);
  });

  it('rejects an empty territory and an unusable size', () => {
    expect(() => renderSvgMap({ ...twoSquares, fitTo: [] })).toThrow(/fitTo/);
    expect(() => renderSvgMap({ ...twoSquares, width: 0 })).toThrow(/dimensions/);
  });
});

describe('svg map helpers', () => {
  it('drops repeated points and collapsed rings from a path', () => {
    expect(compactPath('M0,0L0,0L5,0L5,5L0,0Z')).toBe('M0,0L5,0L5,5Z');
    expect(compactPath('M1,1L1,1L1.1,1ZM0,0L4,0L0,4Z')).toBe('M0,0L4,0L0,4Z');
  });

  it('wraps the sources at spaces within the width', () => {
    expect(wrapText('Sources : INSEE 2026 ; IGN', 60, 9)).toEqual([
      'Sources :',
      'INSEE 2026 ;',
      'IGN',
    ]);
  });
});
