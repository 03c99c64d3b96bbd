/**
 * The analysis API: plain async functions over core and io. The app calls them through the
 * analysis worker (see analysis-client.ts); Node tests and the CLI call them directly.
 * Everything that crosses the boundary is structured-cloneable.
 */
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import {
  buildCommuneTopology,
  dissolveCommunes,
  type CodedGeometry,
} from '../core/geo/dissolve-communes';
import type { PerimeterMember } from '../core/types';
export { emptyDataset } from './dataset';

/** A dissolved CPTS perimeter. */
export type PerimeterOutline = Feature<MultiPolygon, { name: string; communeCount: number }>;

/**
 * Dissolves each perimeter's communes into its outline (topology-aware: shared borders vanish,
 * no slivers). Communes of a perimeter that have no contour are counted in `missing`.
 *
 * @example await dissolvePerimeters(geometries, [{ perimeterName: 'CPTS A', communeCode: '96001' }])
 */
export async function dissolvePerimeters(
  communes: readonly CodedGeometry[],
  members: readonly PerimeterMember[],
): Promise<{
  outlines: FeatureCollection<MultiPolygon, PerimeterOutline['properties']>;
  missing: PerimeterMember[];
}> {
  const topo = buildCommuneTopology(communes);
  const byName = new Map<string, string[]>();
  const missing: PerimeterMember[] = [];
  for (const member of members) {
    if (!topo.indexByCode.has(member.communeCode)) {
      missing.push(member);
      continue;
    }
    const list = byName.get(member.perimeterName) ?? [];
    list.push(member.communeCode);
    byName.set(member.perimeterName, list);
  }
  const features: PerimeterOutline[] = [];
  for (const [name, codes] of [...byName].sort(([a], [b]) => a.localeCompare(b, 'fr'))) {
    const outline = dissolveCommunes(topo, codes);
    if (outline) {
      features.push({ ...outline, properties: { name, communeCount: new Set(codes).size } });
    }
  }
  return { outlines: { type: 'FeatureCollection', features }, missing };
}
export * from './territory-api';
export * from './access-api';
export * from './flows-api';
export * from './flows-proposal';
export * from './dossier-api';
export * from './region-api';
