import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE_CONNECTORS } from '../../test/support/connectors';
import type { NodeConnector } from './node-connector';
import { loadDataset } from './load-dataset';
import { StagedImport } from './staged-import';

describe.each(NODE_CONNECTORS)('StagedImport on a real DuckDB ($name)', ({ create }) => {
  let conn: NodeConnector;
  beforeAll(async () => {
    conn = await create();
  });
  afterAll(async () => {
    await conn.close();
  });
  const count = async (t: string) =>
    (await conn.query<{ n: number }>(`SELECT count(*) AS n FROM ${t}`))[0]?.n;

  it('appends chunks and commits only the staged kind', async () => {
    await loadDataset(conn, {
      perimeters: [{ perimeterName: 'Démo', communeCode: '96001' }],
      stays: [{ zoneCode: '96C01', finess: '960000001', stays: 4, year: 2023, field: 'MCO' }],
    });
    const job = new StagedImport(conn);
    await job.append('stays', [
      { zoneCode: '50C02', finess: '500000013', stays: null, year: 2023, field: 'MCO' },
    ]);
    await job.append('stays', [
      { zoneCode: '50100', finess: '500000013', stays: 12, year: 2023, field: 'MCO' },
    ]);
    await job.commit();
    expect(await count('stays')).toBe(2);
    expect(await count('perimeters')).toBe(1);
    const masked = await conn.query<{ n: number }>('SELECT count(*) AS n FROM stays WHERE masked');
    expect(masked[0]?.n).toBe(1);
  });

  it('restores the loaded data when the import is rolled back (failure or cancel)', async () => {
    const job = new StagedImport(conn);
    await job.append('stays', [
      { zoneCode: '01001', finess: '010000024', stays: 1, year: 2023, field: 'MCO' },
    ]);
    await job.clear(['perimeters']);
    await job.rollback();
    expect(await count('stays')).toBe(2);
    expect(await count('perimeters')).toBe(1);
    const tables = await conn.query<{ n: number }>(
      "SELECT count(*) AS n FROM duckdb_tables() WHERE table_name LIKE 'import_%'",
    );
    expect(tables[0]?.n).toBe(0);
  });

  it('swaps every table or none: a failed swap leaves the loaded data as it was', async () => {
    const job = new StagedImport(conn);
    await job.append('stays', [
      { zoneCode: '01001', finess: '010000024', stays: 1, year: 2023, field: 'MCO' },
    ]);
    await job.clear(['perimeters']);
    // The second swap fails (its staging table is gone) after the first one ran.
    await conn.exec('DROP TABLE import_stage_perimeters;');
    await expect(job.commit()).rejects.toThrow();
    expect(await count('stays')).toBe(2);
    expect(await count('perimeters')).toBe(1);
    await job.rollback();
    const tables = await conn.query<{ n: number }>(
      "SELECT count(*) AS n FROM duckdb_tables() WHERE table_name LIKE 'import_%'",
    );
    expect(tables[0]?.n).toBe(0);
  });
});
