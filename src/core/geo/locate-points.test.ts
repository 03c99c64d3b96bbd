import { describe, expect, it } from 'vitest';
import { square } from '../territory/test-grid';
import { locatePoints } from './locate-points';

// 96001 = [0,1]², 96002 = [1,2]×[0,1]; 96003 = [0,3]×[2,5] with a hole [1,2]×[3,4] filled by 96004.
const ring = square(0, 2, 3);
ring.coordinates.push([
  [1, 3],
  [1, 4],
  [2, 4],
  [2, 3],
  [1, 3],
]);
const communes = [
  { code: '96002', geometry: square(1, 0, 1) },
  { code: '96001', geometry: square(0, 0, 1) },
  { code: '96003', geometry: ring },
  { code: '96004', geometry: square(1, 3, 1) },
];

describe('locatePoints', () => {
  it('finds the commune containing each point, null outside every contour', () => {
    expect(
      locatePoints(
        [
          { lon: 0.5, lat: 0.5 },
          { lon: 1.5, lat: 0.5 },
          { lon: 2.5, lat: 2.5 },
          { lon: 9, lat: 9 },
        ],
        communes,
      ),
    ).toEqual(['96001', '96002', '96003', null]);
  });

  it('respects holes: a point in the hole of 96003 belongs to the enclave 96004', () => {
    expect(locatePoints([{ lon: 1.5, lat: 3.5 }], communes)).toEqual(['96004']);
    // Without the enclave's contour, the hole belongs to no commune.
    expect(
      locatePoints(
        [{ lon: 1.5, lat: 3.5 }],
        communes.filter((c) => c.code !== '96004'),
      ),
    ).toEqual([null]);
  });

  it('gives a point on a shared border to the smallest code, whatever the input order', () => {
    const onBorder = [
      { lon: 1, lat: 0.5 },
      { lon: 1, lat: 1 },
    ];
    expect(locatePoints(onBorder, communes)).toEqual(['96001', '96001']);
    expect(locatePoints(onBorder, [...communes].reverse())).toEqual(['96001', '96001']);
    // On the border of the hole: 96003 and 96004 share it, 96003 is the smaller code.
    expect(locatePoints([{ lon: 1, lat: 3.5 }], communes)).toEqual(['96003']);
  });

  it('prefers a commune containing the point strictly over one having it on its boundary', () => {
    // 96000 (a smaller code) overlaps 96001 and has (0.5, 0.5) on its corner; 96001 contains it strictly.
    const overlapping = [...communes, { code: '96000', geometry: square(0.5, 0, 0.5) }];
    expect(locatePoints([{ lon: 0.5, lat: 0.5 }], overlapping)).toEqual(['96001']);
  });

  it('returns null for non-finite coordinates and handles empty inputs', () => {
    expect(locatePoints([{ lon: Number.NaN, lat: 0.5 }], communes)).toEqual([null]);
    expect(locatePoints([{ lon: 0.5, lat: 0.5 }], [])).toEqual([null]);
    expect(locatePoints([], communes)).toEqual([]);
  });

  it('locates points in every part of a MultiPolygon', () => {
    const multi = {
      code: '96005',
      geometry: {
        type: 'MultiPolygon' as const,
        coordinates: [square(10, 10, 1).coordinates, square(20, 20, 1).coordinates],
      },
    };
    expect(
      locatePoints(
        [
          { lon: 10.5, lat: 10.5 },
          { lon: 20.5, lat: 20.5 },
          { lon: 15, lat: 15 },
        ],
        [multi],
      ),
    ).toEqual(['96005', '96005', null]);
  });
});
