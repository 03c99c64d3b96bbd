import { describe, expect, it } from 'vitest';
import { paletteColours } from './palettes';

describe('paletteColours', () => {
  it.each(['YlGnBu', 'OrRd', 'viridis'] as const)('gives k distinct colours for %s', (name) => {
    for (const k of [1, 2, 3, 5, 7, 9, 11]) {
      const colours = paletteColours(name, k);
      expect(colours).toHaveLength(k);
      expect(new Set(colours).size).toBe(k);
    }
  });

  it('uses the ColorBrewer scheme for 5 classes', () => {
    expect(paletteColours('YlGnBu', 5)).toEqual([
      '#ffffcc',
      '#a1dab4',
      '#41b6c4',
      '#2c7fb8',
      '#253494',
    ]);
  });
});
