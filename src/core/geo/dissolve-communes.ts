import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { merge } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** A commune geometry keyed by its INSEE code. */
export interface CodedGeometry {
  code: string;
  geometry: Polygon | MultiPolygon;
}

/**
 * A topology of commune polygons, built once, from which any set of communes can be dissolved
 * by removing their shared arcs (topology-aware dissolve: no slivers between communes whose
 * borders share vertices, unlike a naive polygon union). Method: TopoJSON shared arcs
 * (Bostock, topojson-server `topology` + topojson-client `merge`), as mapshaper's `-dissolve`.
 */
export interface CommuneTopology {
  topology: Topology;
  indexByCode: Map<string, number>;
}

/**
 * Builds the arc topology of a set of commune polygons (coordinates kept exactly: no quantization,
 * so only borders with identical vertices are merged).
 *
 * @example const topo = buildCommuneTopology(communes); dissolveCommunes(topo, ['96001', '96002'])
 */
export function buildCommuneTopology(communes: readonly CodedGeometry[]): CommuneTopology {
  const collection: FeatureCollection = {
    type: 'FeatureCollection',
    features: communes.map((c) => ({
      type: 'Feature',
      properties: { code: c.code },
      geometry: c.geometry,
    })),
  };
  const topo = topology({ communes: collection }) as unknown as Topology;
  const indexByCode = new Map<string, number>();
  communes.forEach((c, i) => indexByCode.set(c.code, i));
  return { topology: topo, indexByCode };
}

/**
 * Dissolves the given communes into one (Multi)Polygon outline, WGS84.
 * Unknown codes are ignored (the caller reports them); an empty set gives null.
 *
 * @example dissolveCommunes(topo, ['96001', '96002'])?.type // 'Polygon' or 'MultiPolygon'
 */
export function dissolveCommunes(
  topo: CommuneTopology,
  codes: Iterable<string>,
): Feature<MultiPolygon> | null {
  const object = topo.topology.objects.communes as GeometryCollection;
  const geometries = [];
  for (const code of new Set(codes)) {
    const index = topo.indexByCode.get(code);
    if (index === undefined) continue;
    const geometry = object.geometries[index];
    if (geometry) geometries.push(geometry);
  }
  if (geometries.length === 0) return null;
  const merged = merge(topo.topology, geometries as Parameters<typeof merge>[1]);
  return { type: 'Feature', properties: {}, geometry: merged };
}
