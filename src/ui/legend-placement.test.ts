import { describe, expect, it } from 'vitest';
import { chooseLegendCorner, legendBoxAt, type CornerMargins } from './legend-placement';

const map = { width: 900, height: 700 };
const legend = { width: 280, height: 300 };
const margins: CornerMargins = {
  'bottom-right': { x: 10, y: 10 },
  'bottom-left': { x: 10, y: 40 },
  'top-left': { x: 10, y: 50 },
};

describe('legend placement', () => {
  it('stays in the lower right without a territory, or when the territory is elsewhere', () => {
    expect(chooseLegendCorner(map, legend, null, margins)).toEqual({
      corner: 'bottom-right',
      covers: false,
    });
    const upperLeft = { left: 100, top: 100, right: 300, bottom: 250 };
    expect(chooseLegendCorner(map, legend, upperLeft, margins).corner).toBe('bottom-right');
  });

  it('without a territory, goes where it hides the fewest communes, and stays open', () => {
    // Communes drawn as points: an island under the lower-right corner, a few in the upper left.
    const communes = [
      ...Array.from({ length: 40 }, (_, i) => ({ x: 800 + (i % 5), y: 600 + (i % 7) })),
      { x: 60, y: 100 },
      { x: 70, y: 120 },
    ];
    const under = (box: { left: number; top: number; right: number; bottom: number }) =>
      communes.filter(
        (c) => c.x >= box.left && c.x <= box.right && c.y >= box.top && c.y <= box.bottom,
      ).length;
    expect(chooseLegendCorner(map, legend, null, margins, under)).toEqual({
      corner: 'bottom-left',
      covers: false,
    });
    // Every corner hides some: the one hiding the fewest (upper left: 2), still open.
    communes.push({ x: 100, y: 600 }, { x: 110, y: 610 }, { x: 120, y: 620 });
    expect(chooseLegendCorner(map, legend, null, margins, under)).toEqual({
      corner: 'top-left',
      covers: false,
    });
    // Nothing hidden in the lower right: it stays there.
    expect(chooseLegendCorner(map, legend, null, margins, () => 0).corner).toBe('bottom-right');
    // Communes everywhere, a few more in the lower right: it stays there (no wandering).
    const counts = { 'bottom-right': 30, 'bottom-left': 20, 'top-left': 25 };
    const byCorner = (box: { left: number; top: number }) =>
      box.left > 100
        ? counts['bottom-right']
        : box.top > 100
          ? counts['bottom-left']
          : counts['top-left'];
    expect(chooseLegendCorner(map, legend, null, margins, byCorner).corner).toBe('bottom-right');
    counts['bottom-left'] = 15;
    expect(chooseLegendCorner(map, legend, null, margins, byCorner).corner).toBe('bottom-left');
  });

  it('moves to the lower left, then the upper left, to leave the territory visible', () => {
    const lowerRight = { left: 700, top: 500, right: 800, bottom: 600 };
    expect(chooseLegendCorner(map, legend, lowerRight, margins)).toEqual({
      corner: 'bottom-left',
      covers: false,
    });
    const lowerBand = { left: 100, top: 500, right: 800, bottom: 600 };
    expect(chooseLegendCorner(map, legend, lowerBand, margins).corner).toBe('top-left');
  });

  it('covers as little as possible when the territory fills the map', () => {
    const rightHalf = { left: 450, top: 0, right: 900, bottom: 700 };
    expect(chooseLegendCorner(map, legend, rightHalf, margins)).toEqual({
      corner: 'bottom-left',
      covers: false,
    });
    const everywhere = { left: 0, top: 0, right: 900, bottom: 700 };
    expect(chooseLegendCorner(map, legend, everywhere, margins)).toEqual({
      corner: 'bottom-right',
      covers: true,
    });
  });

  it('keeps each corner clear of its margins', () => {
    expect(legendBoxAt('bottom-left', map, legend, margins)).toEqual({
      left: 10,
      top: 360,
      right: 290,
      bottom: 660,
    });
    expect(legendBoxAt('bottom-right', map, legend, margins).right).toBe(890);
    expect(legendBoxAt('top-left', map, legend, margins).top).toBe(50);
  });
});
