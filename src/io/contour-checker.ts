/**
 * The geometry step of the contour readers (communes, CPTS polygons): positions put in
 * [longitude, latitude] WGS84 where plainly otherwise, then the RFC 7946 checks, then
 * self-intersections found and repaired where safe — every repair counted and reported.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { fixContourPositions, positionFixNotes, type UtmFix } from './contour-positions';
import { CRS_LABELS } from './contour-projection';
import type { ProjectedCrs } from './projections';
import { checkPolygonGeometry, type GeometryCheck } from './geometry-check';
import { where, type FeatureRef, type IssueLog } from './issues';
import { checkSelfIntersections } from './self-intersections';

/**
 * Envelopes of France in WGS84 (west, south, east, north), with a margin of about 0.5°:
 * metropolitan France and Corsica, then Guadeloupe, Martinique, Guyane, La Réunion, Mayotte,
 * Saint-Pierre-et-Miquelon, Saint-Barthélemy and Saint-Martin (IGN ADMIN EXPRESS extents).
 */
const FRANCE_ENVELOPES: readonly (readonly [number, number, number, number])[] = [
  [-5.8, 40.8, 10.2, 51.6],
  [-62.0, 15.6, -60.8, 16.8],
  [-61.5, 14.2, -60.6, 15.1],
  [-55.0, 1.6, -51.0, 6.2],
  [54.9, -21.8, 56.2, -20.5],
  [44.7, -13.3, 45.6, -12.4],
  [-56.8, 46.5, -55.9, 47.4],
  [-63.4, 17.6, -62.5, 18.4],
];

const km2 = (x: number) => x.toLocaleString('fr-FR', { maximumFractionDigits: 2 });

/**
 * Checks the contours of one file, one by one, and reports per file what it repaired.
 *
 * @example
 * const checker = new ContourChecker(log);
 * const g = checker.check(feature.geometry, { feature: 1, label: 'commune 50502' });
 * checker.finish();
 */
export class ContourChecker {
  private readonly fixes = { lambert93: 0, swapped: 0 };
  private readonly utm = new Map<string, { fix: UtmFix; count: number }>();
  private readonly outside: string[] = [];
  /** Contours that were not in the metres of the declared projection. */
  private notDeclared = 0;

  /** `declared`: the projection named by the file's `crs` member (`declaredProjection`). */
  constructor(
    private readonly log: IssueLog,
    private readonly declared: ProjectedCrs | null = null,
  ) {}

  /**
   * Checks one contour; `at` names it in messages (« entité n° 3 (commune 50502) »);
   * `communeCode` lets an overseas commune's UTM metres be reprojected in its official zone.
   */
  check(geometry: unknown, at: FeatureRef, communeCode?: string): GeometryCheck {
    const positioned = fixContourPositions(geometry, { declared: this.declared, communeCode });
    const underDeclared =
      positioned.utm?.reason.by === 'crs' ||
      (positioned.fix === 'lambert93' && this.declared === 'EPSG:2154');
    if (this.declared !== null && !underDeclared) this.notDeclared += 1;
    if (positioned.utm) {
      const key = JSON.stringify(positioned.utm);
      const seen = this.utm.get(key) ?? { fix: positioned.utm, count: 0 };
      seen.count += 1;
      this.utm.set(key, seen);
    } else if (positioned.fix === 'lambert93' || positioned.fix === 'swapped')
      this.fixes[positioned.fix] += 1;
    const checked = checkPolygonGeometry(positioned.geometry);
    if (!checked.ok) return checked;
    if (!insideFrance(checked.geometry)) this.outside.push(where('', at).slice(2));
    const crossings = checkSelfIntersections(checked.geometry);
    if (crossings.points === 0) return checked;
    if (crossings.repaired && crossings.areaKm2) {
      this.log.add(
        'warning',
        'self-intersection',
        `contour qui se recoupe (${crossings.points} croisement(s)), découpé en polygones simples ; superficie ${km2(crossings.areaKm2.before)} → ${km2(crossings.areaKm2.after)} km². Vérifiez le contour.`,
        at,
      );
      return { ...checked, geometry: crossings.repaired as Polygon | MultiPolygon };
    }
    this.log.add(
      'warning',
      'self-intersection',
      `contour qui se recoupe (${crossings.points} croisement(s)), non réparé (il a des trous) : sa superficie et sa densité peuvent être fausses. Corrigez-le (QGIS : Réparer les géométries).`,
      at,
    );
    return checked;
  }

  /** Reports the position repairs of the file (once). */
  finish(): void {
    for (const note of positionFixNotes(this.fixes, [...this.utm.values()]))
      this.log.add('warning', 'repaired-coordinates', note);
    if (this.declared !== null && this.notDeclared > 0)
      this.log.add(
        'warning',
        'geojson-crs',
        `le membre « crs » du fichier nomme ${CRS_LABELS[this.declared]}, mais ${this.notDeclared} contour(s) ` +
          'ne sont pas en mètres de cette projection : jugés sur leurs seules coordonnées. ' +
          'Vérifiez la projection du fichier (GeoJSON en longitude, latitude WGS84).',
        undefined,
        undefined,
        this.notDeclared,
      );
    const n = this.outside.length;
    if (n === 0) return;
    this.log.add(
      'warning',
      'outside-france',
      `${n} contour(s) hors de la France (métropole et outre-mer) : ${this.outside.slice(0, 5).join(', ')}` +
        `${n > 5 ? ', …' : ''}. Gardés tels quels ; vérifiez les coordonnées ou la projection du fichier ` +
        '(GeoJSON en longitude, latitude WGS84).',
      undefined,
      undefined,
      n,
    );
  }
}

/** True when the bounding box of the contour meets one of {@link FRANCE_ENVELOPES}. */
function insideFrance(geometry: Polygon | MultiPolygon): boolean {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) {
    for (const [x = NaN, y = NaN] of polygon[0] ?? []) {
      w = Math.min(w, x);
      e = Math.max(e, x);
      s = Math.min(s, y);
      n = Math.max(n, y);
    }
  }
  return FRANCE_ENVELOPES.some(([w0, s0, e0, n0]) => w <= e0 && e >= w0 && s <= n0 && n >= s0);
}
