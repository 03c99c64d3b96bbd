/**
 * Validation of GeoJSON polygon geometries (RFC 7946: WGS84 lon/lat, closed linear rings of at
 * least 4 positions). Projected coordinates (Lambert 93, UTM) are recognised and named.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Outcome of {@link checkPolygonGeometry}. */
export type GeometryCheck =
  | { ok: true; geometry: Polygon | MultiPolygon; closedRings: number }
  | { ok: false; reason: string; projected: boolean };

/**
 * Checks a Polygon/MultiPolygon geometry; unclosed rings are closed (and counted in `closedRings`
 * so the caller can warn), any other defect makes the geometry unusable with a French reason.
 *
 * @example
 * checkPolygonGeometry({ type: 'Point', coordinates: [0, 0] });
 * // { ok: false, reason: 'géométrie de type Point : Polygon ou MultiPolygon attendu', projected: false }
 */
export function checkPolygonGeometry(geometry: unknown): GeometryCheck {
  if (geometry === null || typeof geometry !== 'object') {
    return { ok: false, reason: 'géométrie absente', projected: false };
  }
  const g = geometry as { type?: unknown; coordinates?: unknown };
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') {
    return {
      ok: false,
      reason: `géométrie de type ${String(g.type)} : Polygon ou MultiPolygon attendu`,
      projected: false,
    };
  }
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  if (!Array.isArray(polygons) || polygons.length === 0) {
    return { ok: false, reason: 'coordonnées absentes ou vides', projected: false };
  }
  let closedRings = 0;
  const out: Position[][][] = [];
  for (const polygon of polygons) {
    if (!Array.isArray(polygon) || polygon.length === 0) {
      return { ok: false, reason: 'polygone sans anneau', projected: false };
    }
    const rings: Position[][] = [];
    for (const ring of polygon as unknown[]) {
      const checked = checkRing(ring);
      if (!checked.ok) return checked;
      if (checked.closed) closedRings++;
      rings.push(checked.ring);
    }
    out.push(rings);
  }
  const fixed: Polygon | MultiPolygon =
    g.type === 'Polygon'
      ? { type: 'Polygon', coordinates: out[0] ?? [] }
      : { type: 'MultiPolygon', coordinates: out };
  return {
    ok: true,
    geometry: closedRings > 0 ? fixed : (geometry as Polygon | MultiPolygon),
    closedRings,
  };
}

type RingCheck =
  | { ok: true; ring: Position[]; closed: boolean }
  | { ok: false; reason: string; projected: boolean };

function checkRing(ring: unknown): RingCheck {
  if (!Array.isArray(ring))
    return { ok: false, reason: 'anneau mal formé (tableau attendu)', projected: false };
  for (const p of ring as unknown[]) {
    if (!Array.isArray(p) || p.length < 2) {
      return {
        ok: false,
        reason: 'position mal formée ([longitude, latitude] attendu)',
        projected: false,
      };
    }
    const [x, y] = p as unknown[];
    if (
      typeof x !== 'number' ||
      typeof y !== 'number' ||
      !Number.isFinite(x) ||
      !Number.isFinite(y)
    ) {
      return { ok: false, reason: 'coordonnée non numérique ou infinie', projected: false };
    }
    if (Math.abs(x) > 180 || Math.abs(y) > 90) return projectedReason(x, y);
  }
  const positions = ring as Position[];
  const first = positions[0];
  const last = positions[positions.length - 1];
  let closed = false;
  let out = positions;
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) {
    out = [...positions, first];
    closed = true;
  }
  if (out.length < 4) {
    return {
      ok: false,
      reason: `anneau de ${positions.length} position(s) : au moins 4 attendues (3 sommets + fermeture)`,
      projected: false,
    };
  }
  return { ok: true, ring: out, closed };
}

function projectedReason(x: number, y: number): RingCheck {
  const pt = `(${Math.round(x)}, ${Math.round(y)})`;
  const fix =
    'GeoJSON attend des longitudes/latitudes WGS84 : reprojetez en WGS84 (EPSG:4326) ou Lambert 93 ' +
    '(EPSG:2154), ou nommez la projection UTM dans le membre « crs » du GeoJSON ' +
    '(QGIS : Exporter > Enregistrer sous, SCR EPSG:4326 ; ou mapshaper -proj wgs84)';
  if (x > 0 && x < 1_300_000 && y > 6_000_000 && y < 7_200_000) {
    return {
      ok: false,
      reason: `coordonnées ${pt} en mètres, probablement en Lambert 93 (EPSG:2154) ; ${fix}`,
      projected: true,
    };
  }
  return {
    ok: false,
    reason: `coordonnées ${pt} hors des bornes longitude ±180 / latitude ±90 : en mètres dans une projection que le fichier ne nomme pas (UTM ?), non devinée ; ${fix}`,
    projected: true,
  };
}
