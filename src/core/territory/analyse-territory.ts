import type { Feature, MultiPolygon } from 'geojson';
import { buildCommuneAdjacency, type CommuneAdjacency } from '../geo/commune-adjacency';
import {
  buildCommuneTopology,
  dissolveCommunes,
  type CodedGeometry,
  type CommuneTopology,
} from '../geo/dissolve-communes';
import {
  computeCoverage,
  computeWhiteZones,
  type CoverageCounts,
} from '../overlap/compute-coverage';
import { computeOverlaps, type PerimeterOverlap } from '../overlap/compute-overlaps';
import { computeContiguity, type TerritoryContiguity } from './compute-contiguity';
import {
  computeTerritoryIndicators,
  type TerritoryIndicators,
} from './compute-territory-indicators';
import { buildTerritoryBase, type TerritoryBase, type TerritoryInput } from './territory-base';

/** Everything precomputed once for the loaded data: aggregates, topology, adjacency. */
export interface TerritoryContext {
  base: TerritoryBase;
  topology: CommuneTopology;
  adjacency: CommuneAdjacency;
}

/** The full analysis of one territory. */
export interface TerritoryAnalysis {
  codes: string[];
  indicators: TerritoryIndicators;
  contiguity: TerritoryContiguity;
  /** Null when no CPTS perimeter is loaded (« non chargé », not « aucun chevauchement »). */
  overlaps: PerimeterOverlap[] | null;
  /** Null when no CPTS perimeter is loaded (not « every commune is a white zone »). */
  whiteZones: { inside: string[]; around: string[] } | null;
  /** Dissolved outline (WGS84), null for an empty territory. */
  outline: Feature<MultiPolygon> | null;
}

/**
 * Builds the territory context once per loaded dataset: per-commune aggregates
 * (`buildTerritoryBase`), the arc topology (`buildCommuneTopology`) and the adjacency derived
 * from its shared arcs (`buildCommuneAdjacency`).
 *
 * @example const ctx = buildTerritoryContext(input, geometries); analyseTerritory(ctx, ['96001']);
 */
export function buildTerritoryContext(
  input: TerritoryInput,
  geometries: readonly CodedGeometry[],
): TerritoryContext {
  const topology = buildCommuneTopology(geometries);
  return { base: buildTerritoryBase(input), topology, adjacency: buildCommuneAdjacency(topology) };
}

/**
 * Analyses a territory: indicators and ACI tranche (DOMAIN.md 4.1), dissolved outline
 * (topology-aware, no slivers), contiguity, overlaps with the loaded CPTS and white zones (both
 * null when no CPTS perimeter is loaded).
 *
 * @example analyseTerritory(ctx, ['96001', '96002']).indicators.tranche.tranche.size; // => 1
 */
export function analyseTerritory(
  ctx: TerritoryContext,
  codes: Iterable<string>,
): TerritoryAnalysis {
  const list = [...new Set(codes)].sort();
  const { base, adjacency } = ctx;
  const outline = dissolveCommunes(ctx.topology, list);
  const perimetersLoaded = base.layers.perimeters;
  const centroidOf = (code: string): [number, number] | null => {
    const c = base.communes[base.indexByCode.get(code) ?? -1];
    return c && c.centroidLon !== null && c.centroidLat !== null
      ? [c.centroidLon, c.centroidLat]
      : null;
  };
  return {
    codes: list,
    indicators: computeTerritoryIndicators(base, list),
    contiguity: computeContiguity(adjacency, list, centroidOf, outline?.geometry ?? null),
    overlaps: perimetersLoaded
      ? computeOverlaps(list, base.membersByPerimeter, populationOf(base))
      : null,
    whiteZones: perimetersLoaded
      ? computeWhiteZones(
          list.filter((c) => base.indexByCode.has(c)),
          (c) => adjacency.neighbours.get(c) ?? [],
          perimeterCountOf(base),
        )
      : null,
    outline,
  };
}

/**
 * Population covered by 0, 1 and 2+ CPTS over all loaded communes (`computeCoverage`); null when
 * no CPTS perimeter is loaded.
 *
 * @example computeLoadedCoverage(ctx)?.none.population; // => 120345
 */
export function computeLoadedCoverage(ctx: TerritoryContext): CoverageCounts | null {
  if (!ctx.base.layers.perimeters) return null;
  return computeCoverage(
    ctx.base.communes.map((c) => c.code),
    perimeterCountOf(ctx.base),
    populationOf(ctx.base),
  );
}

function populationOf(base: TerritoryBase): (code: string) => number | null {
  return (code) => base.communes[base.indexByCode.get(code) ?? -1]?.population ?? null;
}

function perimeterCountOf(base: TerritoryBase): (code: string) => number {
  return (code) => base.perimetersByCode.get(code)?.length ?? 0;
}
