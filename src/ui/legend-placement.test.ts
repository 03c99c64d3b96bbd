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
