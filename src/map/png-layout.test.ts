import { describe, expect, it } from 'vitest';
import { computePngLayout, rectsOverlap } from './png-layout';

const base = {
  mapWidth: 1880,
  mapHeight: 1640,
  legendLabelWidth: 560,
  legendRows: 11,
  footerLines: 2,
  scale: 2,
};

describe('PNG layout', () => {
  it('puts the legend, north arrow and scale bar beside the map, never over it', () => {
    const layout = computePngLayout(base);
    for (const block of [layout.legend, layout.north, layout.scaleBar])
      expect(rectsOverlap(block, layout.map)).toBe(false);
    expect(rectsOverlap(layout.legend, layout.north)).toBe(false);
    expect(rectsOverlap(layout.north, layout.scaleBar)).toBe(false);
    expect(layout.legend.x + layout.legend.width).toBeLessThanOrEqual(layout.width);
    expect(layout.map).toEqual({ x: 0, y: 140, width: 1880, height: 1640 });
  });

  it('keeps the whole map at its captured resolution and grows for a tall legend', () => {
    const tall = computePngLayout({ ...base, mapHeight: 300, legendRows: 30 });
    expect(tall.height).toBeGreaterThan(tall.header.height + 300 + tall.footer.height);
    expect(tall.scaleBar.y).toBeGreaterThanOrEqual(tall.north.y + tall.north.height);
    expect(tall.footer.y).toBeGreaterThanOrEqual(tall.scaleBar.y + tall.scaleBar.height);
  });

  it('gives the footer one line per sources line', () => {
    const one = computePngLayout({ ...base, footerLines: 1 });
    const three = computePngLayout({ ...base, footerLines: 3 });
    expect(three.footer.height - one.footer.height).toBe(2 * 18 * 2);
  });

  it('detects overlapping rectangles', () => {
    expect(
      rectsOverlap({ x: 0, y: 0, width: 10, height: 10 }, { x: 9, y: 9, width: 5, height: 5 }),
    ).toBe(true);
    expect(
      rectsOverlap({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 5, height: 5 }),
    ).toBe(false);
  });
});
