/**
 * The contour step of the import: contours of communes that no longer exist are dissolved onto the
 * current commune (`reconcileContours`), postal codes missing from the contour file are taken from
 * the COG (needed to read PMSI zones as postal codes), and a population carried by the contours is
 * noted. Area and point inside of each commune (`computeCommuneMetrics`) are computed here, in the
 * import worker where the polygons are, and travel with the records (`Commune.metrics`).
 */
import { computeCommuneMetrics } from '../core/geo/commune-metrics';
import { copyFlatGeometries, toFlatGeometries } from '../core/geo/flat-geometries';
import { reconcileContours } from '../core/reconcile/reconcile-contours';
import type { Commune, DataIssue } from '../core/types';
import type { ReconcileContext } from './import-reconcile';
import type { CommuneAttributes, ContourChunk, ImportChunk } from './import-types';

/** Contours after the import's contour step. */
export interface PreparedContours {
  rows: Commune[];
  issues: DataIssue[];
  /** Number of contours that carry a population of their own (etalab, geo.api style). */
  withPopulation: number;
}

/**
 * Prepares the communes of one contour file (see the module comment).
 *
 * @example prepareContours('communes.geojson', parsed.rows, context).rows[0].postalCodes
 */
export function prepareContours(
  file: string,
  communes: readonly Commune[],
  context: ReconcileContext,
): PreparedContours {
  const reconciled = reconcileContours(file, [...communes], context.ref);
  const issues = reconciled.issues;
  let filled = 0;
  let withPopulation = 0;
  const rows = reconciled.rows.map((commune): Commune => {
    const c = { ...commune, metrics: computeCommuneMetrics(commune.geometry) };
    if (c.population !== null) withPopulation += 1;
    if (c.postalCodes.length > 0) return c;
    const postalCodes = context.postal.postalByCommune.get(c.code);
    if (!postalCodes) return c;
    filled += 1;
    return { ...c, postalCodes: [...postalCodes] };
  });
  if (filled > 0) {
    issues.push({
      severity: 'info',
      code: 'postal-codes-from-cog',
      file,
      count: filled,
      message: `${file} : ${filled} commune(s) sans codes postaux dans le fichier : codes postaux pris dans ${context.postal.source} (pour répartir les séjours PMSI par code postal).`,
    });
  }
  return { rows, issues, withPopulation };
}

/**
 * A communes chunk with its polygons flattened here, in the import worker (`toFlatGeometries`, in
 * the order of the rows, plus a copy for the tiler), and the rows without their GeoJSON: the main
 * thread then receives typed arrays to transfer, not nested arrays to clone and flatten again.
 *
 * @example const c = toContourChunk(chunk); onChunk(transfer(c, [...flatBuffers(c.geometries)]));
 */
export function toContourChunk(chunk: ImportChunk & { kind: 'communes' }): ContourChunk {
  const communes = chunk.rows as Commune[];
  const geometries = toFlatGeometries(communes);
  const rows = communes.map((commune): CommuneAttributes => {
    const attributes: Partial<Commune> = { ...commune };
    delete attributes.geometry;
    return attributes as CommuneAttributes;
  });
  return { ...chunk, rows, geometries, tilerGeometries: copyFlatGeometries(geometries) };
}
