import { describe, expect, it } from 'vitest';
import {
  boxesIntersect,
  estimateTextWidth,
  placeLabels,
  type LabelBox,
  type LabelCandidate,
} from './place-svg-labels';

const frame: LabelBox = { x0: 0, y0: 0, x1: 300, y1: 200 };

function candidate(name: string, x: number, y: number, rank: number, size = 10): LabelCandidate {
  return { name, x, y, rank, size };
}

describe('greedy label placement', () => {
  it('writes a lone name to the right of its point, box from the size estimate', () => {
    const placed = placeLabels([candidate('Agneaux', 100, 100, 0)], frame);
    expect(placed).toHaveLength(1);
    const label = placed[0]!;
    expect(label.position).toBe('right');
    expect(label.anchor).toBe('start');
    // 7 characters × 0.55 × 10 px = 38.5 px wide, 10 px high, centred on the point's y.
    expect(label.box.x1 - label.box.x0).toBeCloseTo(38.5, 6);
    expect(label.box.y0).toBe(95);
    expect(label.box.y1).toBe(105);
    expect(label.box.x0).toBeGreaterThan(100);
    expect(label.textX).toBe(label.box.x0);
  });

  it('keeps the lower rank where it wants to be and moves the other one', () => {
    // 10 px apart: both want the right side, which the first one takes.
    const placed = placeLabels(
      [candidate('Saint-Georges', 110, 108, 5), candidate('Saint-Lô', 100, 100, 1)],
      frame,
    );
    expect(placed.map((p) => p.name)).toEqual(['Saint-Lô', 'Saint-Georges']);
    expect(placed[0]?.position).toBe('right');
    expect(placed[1]?.position).not.toBe('right');
    expect(boxesIntersect(placed[0]!.box, placed[1]!.box)).toBe(false);
  });

  it('drops the less important name when no position is free', () => {
    // Two points at the same place: every position of the second one is taken or covers the dot.
    const placed = placeLabels(
      [candidate('Moins', 100, 100, 2), candidate('Plus important', 100, 100, 0)],
      frame,
    );
    expect(placed.map((p) => p.name)).toEqual(['Plus important']);
  });

  it('goes to the left near the right edge, and skips points outside the frame', () => {
    const placed = placeLabels(
      [
        candidate('Bord', 290, 50, 0),
        candidate('Dehors', 320, 50, 1),
        candidate('Haut', 50, -3, 2),
      ],
      frame,
    );
    expect(placed.map((p) => [p.name, p.position])).toEqual([['Bord', 'left']]);
    expect(placed[0]?.anchor).toBe('end');
    expect(placed[0]?.box.x1).toBeLessThan(290);
  });

  it('never writes over an obstacle such as the legend box', () => {
    const legend: LabelBox = { x0: 105, y0: 80, x1: 200, y1: 120 };
    const [label] = placeLabels([candidate('Canisy', 100, 100, 0)], frame, [legend]);
    expect(label?.position).toBe('left');
    const boxed = placeLabels([candidate('Canisy', 100, 100, 0)], frame, [
      { x0: 50, y0: 50, x1: 150, y1: 150 },
    ]);
    expect(boxed).toEqual([]);
  });

  it('places a dense grid without any overlap, inside the frame, off the obstacle', () => {
    const legend: LabelBox = { x0: 0, y0: 150, x1: 120, y1: 200 };
    const candidates: LabelCandidate[] = [];
    for (let i = 0; i < 15; i++) {
      for (let j = 0; j < 10; j++) {
        const name = `Commune ${'x'.repeat((i * 7 + j * 3) % 9)}`;
        candidates.push(
          candidate(name, 10 + i * 19, 8 + j * 19, (i * 37 + j * 11) % 150, 8 + (j % 3)),
        );
      }
    }
    const placed = placeLabels(candidates, frame, [legend]);
    expect(placed.length).toBeGreaterThan(10);
    expect(placed.length).toBeLessThan(candidates.length);
    for (const [i, a] of placed.entries()) {
      expect(a.box.x0).toBeGreaterThanOrEqual(0);
      expect(a.box.x1).toBeLessThanOrEqual(300);
      expect(a.box.y0).toBeGreaterThanOrEqual(0);
      expect(a.box.y1).toBeLessThanOrEqual(200);
      expect(boxesIntersect(a.box, legend)).toBe(false);
      for (const b of placed.slice(i + 1)) expect(boxesIntersect(a.box, b.box)).toBe(false);
    }
    // Placement follows the ranks.
    const ranks = placed.map((p) => p.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});

describe('label helpers', () => {
  it('counts characters, not UTF-16 units, in the width estimate', () => {
    expect(estimateTextWidth('Lô', 10)).toBeCloseTo(11, 6);
    expect(estimateTextWidth('𝔸b', 10)).toBeCloseTo(11, 6);
  });

  it('does not count boxes that only share an edge as overlapping', () => {
    const a = { x0: 0, y0: 0, x1: 10, y1: 10 };
    expect(boxesIntersect(a, { x0: 10, y0: 0, x1: 20, y1: 10 })).toBe(false);
    expect(boxesIntersect(a, { x0: 9.9, y0: 9.9, x1: 20, y1: 20 })).toBe(true);
  });
});
