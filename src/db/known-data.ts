/**
 * What is already loaded, as the import needs to know it (`KnownData` of the import API): the
 * ATIH correspondence codes and the postal codes of the loaded communes (to read the PMSI zones of
 * a new file), and whether an INSEE population is loaded (a contour population is then not used).
 */
import type { Connector } from './connector';

/** Codes and flags of the loaded tables. */
export interface LoadedCodes {
  pmsiZoneCodes: string[];
  postalCodes: string[];
  populationLoaded: boolean;
}

/**
 * Queries the loaded codes (the tables must exist: `loadDataset(conn, {})` creates them).
 *
 * @example const known = await queryLoadedCodes(conn); known.pmsiZoneCodes.length
 */
export async function queryLoadedCodes(conn: Connector): Promise<LoadedCodes> {
  const zones = await conn.query<{ zone_code: string }>(
    'SELECT DISTINCT zone_code FROM pmsi_zones WHERE zone_code IS NOT NULL ORDER BY 1',
  );
  const postal = await conn.query<{ postal_code: string }>(
    `SELECT DISTINCT trim(pc.postal_code) AS postal_code
FROM communes c, unnest(string_split(coalesce(c.postal_codes, ''), ';')) AS pc(postal_code)
WHERE trim(pc.postal_code) <> '' ORDER BY 1`,
  );
  const [population] = await conn.query<{ n: number | bigint }>(
    'SELECT count(*) AS n FROM population WHERE population IS NOT NULL',
  );
  return {
    pmsiZoneCodes: zones.map((z) => z.zone_code),
    postalCodes: postal.map((p) => p.postal_code),
    populationLoaded: Number(population?.n ?? 0) > 0,
  };
}
