import { describe, expect, it } from 'vitest';
import { computeConnectedPieces } from '../geo/connected-components';
import { computeBasinQuality } from './basin-quality';
import { resolveDestinations } from './destinations';
import {
  buildFlowNetwork,
  indexFlowNetwork,
  type FlowNetwork,
  type Partition,
} from './flow-network';
import type { CommuneFlow } from './flow-types';
import { HAND_ADJACENCY, HAND_COMMUNES, HAND_ESTABLISHMENTS, HAND_FLOWS } from './hand-case';
import { mergeBasins } from './merge-basins';
import { buildFlowGraph, computeModularity } from './modularity';
import { assignModularityBasins, DEFAULT_MODULARITY_OPTIONS } from './modularity-basins';
import { groupByBasin, labelPartition, toPartition } from './partition';
import { assignPluralityBasins } from './plurality-basins';

const { byFiness } = resolveDestinations(['000000001', '200000002'], HAND_ESTABLISHMENTS);
const network = (flows: CommuneFlow[] = HAND_FLOWS): FlowNetwork =>
  buildFlowNetwork(HAND_COMMUNES, flows, byFiness, HAND_ADJACENCY);
const NO_MERGE = { minLi: 0, minStays: 0, minPopulation: 0 };
const basinsOf = (p: Partition) => Object.fromEntries(groupByBasin(p));

function expectContiguous(net: FlowNetwork, p: Partition): void {
  for (const members of groupByBasin(p).values()) {
    const pieces = computeConnectedPieces(members, (u) => net.adjacency[u] ?? []);
    expect(pieces, `basin ${members.join(',')}`).toHaveLength(1);
  }
}

describe('assignPluralityBasins (plurality + contiguity)', () => {
  it('assigns by plurality, repairs the enclave F and places G without stays', () => {
    const result = assignPluralityBasins(network(), NO_MERGE);
    // Plurality: A, B -> H1 (A); C, D, E, F -> H2 (E). F touches only A: it joins A's basin.
    // G has no stays: both its neighbours are in E's basin.
    expect(basinsOf(result.partition)).toEqual({ A: ['A', 'B', 'F'], E: ['C', 'D', 'E', 'G'] });
    expect(result.contiguityMoves).toBe(2);
    expect(result.merges).toBe(0);
    expectContiguous(network(), result.partition);
  });

  it('computes LI, MSI, netindex, population and modularity by hand', () => {
    const net = network();
    const q = computeBasinQuality(net, assignPluralityBasins(net, NO_MERGE).partition);
    const [a, e] = q.basins;
    // Basin A: residents' stays 100 (A) + 100 (B) + 100 (F) = 300, in H1: 90 + 60 + 40 = 190.
    // H1 receives 250 stays in all -> MSI 190/250; netindex (250 − 190) / (300 − 190).
    expect(a).toMatchObject({ id: 'A', population: 1800, stays: 300, internalStays: 190 });
    expect(a?.li).toBeCloseTo(190 / 300, 12);
    expect(a?.msi).toBeCloseTo(0.76, 12);
    expect(a?.netindex).toBeCloseTo(60 / 110, 12);
    // Basin E: 80 (C) + 100 (D) + 100 (E) = 280 stays, 50 + 80 + 90 = 220 in H2, which
    // receives 330 -> MSI 2/3; netindex (330 − 220) / (280 − 220).
    expect(e).toMatchObject({ id: 'E', population: 2050, stays: 280, internalStays: 220 });
    expect(e?.li).toBeCloseTo(220 / 280, 12);
    expect(e?.msi).toBeCloseTo(2 / 3, 12);
    expect(e?.netindex).toBeCloseTo(110 / 60, 12);
    expect(q.li).toBeCloseTo(410 / 580, 12);
    // Flow graph: m = 400; inside {A,B,F} 60 + 40, inside {C,D,E,G} 50 + 80;
    // degrees 370 and 430: Q = 100/400 − (370/800)² + 130/400 − (430/800)² = 0.0721875.
    expect(q.modularity).toBeCloseTo(0.0721875, 12);
  });

  it('merges a basin below the LI threshold into the neighbour receiving its flow', () => {
    // LI of A's basin is 0.633 < 0.7: it merges into E's basin, whose LI becomes 1.
    const result = assignPluralityBasins(network(), { ...NO_MERGE, minLi: 0.7 });
    expect(result.merges).toBe(1);
    expect([...groupByBasin(result.partition).keys()]).toEqual(['E']);
    expect(computeBasinQuality(network(), result.partition).li).toBe(1);
    expect(assignPluralityBasins(network(), { ...NO_MERGE, minLi: 0.5 }).merges).toBe(0);
  });

  it('merges a basin below the minimum population', () => {
    const result = assignPluralityBasins(network(), { ...NO_MERGE, minPopulation: 2000 });
    expect(result.merges).toBe(1); // 1,800 inhabitants in A's basin
    expect(groupByBasin(result.partition).size).toBe(1);
  });

  it('gives the same basins for the same input, whatever the row order', () => {
    const a = assignPluralityBasins(network()).partition;
    const b = assignPluralityBasins(network([...HAND_FLOWS].reverse())).partition;
    expect(basinsOf(b)).toEqual(basinsOf(a));
  });
});

describe('mergeBasins', () => {
  it('keeps flow bookkeeping right over successive merges', () => {
    const net = network();
    const singletons = new Map(net.units.map((u) => [u, u]));
    const labelled = labelPartition(net, singletons);
    const { basinOf } = mergeBasins(net, labelled, { ...NO_MERGE, minLi: 0.6 });
    const merged = toPartition(net, { basinOf, ids: labelled.ids });
    for (const b of computeBasinQuality(net, merged).basins)
      if (b.li !== null && groupByBasin(merged).size > 1) expect(b.li).toBeGreaterThanOrEqual(0.6);
    expectContiguous(net, merged);
  });
});

describe('computeModularity', () => {
  it('is 0 for a single community and matches the hand formula', () => {
    const graph = buildFlowGraph(network());
    expect(graph.weight.reduce((s, w) => s + w, 0)).toBe(400);
    const all = new Map(network().units.map((u) => [u, 'x']));
    expect(computeModularity(graph, labelPartition(network(), all).basinOf)).toBeCloseTo(0, 12);
  });
});

describe('assignModularityBasins (Louvain, spatially constrained)', () => {
  it('gives contiguous basins covering every unit, identical on every run', () => {
    // F sends most of its stays to E, far away: Louvain alone would put F with E.
    const flows: CommuneFlow[] = [
      ...HAND_FLOWS,
      { commune: 'F', finess: '200000002', stays: 1000, maskedCells: 0, maskedWeight: 0 },
    ];
    const net = network(flows);
    const first = assignModularityBasins(net, DEFAULT_MODULARITY_OPTIONS);
    const second = assignModularityBasins(net, DEFAULT_MODULARITY_OPTIONS);
    expect(basinsOf(second.partition)).toEqual(basinsOf(first.partition));
    expect([...first.partition.keys()].sort()).toEqual(net.units);
    expectContiguous(net, first.partition);
    expect(first.partition.get('F')).toBe(first.partition.get('A'));
  });

  it('finds the two hand basins on the hand case', () => {
    const result = assignModularityBasins(network(), DEFAULT_MODULARITY_OPTIONS);
    expectContiguous(network(), result.partition);
    expect(result.partition.get('A')).not.toBe(result.partition.get('E'));
  });
});

describe('tie-breaking on equal flows', () => {
  // X – Y – Z in a row; X and Z send their stays to themselves, Y has no stays and 10 inhabitants.
  const row = indexFlowNetwork({
    units: ['Z', 'Y', 'X'],
    population: new Map([
      ['X', 500],
      ['Y', 10],
      ['Z', 500],
    ]),
    adjacency: { X: ['Y'], Y: ['X', 'Z'], Z: ['Y'] },
    poleFlows: [
      { origin: 'Z', pole: 'Z', stays: 50 },
      { origin: 'X', pole: 'X', stays: 50 },
    ],
  });

  it('places a unit without stays in the adjacent basin with the smallest id', () => {
    const result = assignPluralityBasins(row, NO_MERGE);
    expect(basinsOf(result.partition)).toEqual({ X: ['X', 'Y'], Z: ['Z'] });
  });

  it('merges a small basin into the neighbour with the smallest id', () => {
    const singletons = labelPartition(row, new Map(row.units.map((u) => [u, u])));
    const { basinOf } = mergeBasins(row, singletons, { ...NO_MERGE, minPopulation: 100 });
    expect(basinsOf(toPartition(row, { basinOf, ids: singletons.ids }))).toEqual({
      X: ['X', 'Y'],
      Z: ['Z'],
    });
  });
});
