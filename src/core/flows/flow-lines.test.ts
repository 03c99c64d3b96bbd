import { describe, expect, it } from 'vitest';
import { resolveDestinations } from './destinations';
import { buildFlowLines, computeMainDestinations, computeZoneCentroids } from './flow-lines';
import { HAND_ESTABLISHMENTS, HAND_FLOWS } from './hand-case';

const centroids = new Map<string, [number, number]>([
  ['A', [0, 0]],
  ['B', [2, 0]],
]);

describe('computeZoneCentroids', () => {
  it('weights the communes of a zone by their allocation weight', () => {
    const c = computeZoneCentroids(
      [
        { zone: '96C01', commune: 'A', weight: 0.75 },
        { zone: '96C01', commune: 'B', weight: 0.25 },
      ],
      centroids,
    );
    expect(c.get('96C01')).toEqual([0.5, 0]);
  });
});

describe('buildFlowLines', () => {
  it('keeps the top N lines above the minimum, as curves ending at the establishment', () => {
    const { byFiness } = resolveDestinations(['000000001', '200000002'], HAND_ESTABLISHMENTS);
    const lines = buildFlowLines(
      [
        { zone: 'z1', finess: '000000001', stays: 100, maskedCells: 0 },
        { zone: 'z1', finess: '200000002', stays: 30, maskedCells: 0 },
        { zone: 'z1', finess: '200000002', stays: null, maskedCells: 1 },
        { zone: 'z1', finess: '000000001', stays: 5, maskedCells: 0 },
      ],
      [{ zone: 'z1', commune: 'B', weight: 1 }],
      centroids,
      byFiness,
      { minStays: 10, topN: 1 },
    );
    expect(lines.features).toHaveLength(1);
    const [line] = lines.features;
    expect(line?.properties).toMatchObject({ zone: 'z1', stays: 100, rank: 1, name: 'CH A' });
    const coords = line?.geometry.coordinates ?? [];
    expect(coords[0]).toEqual([2, 0]);
    expect(coords.at(-1)).toEqual([0, 0]);
    // Bent: the middle point is off the straight segment.
    expect(Math.abs(coords[8]?.[1] ?? 0)).toBeGreaterThan(0.1);
  });
});

describe('computeMainDestinations', () => {
  it('gives each commune its first establishment and its share', () => {
    const main = computeMainDestinations(HAND_FLOWS);
    expect(main.get('B')).toEqual({ finess: '000000001', stays: 60, share: 0.6 });
    expect(main.get('C')).toEqual({ finess: '200000002', stays: 50, share: 50 / 80 });
    expect(main.has('G')).toBe(false);
  });
});
