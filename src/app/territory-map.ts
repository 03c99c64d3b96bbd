/** Which commune is drawn how on the territory map (pure: roles from an analysis). */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { TerritoryAnalysis } from '../core/territory/analyse-territory';
import type { TerritoryRole } from '../map/territory-layers';

export type RoledCommune = Feature<Polygon | MultiPolygon, { code: string; role: TerritoryRole }>;

/** Features of the territory map: territory communes (overlap, white zone), problems, white zones around. */
export function territoryFeatures(
  analysis: TerritoryAnalysis,
  geometryOf: (code: string) => Polygon | MultiPolygon | undefined,
  perimetersOf: (code: string) => readonly string[],
  basedOn: string | null,
): RoledCommune[] {
  const features: RoledCommune[] = [];
  const push = (code: string, role: TerritoryRole) => {
    const geometry = geometryOf(code);
    if (geometry) features.push({ type: 'Feature', properties: { code, role }, geometry });
  };
  const whiteInside = new Set(analysis.whiteZones?.inside ?? []);
  for (const code of analysis.codes) {
    const others = perimetersOf(code).filter((p) => p !== basedOn);
    push(code, others.length ? 'overlap' : whiteInside.has(code) ? 'white-in' : 'in');
  }
  for (const code of analysis.whiteZones?.around ?? []) push(code, 'white-around');
  for (const code of analysis.contiguity.offending) push(code, 'offending');
  return features;
}

/** Features of a comparison: communes only in A, only in B, in both. */
export function comparisonFeatures(
  split: { onlyA: string[]; onlyB: string[]; both: string[] },
  geometryOf: (code: string) => Polygon | MultiPolygon | undefined,
): RoledCommune[] {
  const features: RoledCommune[] = [];
  const roles: [string[], TerritoryRole][] = [
    [split.onlyA, 'only-a'],
    [split.onlyB, 'only-b'],
    [split.both, 'both'],
  ];
  for (const [codes, role] of roles)
    for (const code of codes) {
      const geometry = geometryOf(code);
      if (geometry) features.push({ type: 'Feature', properties: { code, role }, geometry });
    }
  return features;
}
