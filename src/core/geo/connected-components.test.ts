import { describe, expect, it } from 'vitest';
import { computeConnectedPieces } from './connected-components';

// A row F – A – B – C – D – E, with G touching D and E (the flow tests' hand case).
const ROW: Record<string, string[]> = {
  F: ['A'],
  A: ['B', 'F'],
  B: ['A', 'C'],
  C: ['B', 'D'],
  D: ['C', 'E', 'G'],
  E: ['D', 'G'],
  G: ['D', 'E'],
};
const next = (u: string) => ROW[u] ?? [];

describe('computeConnectedPieces', () => {
  it('splits a set at its gaps, pieces sorted and ordered by their smallest code', () => {
    // C is left out: {A, B, F} and {D, E, G} are no longer connected.
    expect(computeConnectedPieces(['G', 'F', 'E', 'D', 'B', 'A'], next)).toEqual([
      ['A', 'B', 'F'],
      ['D', 'E', 'G'],
    ]);
    expect(computeConnectedPieces(Object.keys(ROW), next)).toHaveLength(1);
  });

  it('cuts the links that `linked` refuses', () => {
    const basin: Record<string, string> = { F: 'x', A: 'x', B: 'y', C: 'x', D: 'x' };
    const pieces = computeConnectedPieces(
      Object.keys(basin),
      next,
      (a, b) => basin[a] === basin[b],
    );
    expect(pieces).toEqual([['A', 'F'], ['B'], ['C', 'D']]);
  });

  it('ignores neighbours outside the set, self-links and one-sided lists', () => {
    const oneSided = (u: string) => ({ a: ['a', 'b', 'zz'], c: ['b'] })[u] ?? [];
    expect(computeConnectedPieces(['c', 'b', 'a', 'a'], oneSided)).toEqual([['a', 'b', 'c']]);
    expect(computeConnectedPieces([], next)).toEqual([]);
  });
});
