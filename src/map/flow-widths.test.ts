import { describe, expect, it } from 'vitest';
import { flowWidthPx, flowWidthSamples } from './flow-widths';
import { FLOW_LINE } from './map-symbols';

describe('flow widths', () => {
  it('goes from the thinnest to the thickest line with the square root of the stays', () => {
    expect(flowWidthPx(4, 4, 400)).toBe(FLOW_LINE.minPx);
    expect(flowWidthPx(400, 4, 400)).toBe(FLOW_LINE.maxPx);
    // sqrt(121) = 11 is half-way between sqrt(4) = 2 and sqrt(400) = 20.
    expect(flowWidthPx(121, 4, 400)).toBeCloseTo((FLOW_LINE.minPx + FLOW_LINE.maxPx) / 2, 9);
  });

  it('draws every line alike when all have the same stays', () => {
    expect(flowWidthPx(50, 50, 50)).toBe(FLOW_LINE.singlePx);
    expect(flowWidthSamples(50, 50)).toEqual([{ stays: 50, widthPx: FLOW_LINE.singlePx }]);
  });

  it('samples the largest, a rounded middle and the smallest value, without duplicates', () => {
    expect(flowWidthSamples(4, 400).map((s) => s.stays)).toEqual([400, 100, 4]);
    expect(flowWidthSamples(10, 12).map((s) => s.stays)).toEqual([12, 10]);
  });
});
