/** One row of {@link buildLoadedLayersSql}. */
export interface LoadedLayersRow {
  /** INSEE population rows with a population. */
  population: boolean;
  /** INSEE population rows with the six age bands. */
  ages: boolean;
  /** Communes whose contour file carried a population. */
  contour_population: boolean;
  professionals: boolean;
  establishments: boolean;
  perimeters: boolean;
}

/**
 * SQL of which layers are loaded, from the tables' row counts: a table with no row is a layer that
 * is not loaded, and what derives from it is NULL (« non chargé »), never 0. Always one row.
 *
 * @returns A SELECT statement (also usable as a CTE).
 * @example
 * const [layers] = await conn.query<LoadedLayersRow>(buildLoadedLayersSql());
 * // => { population: true, ages: false, contour_population: true, professionals: false, … }
 */
export function buildLoadedLayersSql(): string {
  const ages =
    'age_0014 IS NOT NULL AND age_1529 IS NOT NULL AND age_3044 IS NOT NULL AND ' +
    'age_4559 IS NOT NULL AND age_6074 IS NOT NULL AND age_75p IS NOT NULL';
  return `SELECT
    EXISTS (SELECT 1 FROM population WHERE population IS NOT NULL) AS population,
    EXISTS (SELECT 1 FROM population WHERE ${ages}) AS ages,
    EXISTS (SELECT 1 FROM communes WHERE population IS NOT NULL) AS contour_population,
    EXISTS (SELECT 1 FROM professionals) AS professionals,
    EXISTS (SELECT 1 FROM establishments) AS establishments,
    EXISTS (SELECT 1 FROM perimeters) AS perimeters`;
}
