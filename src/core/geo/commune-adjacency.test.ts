import { describe, expect, it } from 'vitest';
import { topology } from 'topojson-server';
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import { cell, grid } from '../territory/test-grid';
import {
  buildCommuneAdjacency,
  computeCommuneAdjacency,
  computeTopologyAdjacency,
} from './commune-adjacency';
import { buildCommuneTopology } from './dissolve-communes';

const { geometries } = grid(3);

describe('commune adjacency from shared arcs', () => {
  it('links communes sharing a border, not a corner (rook)', () => {
    const adjacency = buildCommuneAdjacency(buildCommuneTopology(geometries));
    expect(adjacency.neighbours.get(cell(1, 1))).toEqual(
      [cell(0, 1), cell(1, 0), cell(1, 2), cell(2, 1)].sort(),
    );
    expect(adjacency.neighbours.get(cell(0, 0))).toEqual([cell(0, 1), cell(1, 0)]);
  });

  it('marks the communes on the edge of the loaded area, not the middle one', () => {
    const { onAreaEdge } = buildCommuneAdjacency(buildCommuneTopology(geometries));
    expect(onAreaEdge.size).toBe(8);
    expect(onAreaEdge.has(cell(1, 1))).toBe(false);
  });

  it('gives the same neighbours as a plain object, by codes or by a property', () => {
    const byCodes = computeCommuneAdjacency(geometries);
    expect(byCodes[cell(2, 2)]).toEqual([cell(1, 2), cell(2, 1)]);
    const communes: FeatureCollection = {
      type: 'FeatureCollection',
      features: geometries.map((g) => ({
        type: 'Feature',
        properties: { code: g.code },
        geometry: g.geometry,
      })),
    };
    const topo = topology({ communes }) as unknown as Topology;
    expect(computeTopologyAdjacency(topo, 'communes', 'code')).toEqual(byCodes);
  });

  it('rejects a topology without the named object', () => {
    const { topology: topo } = buildCommuneTopology(geometries);
    expect(() => computeTopologyAdjacency(topo, 'missing', 'code')).toThrow(/missing/);
  });
});
