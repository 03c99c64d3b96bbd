import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE_CONNECTORS } from '../../test/support/connectors';
import type { Dataset, PopulationRecord } from '../core/types';
import { loadDataset } from '../db/load-dataset';
import type { NodeConnector } from '../db/node-connector';
import { buildLatestPopulationSql } from '../db/sql';
import { StagedImport } from '../db/staged-import';
import type { ImportReport } from '../workers/import-api';
import { commitImport } from './commit-import';

const ages = { '0014': 20, '1529': 10, '3044': 20, '4559': 20, '6074': 20, '75P': 10 };

function report(fileName: string, kind: ImportReport['kind'], acceptedCount: number): ImportReport {
  return {
    fileName,
    kind,
    encoding: 'utf-8',
    separator: ';',
    rowCount: acceptedCount,
    acceptedCount,
    keptCount: acceptedCount,
    repairedCount: 0,
    rejectedCount: 0,
    issues: [],
  };
}

/** One import as `startImport` runs it: records staged per kind, then committed. */
async function runImport(
  conn: NodeConnector,
  files: { report: ImportReport; kind?: keyof Dataset; rows?: unknown[] }[],
  origin: 'demo' | 'user',
  removed: (keyof Dataset)[] = [],
) {
  const staged = new StagedImport(conn);
  for (const f of files)
    if (f.kind && f.rows) await staged.append(f.kind, f.rows as Dataset[typeof f.kind]);
  await staged.clear(removed);
  return commitImport(
    conn,
    staged,
    files.map((f) => f.report),
    origin,
    removed,
  );
}

describe.each(NODE_CONNECTORS)('file register of the imports ($name)', ({ create }) => {
  let conn: NodeConnector;
  beforeAll(async () => {
    conn = await create();
    await loadDataset(conn, {});
  });
  afterAll(async () => {
    await conn.close();
  });

  const legal: PopulationRecord[] = [
    { code: '96001', year: 2021, population: 100, ages: null },
    { code: '96002', year: 2021, population: 50, ages: null },
  ];
  const structure: PopulationRecord[] = [
    { code: '96001', year: 2021, population: 100, ages },
    { code: '96002', year: 2021, population: 50, ages },
  ];

  it('lists the demo files with the table each fed', async () => {
    const { files, reports } = await runImport(
      conn,
      [
        { report: report('pop-2021.csv', 'population', 2), kind: 'population', rows: structure },
        {
          report: report('cpts.csv', 'perimeters', 1),
          kind: 'perimeters',
          rows: [{ perimeterName: 'CPTS A', communeCode: '96001' }],
        },
      ],
      'demo',
    );
    expect(files.map((f) => [f.fileName, f.table, f.status, f.origin])).toEqual([
      ['pop-2021.csv', 'population', 'loaded', 'demo'],
      ['cpts.csv', 'perimeters', 'loaded', 'demo'],
    ]);
    expect(reports.map((r) => r.fileName)).toEqual(['pop-2021.csv', 'cpts.csv']);
  });

  it('marks a file replaced by a later import of its table, keeping the earlier ages', async () => {
    const pop = report('pop-2022.csv', 'population', 1);
    const { files, reports } = await runImport(
      conn,
      [
        {
          report: pop,
          kind: 'population',
          rows: [{ code: '96001', year: null, population: 120, ages: null }],
        },
        { report: report('vide.csv', 'stays', 0) },
      ],
      'user',
    );
    expect(files.map((f) => [f.fileName, f.status, f.replacedBy])).toEqual([
      ['pop-2021.csv', 'replaced', ['pop-2022.csv']],
      ['cpts.csv', 'loaded', []],
      ['pop-2022.csv', 'loaded', []],
      ['vide.csv', 'nothing', []],
    ]);
    expect(reports.map((r) => r.fileName)).toEqual(['cpts.csv', 'pop-2022.csv']);
    // Population of the new file (year unknown), ages of the earlier import with their year.
    const [row] = await conn.query<Record<string, unknown>>(
      `WITH lp AS (${buildLatestPopulationSql()}) SELECT * FROM lp WHERE code = '96001'`,
    );
    expect(row).toMatchObject({ population: 120, population_year: null, age_year: 2021 });
    expect(row?.share_75p).toBeCloseTo(0.1, 10);
    const issue = pop.issues.find((i) => i.code === 'ages-kept');
    expect(issue?.message).toContain(
      'la structure par âge chargée avant (« pop-2021.csv ») est conservée pour 1 commune(s), millésime 2021',
    );
    expect(issue?.message).toContain('1 commune(s) avec une structure par âge ne sont pas');
    // Said with the file in the register, for « Fichiers chargés » and the indicators panel.
    expect(pop.agesKept).toEqual({ years: [2021], files: ['pop-2021.csv'], communes: 1 });
    const loaded = files.find((f) => f.fileName === 'pop-2022.csv');
    expect(loaded?.report.agesKept?.years).toEqual([2021]);
    // The 96002 ages went with its population: nothing left for it.
    const left = await conn.query(`SELECT * FROM population WHERE code = '96002'`);
    expect(left).toEqual([]);
  });

  it('drops the last import’s empty files and marks removed demo tables', async () => {
    const { files } = await runImport(
      conn,
      [{ report: report('pop-2023.csv', 'population', 2), kind: 'population', rows: legal }],
      'user',
      ['perimeters'],
    );
    expect(files.map((f) => [f.fileName, f.status])).toEqual([
      ['pop-2021.csv', 'replaced'],
      ['cpts.csv', 'removed'],
      ['pop-2022.csv', 'replaced'],
      ['pop-2023.csv', 'loaded'],
    ]);
    const [n] = await conn.query<{ n: number }>('SELECT count(*) AS n FROM perimeters');
    expect(n?.n).toBe(0);
  });

  it('says so when the earlier ages share no commune with the new file', async () => {
    await runImport(
      conn,
      [{ report: report('ages.csv', 'population', 2), kind: 'population', rows: structure }],
      'user',
    );
    const other = report('pop-50.csv', 'population', 1);
    await runImport(
      conn,
      [
        {
          report: other,
          kind: 'population',
          rows: [{ code: '50001', year: 2021, population: 300, ages: null }],
        },
      ],
      'user',
    );
    expect(other.issues.map((i) => i.code)).toEqual(['ages-dropped']);
    expect(other.issues[0]?.message).toContain('elle est retirée (2 commune(s))');
    const [n] = await conn.query<{ n: number }>('SELECT count(*) AS n FROM population');
    expect(n?.n).toBe(1);
  });
});
