/**
 * Establishments with coordinates but no commune code (FINESS GeoJSON extracts such as the GISCO
 * hospitals) -> the commune containing their point (`locatePoints`), with what the user must know
 * in the file's report: how many were placed by position, which lie outside the loaded contours,
 * which have neither commune nor position, and which have a commune code contradicted by their
 * point. Shared by the import path of the app and of the CLI.
 */
import { pointToPolygonDistance } from '@turf/turf';
import { locatePoints } from '../core/geo/locate-points';
import type { CommuneShape } from '../core/overlap/assign-communes-to-polygons';
import type { DataIssue, Establishment } from '../core/types';

/** Examples listed in each grouped issue. */
const MAX_EXAMPLES = 5;

/** Result of {@link locateEstablishments}. */
export interface LocatedEstablishments {
  /** The same establishments in the same order; those placed by position carry their commune. */
  rows: Establishment[];
  issues: DataIssue[];
  /** Establishments whose commune was deduced from their position. */
  located: number;
}

/**
 * Gives each establishment that has coordinates and no commune code (empty string, as the FINESS
 * parsers write it) the commune whose contour contains its point. Establishments with a commune
 * code are never moved: when that code is a loaded commune and the point falls in another loaded
 * commune, they are only reported (geocoding error or wrong code). Codes that are not among the
 * loaded contours are not compared (the import reports unknown codes). Nothing is dropped.
 *
 * @param fileName the establishments file, as the user knows it
 * @param rows parsed establishments (WGS84 coordinates)
 * @param communes loaded commune contours (WGS84)
 * @example
 * const r = locateEstablishments('hopitaux.geojson', parsed.rows, communes);
 * // r.located = 733 of the 737 GISCO hospitals; r.issues = [info located-by-position, warning outside-communes]
 */
export function locateEstablishments(
  fileName: string,
  rows: Establishment[],
  communes: readonly CommuneShape[],
): LocatedEstablishments {
  const hasPoint = (e: Establishment) =>
    e.lon !== null && e.lat !== null && Number.isFinite(e.lon) && Number.isFinite(e.lat);
  const noCode = (e: Establishment) => e.communeCode.trim() === '';
  const toLocate = rows.filter((e) => noCode(e) && hasPoint(e));
  const noPosition = rows.filter((e) => noCode(e) && !hasPoint(e));
  const issues: DataIssue[] = [];
  if (noPosition.length > 0) issues.push(noPositionIssue(fileName, noPosition));
  if (communes.length === 0) {
    if (toLocate.length > 0)
      issues.push({
        severity: 'warning',
        code: 'no-commune-contours',
        file: fileName,
        count: toLocate.length,
        message:
          `${fileName} : ${toLocate.length} établissement(s) sans code commune ont des coordonnées, mais aucun ` +
          'contour de commune n’est chargé : chargez les contours des communes pour les situer. En attendant, ' +
          'ils ne sont comptés dans aucun territoire.',
      });
    return { rows, issues, located: 0 };
  }
  const loaded = new Set(communes.map((c) => c.code));
  const toCheck = rows.filter((e) => !noCode(e) && hasPoint(e) && loaded.has(e.communeCode));
  const found = locatePoints(
    [...toLocate, ...toCheck].map((e) => ({ lon: e.lon as number, lat: e.lat as number })),
    communes,
  );
  const placed = new Map<Establishment, string>();
  const outside: Establishment[] = [];
  toLocate.forEach((e, i) => {
    const code = found[i];
    if (code) placed.set(e, code);
    else outside.push(e);
  });
  const mismatches: { e: Establishment; inside: string }[] = [];
  toCheck.forEach((e, i) => {
    const inside = found[toLocate.length + i];
    if (inside && inside !== e.communeCode) mismatches.push({ e, inside });
  });
  if (placed.size > 0)
    issues.push({
      severity: 'info',
      code: 'located-by-position',
      file: fileName,
      count: placed.size,
      message:
        `${fileName} : ${placed.size} établissement(s) sans code commune rattaché(s) à la commune dont le ` +
        'contour contient leur point (coordonnées du fichier, contours des communes chargés).',
    });
  if (outside.length > 0) issues.push(outsideIssue(fileName, outside));
  if (mismatches.length > 0) issues.push(mismatchIssue(fileName, mismatches, communes));
  return {
    rows: rows.map((e) => {
      const code = placed.get(e);
      return code === undefined ? e : { ...e, communeCode: code };
    }),
    issues,
    located: placed.size,
  };
}

function label(e: Establishment): string {
  return e.name === '' ? e.finessEt : `${e.finessEt} ${e.name}`;
}

function point(e: Establishment): string {
  return `lon ${(e.lon as number).toFixed(5)}, lat ${(e.lat as number).toFixed(5)}`;
}

function list<T>(items: readonly T[], show: (item: T) => string): string {
  const shown = items.slice(0, MAX_EXAMPLES).map(show).join(' ; ');
  return items.length > MAX_EXAMPLES ? `${shown} ; …` : shown;
}

function outsideIssue(file: string, outside: readonly Establishment[]): DataIssue {
  return {
    severity: 'warning',
    code: 'outside-communes',
    file,
    count: outside.length,
    message:
      `${file} : ${outside.length} établissement(s) sans code commune dont le point est hors de tous les ` +
      `contours de communes chargés : ${list(outside, (e) => `${label(e)} (${point(e)})`)}. Ils restent ` +
      'sans commune et ne seront comptés dans aucun territoire ; chargez les contours de leurs départements ' +
      'ou vérifiez leurs coordonnées.',
  };
}

function noPositionIssue(file: string, rows: readonly Establishment[]): DataIssue {
  return {
    severity: 'warning',
    code: 'no-commune-no-position',
    file,
    count: rows.length,
    message:
      `${file} : ${rows.length} établissement(s) sans code commune ni coordonnées : ${list(rows, label)}. ` +
      'Impossible de les situer : ils ne seront comptés dans aucun territoire. Ajoutez le code commune ' +
      '(colonne cog ou code_commune) ou les coordonnées.',
  };
}

function mismatchIssue(
  file: string,
  mismatches: readonly { e: Establishment; inside: string }[],
  communes: readonly CommuneShape[],
): DataIssue {
  const byCode = new Map(communes.map((c) => [c.code, c.geometry]));
  const km = (e: Establishment): string => {
    const geometry = byCode.get(e.communeCode);
    if (!geometry) return '';
    const d = pointToPolygonDistance([e.lon as number, e.lat as number], geometry, {
      units: 'kilometers',
    });
    return `, à ${d.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} km de son contour`;
  };
  return {
    severity: 'warning',
    code: 'commune-position-mismatch',
    file,
    count: mismatches.length,
    message:
      `${file} : ${mismatches.length} établissement(s) dont le point tombe dans une autre commune que leur ` +
      `code commune : ${list(mismatches, (m) => `${label(m.e)} : code ${m.e.communeCode}, point dans ${m.inside}${km(m.e)}`)}. ` +
      'Ils restent rattachés à leur code commune ; vérifiez le code ou les coordonnées.',
  };
}
