import type { TerritoryAnalysis } from './analyse-territory';

/**
 * The analysis without the overlap with the CPTS the territory was started from (« Partir d’une
 * CPTS »): its communes are the territory's own, not « aussi dans une autre CPTS ». The panel, the
 * GeoJSON export (`cpts_chevauchees`) and the dossier read the overlaps through it; the map layers
 * skip that CPTS per commune the same way.
 *
 * @example withoutStartingPerimeter(analysis, 'CPTS du Cotentin').overlaps?.map((o) => o.name); // the others
 */
export function withoutStartingPerimeter(
  analysis: TerritoryAnalysis,
  startedFrom: string | null | undefined,
): TerritoryAnalysis {
  if (!startedFrom || analysis.overlaps === null) return analysis;
  if (!analysis.overlaps.some((o) => o.name === startedFrom)) return analysis;
  return { ...analysis, overlaps: analysis.overlaps.filter((o) => o.name !== startedFrom) };
}
