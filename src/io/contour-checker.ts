/**
 * The geometry step of the contour readers (communes, CPTS polygons): positions put in
 * [longitude, latitude] WGS84 where plainly otherwise, then the RFC 7946 checks, then
 * self-intersections found and repaired where safe — every repair counted and reported.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { fixContourPositions, positionFixNote } from './contour-positions';
import { checkPolygonGeometry, type GeometryCheck } from './geometry-check';
import type { IssueLog } from './issues';
import { checkSelfIntersections } from './self-intersections';

const km2 = (x: number) => x.toLocaleString('fr-FR', { maximumFractionDigits: 2 });

/**
 * Checks the contours of one file, one by one, and reports per file what it repaired.
 *
 * @example
 * const checker = new ContourChecker(log);
 * const g = checker.check(feature.geometry, 'entité n° 1 (commune 50502)');
 * checker.finish();
 */
export class ContourChecker {
  private readonly fixes = { lambert93: 0, swapped: 0 };

  constructor(private readonly log: IssueLog) {}

  /** Checks one contour; `label` names it in messages (« entité n° 3 (commune 50502) »). */
  check(geometry: unknown, label: string): GeometryCheck {
    const positioned = fixContourPositions(geometry);
    if (positioned.fix !== 'none') this.fixes[positioned.fix] += 1;
    const checked = checkPolygonGeometry(positioned.geometry);
    if (!checked.ok) return checked;
    const crossings = checkSelfIntersections(checked.geometry);
    if (crossings.points === 0) return checked;
    if (crossings.repaired && crossings.areaKm2) {
      this.log.add(
        'warning',
        'self-intersection',
        `${label} : contour qui se recoupe (${crossings.points} croisement(s)), découpé en polygones simples ; superficie ${km2(crossings.areaKm2.before)} → ${km2(crossings.areaKm2.after)} km². Vérifiez le contour.`,
      );
      return { ...checked, geometry: crossings.repaired as Polygon | MultiPolygon };
    }
    this.log.add(
      'warning',
      'self-intersection',
      `${label} : contour qui se recoupe (${crossings.points} croisement(s)), non réparé (il a des trous) : sa superficie et sa densité peuvent être fausses. Corrigez-le (QGIS : Réparer les géométries).`,
    );
    return checked;
  }

  /** Reports the position repairs of the file (once). */
  finish(): void {
    const note = positionFixNote(this.fixes);
    if (note) this.log.add('warning', 'repaired-coordinates', note);
  }
}
