/**
 * Reads the inputs of the access analysis from DuckDB (the same SQL in the app and the CLI).
 */
import type { AccessCommune, SupplyActivity } from '../core/access/types';
import type { Connector } from './connector';
import {
  buildAccessActivitiesSql,
  buildAccessCommunesSql,
  type AccessActivityRow,
  type AccessCommuneRow,
  type AccessProfession,
} from './sql/access-inputs';

/** What {@link loadAccessInputs} returns. */
export interface AccessInputs {
  communes: AccessCommune[];
  activities: SupplyActivity[];
  /** Communes without centroid (no contour geometry): left out of the analysis. */
  withoutCentroid: string[];
  /** Communes without population: counted with 0 inhabitants. */
  withoutPopulation: string[];
}

/**
 * Communes (centroid, latest population, age bands) and the activities of one profession.
 *
 * @param conn - A connector with the app's tables loaded (`loadDataset`).
 * @param profession - `gp` or an Annuaire Santé `Code profession`.
 * @example
 * const { communes, activities } = await loadAccessInputs(conn, 'gp');
 */
export async function loadAccessInputs(
  conn: Connector,
  profession: AccessProfession,
): Promise<AccessInputs> {
  const rows = await conn.query<AccessCommuneRow>(buildAccessCommunesSql());
  const communes: AccessCommune[] = [];
  const withoutCentroid: string[] = [];
  const withoutPopulation: string[] = [];
  for (const r of rows) {
    if (r.lon === null || r.lat === null) {
      withoutCentroid.push(r.code);
      continue;
    }
    if (r.population === null) withoutPopulation.push(r.code);
    const hasAges =
      r.age_0014 !== null &&
      r.age_1529 !== null &&
      r.age_3044 !== null &&
      r.age_4559 !== null &&
      r.age_6074 !== null &&
      r.age_75p !== null;
    communes.push({
      code: r.code,
      lon: r.lon,
      lat: r.lat,
      population: r.population ?? 0,
      ages: hasAges
        ? {
            '0014': r.age_0014 as number,
            '1529': r.age_1529 as number,
            '3044': r.age_3044 as number,
            '4559': r.age_4559 as number,
            '6074': r.age_6074 as number,
            '75P': r.age_75p as number,
          }
        : null,
    });
  }
  const activities = (
    await conn.query<AccessActivityRow>(buildAccessActivitiesSql(profession))
  ).map((a) => ({ personId: a.person_id, communeCode: a.commune_code }));
  return { communes, activities, withoutCentroid, withoutPopulation };
}
