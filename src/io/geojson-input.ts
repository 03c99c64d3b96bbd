/**
 * GeoJSON / TopoJSON input: text or parsed object -> list of features (properties + geometry).
 * TopoJSON Topologies are converted with topojson-client `feature` (Bostock, TopoJSON spec).
 */
import { feature as topoFeature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { declaredProjection } from './contour-projection';
import type { IssueLog } from './issues';
import type { ProjectedCrs } from './projections';

/** A feature as read from the file, before any validation. */
export interface RawFeature {
  properties: Record<string, unknown>;
  geometry: unknown;
}

/**
 * Reads GeoJSON (FeatureCollection, Feature, array of Features) or TopoJSON (Topology) into raw
 * features; problems go to `log`. `topojsonObject` picks a named object of a Topology (default:
 * the object with the most geometries). When `found` is given, it receives the projection named
 * by a GeoJSON `crs` member, which the caller then reprojects and reports.
 *
 * @example
 * readFeatures('{"type":"FeatureCollection","features":[]}', log); // []
 */
export function readFeatures(
  input: unknown,
  log: IssueLog,
  topojsonObject?: string,
  found?: { crs?: ProjectedCrs | null },
): RawFeature[] | null {
  let data: unknown = input;
  if (typeof input === 'string') {
    if (input.trim() === '') {
      log.add('error', 'empty-file', 'fichier vide : un GeoJSON FeatureCollection était attendu.');
      return null;
    }
    try {
      data = JSON.parse(input);
    } catch (e) {
      log.add(
        'error',
        'invalid-json',
        `JSON illisible (${e instanceof Error ? e.message : String(e)}) : le fichier est tronqué ou ` +
          'n’est pas du GeoJSON. Réexportez-le (QGIS : Exporter > GeoJSON).',
      );
      return null;
    }
  }
  if (data === null || typeof data !== 'object') {
    log.add('error', 'not-geojson', 'contenu JSON qui n’est pas un objet GeoJSON.');
    return null;
  }
  const obj = data as { type?: unknown; features?: unknown; objects?: unknown; crs?: unknown };
  if (obj.type === 'Topology') return fromTopology(obj as unknown as Topology, log, topojsonObject);
  if (obj.crs !== undefined) {
    const declared = declaredProjection(obj.crs);
    if (found) found.crs = declared;
    // A projection the contour readers reproject is reported by them; any other is warned here.
    if (declared === null || !found) reportCrs(obj.crs, log);
  }
  if (obj.type === 'FeatureCollection' && Array.isArray(obj.features))
    return obj.features.map(toRaw);
  if (obj.type === 'Feature') return [toRaw(obj)];
  if (Array.isArray(data)) return data.map(toRaw);
  log.add(
    'error',
    'not-geojson',
    `objet JSON de type ${quoteType(obj.type)} : FeatureCollection (GeoJSON) ou Topology (TopoJSON) attendu.`,
  );
  return null;
}

function quoteType(t: unknown): string {
  return typeof t === 'string' ? `« ${t} »` : 'inconnu';
}

function toRaw(f: unknown): RawFeature {
  const o = (f ?? {}) as { properties?: unknown; geometry?: unknown };
  const properties =
    o.properties !== null && typeof o.properties === 'object'
      ? (o.properties as Record<string, unknown>)
      : {};
  return { properties, geometry: o.geometry ?? null };
}

function reportCrs(crs: unknown, log: IssueLog): void {
  const name = JSON.stringify(crs);
  if (!/CRS84|4326/i.test(name)) {
    log.add(
      'warning',
      'geojson-crs',
      `membre « crs » ${name} : ce GeoJSON n’est peut-être pas en WGS84. Les coordonnées seront ` +
        'vérifiées ; reprojetez en EPSG:4326 si elles sont en mètres.',
    );
  }
}

function fromTopology(topology: Topology, log: IssueLog, name?: string): RawFeature[] | null {
  const objects = topology.objects ?? {};
  const names = Object.keys(objects);
  if (names.length === 0) {
    log.add('error', 'not-geojson', 'TopoJSON sans objet (membre « objects » vide).');
    return null;
  }
  const size = (n: string): number => {
    const o = objects[n] as { geometries?: unknown[] } | undefined;
    return Array.isArray(o?.geometries) ? o.geometries.length : 1;
  };
  let chosen = name;
  if (chosen === undefined) {
    chosen = [...names].sort((a, b) => size(b) - size(a))[0] ?? names[0];
  } else if (!names.includes(chosen)) {
    log.add(
      'error',
      'topojson-object',
      `objet TopoJSON « ${chosen} » introuvable ; objets présents : ${names.join(', ')}.`,
    );
    return null;
  }
  if (chosen === undefined) return null;
  if (names.length > 1) {
    log.add(
      'info',
      'topojson-object',
      `TopoJSON à plusieurs objets (${names.join(', ')}) : objet « ${chosen} » lu (le plus grand).`,
    );
  }
  const object = objects[chosen];
  if (object === undefined) return null;
  const converted = topoFeature(topology, object) as unknown as {
    type: string;
    features?: unknown[];
  };
  return converted.type === 'FeatureCollection'
    ? (converted.features ?? []).map(toRaw)
    : [toRaw(converted)];
}
