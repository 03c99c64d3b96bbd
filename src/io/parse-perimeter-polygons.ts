/**
 * CPTS perimeters given as polygons (GeoJSON / TopoJSON, DOMAIN.md section 3.6). Two shapes:
 * commune polygons tagged with a CPTS name (-> `PerimeterMember[]` directly), or one polygon per
 * CPTS (-> {@link PerimeterPolygon}; the app intersects them with the communes).
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { DataIssue, PerimeterMember } from '../core/types';
import { readCommuneCode } from './codes';
import { findColumn } from './csv-table';
import { readFeatures } from './geojson-input';
import { ContourChecker } from './contour-checker';
import type { ProjectedCrs } from './projections';
import { IssueLog, type FeatureRef } from './issues';
import { COMMUNE_PROPERTY_ALIASES } from './parse-communes';
import { PERIMETER_COLUMN_ALIASES } from './parse-perimeters';

/** One CPTS contour. */
export interface PerimeterPolygon {
  perimeterName: string;
  geometry: Polygon | MultiPolygon;
  /** Number of its entity in the file (1-based). */
  feature: number;
}

/** Result of {@link parsePerimeterPolygons}. */
export interface PerimeterPolygonsResult {
  /** Filled when each feature is a commune (it has a commune code property). */
  members: PerimeterMember[];
  /** Filled when features are CPTS contours without commune code. */
  polygons: PerimeterPolygon[];
  issues: DataIssue[];
  featureCount: number;
}

/**
 * Reads CPTS perimeters from GeoJSON/TopoJSON. The CPTS name is read from `cpts`, `nom_cpts`,
 * `perimetre`… (else `nom`/`name` for contour files).
 *
 * @example
 * const r = parsePerimeterPolygons(geojsonText, { file: 'cpts.geojson' });
 * // r.polygons[0].perimeterName === 'CPTS du Bocage'
 */
export function parsePerimeterPolygons(
  input: unknown,
  options: { file: string; nameField?: string },
): PerimeterPolygonsResult {
  const log = new IssueLog(options.file);
  const found: { crs?: ProjectedCrs | null } = {};
  const features = readFeatures(input, log, undefined, found);
  const out: PerimeterPolygonsResult = {
    members: [],
    polygons: [],
    issues: [],
    featureCount: features?.length ?? 0,
  };
  if (features === null || features.length === 0) {
    if (features) log.add('error', 'no-data-rows', 'aucune entité (feature) dans le fichier.');
    out.issues = log.finish();
    return out;
  }
  const keys = [...new Set(features.slice(0, 500).flatMap((f) => Object.keys(f.properties)))];
  const codeKey = findColumn(
    keys,
    COMMUNE_PROPERTY_ALIASES.code.filter((a) => a !== 'code'),
  )?.name;
  const nameKey =
    options.nameField ??
    findColumn(keys, PERIMETER_COLUMN_ALIASES.perimeter)?.name ??
    (codeKey === undefined ? findColumn(keys, ['nom', 'name', 'libelle'])?.name : undefined);
  if (nameKey === undefined) {
    log.add(
      'error',
      'missing-column',
      `aucune propriété de nom de CPTS (${PERIMETER_COLUMN_ALIASES.perimeter.join(', ')}) ; propriétés : ${keys.join(', ')}.`,
      undefined,
      'CPTS',
    );
    out.issues = log.finish();
    return out;
  }
  const seen = new Set<string>();
  const contours = new ContourChecker(log, found.crs ?? null);
  features.forEach((f, i) => {
    const at: FeatureRef = { feature: i + 1 };
    const name = String(f.properties[nameKey] ?? '').trim();
    if (name === '') {
      log.add('error', 'missing-value', 'nom de CPTS vide ; entité ignorée.', at, nameKey);
      return;
    }
    if (codeKey !== undefined) {
      const code = readCommuneCode(f.properties[codeKey]).code;
      if (code === null) {
        log.add(
          'error',
          'invalid-code',
          'code commune invalide ; entité ignorée.',
          { ...at, label: name },
          codeKey,
        );
        return;
      }
      if (!seen.has(`${name}|${code}`))
        out.members.push({ perimeterName: name, communeCode: code });
      seen.add(`${name}|${code}`);
      return;
    }
    const named: FeatureRef = { ...at, label: name };
    const g = contours.check(f.geometry, named);
    if (!g.ok) {
      log.add(
        'error',
        g.projected ? 'projected-coordinates' : 'invalid-geometry',
        `${g.reason} ; entité ignorée.`,
        named,
      );
      return;
    }
    out.polygons.push({ perimeterName: name, geometry: g.geometry, feature: i + 1 });
  });
  contours.finish();
  if (out.polygons.length > 0) {
    log.add(
      'info',
      'perimeter-polygons',
      `${out.polygons.length} contour(s) de CPTS lus : les communes membres seront déduites par intersection avec les contours communaux.`,
    );
  }
  out.issues = log.finish();
  return out;
}
