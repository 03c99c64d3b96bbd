import { describe, expect, it } from 'vitest';
import { computeHuffExpectedFlows, computeHuffProbabilities } from './huff';

describe('computeHuffProbabilities', () => {
  it('weights equal attractiveness by inverse squared distance', () => {
    const [row] = computeHuffProbabilities([[10, 20]], [100, 100]);
    expect(row?.[0]).toBeCloseTo(0.8, 12);
    expect(row?.[1]).toBeCloseTo(0.2, 12);
  });

  it('is proportional to attractiveness at equal distance', () => {
    const [row] = computeHuffProbabilities([[5, 5, 5]], [1, 2, 7]);
    [0.1, 0.2, 0.7].forEach((p, j) => expect(row?.[j]).toBeCloseTo(p, 12));
  });

  it('applies the alpha and beta exponents', () => {
    const [row] = computeHuffProbabilities([[1, 2]], [4, 1], { alpha: 0.5, beta: 1 });
    // weights 2/1 = 2 and 1/2 = 0.5
    expect(row?.[0]).toBeCloseTo(0.8, 12);
  });

  it('raises distances below minDistanceKm so a zero distance stays finite', () => {
    const [row] = computeHuffProbabilities([[0, 2]], [1, 1], { minDistanceKm: 2 });
    expect(row).toEqual([0.5, 0.5]);
  });

  it('returns a row of zeros when no destination is attractive', () => {
    expect(computeHuffProbabilities([[3, 4]], [0, 0])).toEqual([[0, 0]]);
  });

  it('makes every row sum to 1', () => {
    const probs = computeHuffProbabilities(
      [
        [1, 10, 30],
        [25, 3, 12],
      ],
      [400, 80, 20],
    );
    for (const row of probs) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('rejects negative distances and attractiveness', () => {
    expect(() => computeHuffProbabilities([[-1]], [1])).toThrow();
    expect(() => computeHuffProbabilities([[1]], [-1])).toThrow();
    expect(() => computeHuffProbabilities([[1, 2]], [1])).toThrow();
  });
});

describe('computeHuffExpectedFlows', () => {
  it('multiplies population, rate and probability', () => {
    const [row] = computeHuffExpectedFlows([1000], 0.27, [[0.8, 0.2]]);
    expect(row?.[0]).toBeCloseTo(216, 9);
    expect(row?.[1]).toBeCloseTo(54, 9);
  });
});
