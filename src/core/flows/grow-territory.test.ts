import { describe, expect, it } from 'vitest';
import { indexFlowNetwork, type PoleFlow } from './flow-network';
import { growTerritory } from './grow-territory';
import { pickSizedOptions } from './sized-options';

/**
 * A row of communes A–B–C–D–E with F hanging on C; hospitals in A and E, a clinic in C.
 * Populations: A 10 000, B 5 000, C 8 000, D 6 000, E 4 000, F 3 000.
 */
const flows: PoleFlow[] = [
  { origin: 'A', pole: 'A', stays: 100 },
  { origin: 'B', pole: 'A', stays: 40 },
  { origin: 'B', pole: 'E', stays: 10 },
  { origin: 'C', pole: 'A', stays: 30 },
  { origin: 'C', pole: 'C', stays: 30 },
  { origin: 'D', pole: 'E', stays: 50 },
  { origin: 'D', pole: 'A', stays: 10 },
  { origin: 'E', pole: 'E', stays: 60 },
  { origin: 'F', pole: 'C', stays: 20 },
  { origin: 'F', pole: 'A', stays: 5 },
];
const network = indexFlowNetwork({
  units: ['A', 'B', 'C', 'D', 'E', 'F'],
  population: new Map([
    ['A', 10000],
    ['B', 5000],
    ['C', 8000],
    ['D', 6000],
    ['E', 4000],
    ['F', 3000],
  ]),
  adjacency: { A: ['B'], B: ['A', 'C'], C: ['B', 'D', 'F'], D: ['C', 'E'], E: ['D'], F: ['C'] },
  poleFlows: flows,
});
const codes = (order: Int32Array) => [...order].map((i) => network.units[i]);
const seed = network.unitIndex.get('A')!;

describe('growTerritory', () => {
  it('adds the neighbour most tied by flows and keeps the autarcie by hand', () => {
    const growth = growTerritory(network, seed, 33000);
    // After A, B, C the frontier is D (10 of its 60 flows with the territory: 1/6) and F (its 25
    // stays all go to C or A: 1): F joins before D; E (4 000) would pass 33 000.
    expect(codes(growth.order)).toEqual(['A', 'B', 'C', 'F', 'D']);
    expect([...growth.population]).toEqual([10000, 15000, 23000, 26000, 32000]);
    // Autarcie = stays inside / residents' stays: 100/100, 140/150, 200/210, 225/235, 235/295.
    const expected = [1, 140 / 150, 200 / 210, 225 / 235, 235 / 295];
    expected.forEach((a, k) => expect(growth.autarcie[k]).toBeCloseTo(a, 12));
    expect(growth.stoppedBy).toBe('population');
  });

  it('stops when no adjacent commune is left, and counts stays to a joined pole', () => {
    const growth = growTerritory(network, seed, 100000);
    expect(codes(growth.order)).toEqual(['A', 'B', 'C', 'F', 'D', 'E']);
    // E joins with its own 60 stays and the 60 that B and D send to it: (235 + 120) / 355.
    expect(growth.autarcie[5]).toBeCloseTo(1, 12);
    expect(growth.stoppedBy).toBe('no-neighbour');
  });

  it('grows by shared borders then code where no flow is known', () => {
    const grid = indexFlowNetwork({
      units: ['a', 'b', 'c', 'd'],
      population: new Map([
        ['a', 1],
        ['b', 1],
        ['c', 1],
        ['d', 1],
      ]),
      adjacency: { a: ['b', 'c'], b: ['a', 'd'], c: ['a', 'd'], d: ['b', 'c'] },
      poleFlows: [],
    });
    const growth = growTerritory(grid, 0, 10);
    // b and c tie (one border each): b (lower code); then d shares borders with b, c with a: tie
    // on borders (1 each) → c; then d.
    expect([...growth.order].map((i) => grid.units[i])).toEqual(['a', 'b', 'c', 'd']);
    expect(Number.isNaN(growth.autarcie[3])).toBe(true);
  });
});

describe('pickSizedOptions', () => {
  it('offers the smallest reaching the floor, the closest to the middle and the largest', () => {
    // Range 20 000 – 33 000, middle 26 500: steps of 23 000, 26 000 and 32 000 inhabitants.
    const options = pickSizedOptions(growTerritory(network, seed, 33000), 20000, 33000);
    expect(options.map((o) => [o.role, o.size, o.population])).toEqual([
      ['smaller', 3, 23000],
      ['proposed', 4, 26000],
      ['larger', 5, 32000],
    ]);
    expect(options[1]!.autarcie).toBeCloseTo(225 / 235, 12);
  });

  it('gives the proposed option once when it is also the largest', () => {
    // Range 12 000 – 26 000, middle 19 000: steps of 15 000, 23 000 and 26 000; 15 000 and 23 000
    // are both 4 000 away, the tie goes to the smaller, 15 000, which is also the floor.
    const options = pickSizedOptions(growTerritory(network, seed, 26000), 12000, 26000);
    expect(options.map((o) => [o.role, o.size])).toEqual([
      ['proposed', 2],
      ['larger', 4],
    ]);
  });

  it('gives the whole growth when it never reaches the floor', () => {
    const options = pickSizedOptions(growTerritory(network, seed, 100000), 50000, 100000);
    expect(options.map((o) => [o.role, o.size, o.population])).toEqual([['proposed', 6, 36000]]);
  });
});
