/**
 * The broken-file corpus of test/fixtures/broken (issue #3): each trap gives a clear French
 * message naming the file (and the row and column when the trap is in a row), never a crash,
 * never a silent drop (rows read = rows accepted + rows rejected, each rejected row listed); and a
 * bad file leaves the data already loaded in DuckDB intact.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StagedImport } from '../../src/db/staged-import';
import type { Dataset } from '../../src/core/types';
import { loadDataset } from '../../src/db/load-dataset';
import type { NodeConnector } from '../../src/db/node-connector';
import {
  importFiles,
  type ImportChunk,
  type ImportOptions,
  type ImportReport,
} from '../../src/workers/import-api';
import { NODE_CONNECTORS } from '../support/connectors';

const DIR = path.resolve(import.meta.dirname, '../fixtures/broken');

async function importOne(
  name: string,
  options: ImportOptions = {},
  bytes: Uint8Array<ArrayBuffer> = new Uint8Array(fs.readFileSync(path.join(DIR, name))),
): Promise<{ report: ImportReport; chunks: ImportChunk[] }> {
  const chunks: ImportChunk[] = [];
  const [report] = await importFiles([{ name, blob: new Blob([bytes]) }], [options], [], (c) => {
    chunks.push(c);
  });
  if (!report) throw new Error('no report');
  // Never a silent drop: read = kept + repaired + rejected, each rejection has its line.
  expect(report.keptCount + report.repairedCount + report.rejectedCount).toBe(report.rowCount);
  const listed = new Set(
    report.issues.filter((i) => i.severity === 'error' && (i.row ?? 0) > 1).map((i) => i.row),
  );
  const fileLevelError = report.issues.some((i) => i.severity === 'error' && (i.row ?? 1) <= 1);
  // A file refused as a whole (missing column…) says so once; otherwise one line per rejected row.
  if (!(fileLevelError && report.acceptedCount === 0))
    expect(listed.size).toBe(report.rejectedCount);
  for (const issue of report.issues) expect(issue.message).toContain(name);
  return { report, chunks };
}

const issue = (r: ImportReport, code: string) => r.issues.find((i) => i.code === code);

describe('broken-file corpus', () => {
  it('empty file', async () => {
    const { report, chunks } = await importOne('empty.csv');
    expect(report.kind).toBeNull();
    expect(issue(report, 'empty-file')?.message).toContain('fichier vide');
    expect(chunks).toEqual([]);
  });

  it('header only', async () => {
    const { report, chunks } = await importOne('header-only.csv');
    expect(report.kind).toBe('stays');
    expect(issue(report, 'no-data-rows')?.message).toContain('en-tête seul');
    expect(chunks).toEqual([]);
  });

  it('wrong separator (tabs) is detected, not guessed as one column', async () => {
    const { report } = await importOne('wrong-separator.csv');
    expect(report.separator).toBe('\t');
    expect(report.acceptedCount).toBe(1);
  });

  it('wrong encoding (Windows-1252) is detected: Saint-Lô, not Saint-LÃ´', async () => {
    const { report, chunks } = await importOne('windows-1252.csv');
    expect(report.encoding).toBe('windows-1252');
    expect(chunks[0]?.rows).toEqual([
      { perimeterName: 'CPTS du Pays Saint-Lô', communeCode: '50502' },
    ]);
  });

  it('missing required column: names the column, what was found and the fix', async () => {
    const detected = await importOne('missing-column.csv');
    expect(issue(detected.report, 'unknown-kind')?.message).toContain('Choisissez le type');
    const { report, chunks } = await importOne('missing-column.csv', { kind: 'stays' });
    const missing = issue(report, 'missing-column');
    expect(missing).toMatchObject({ row: 1, column: 'nb_sejours' });
    expect(missing?.message).toContain('Colonnes trouvées : code_geo, finess');
    expect(missing?.message).toContain('Renommez la colonne');
    expect(chunks).toEqual([]);
  });

  it('numbers where codes belong: lost zero repaired, others rejected with row and column', async () => {
    const { report, chunks } = await importOne('numbers-as-codes.csv');
    expect(report).toMatchObject({
      rowCount: 4,
      acceptedCount: 2,
      keptCount: 1,
      repairedCount: 1,
      rejectedCount: 2,
    });
    expect(chunks[0]?.rows).toContainEqual({ perimeterName: 'A', communeCode: '01001' });
    const bad = report.issues.filter((i) => i.code === 'invalid-code');
    expect(bad.map((i) => [i.row, i.column])).toEqual([
      [4, 'Code INSEE'],
      [5, 'Code INSEE'],
    ]);
    expect(bad[1]?.message).toContain('« 50502.0 »');
  });

  it('truncated last line: reported at its line, the other rows kept', async () => {
    const { report } = await importOne('truncated-last-line.csv');
    expect(report).toMatchObject({ rowCount: 2, acceptedCount: 1, rejectedCount: 1 });
    expect(issue(report, 'short-row')?.row).toBe(3);
    expect(issue(report, 'invalid-finess')).toMatchObject({ row: 3, column: 'finess' });
  });

  it('binary garbage and an Excel workbook: refused with the fix', async () => {
    const garbage = await importOne('binary-garbage.csv');
    expect(garbage.report.kind).toBeNull();
    expect(garbage.report.issues.some((i) => i.severity === 'error')).toBe(true);
    const xlsx = await importOne('workbook.xlsx');
    expect(issue(xlsx.report, 'binary-file')?.message).toContain('enregistrez-le en CSV');
  });

  it('a 50 MB single line: refused on its head with the fix, no crash', async () => {
    const bytes = new Uint8Array(50 * 1024 * 1024).fill(0x61);
    const { report, chunks } = await importOne('une-ligne.csv', {}, bytes);
    expect(report.kind).toBeNull();
    const refused = issue(report, 'line-too-long');
    expect(refused).toMatchObject({ severity: 'error', row: 1 });
    expect(refused?.message).toContain('sans saut de ligne');
    expect(refused?.message).toContain('réexportez-le en CSV');
    expect(report.rowCount).toBe(0);
    expect(chunks).toEqual([]);
  });

  it('duplicated rows: kept (they add up) and reported', async () => {
    const { report } = await importOne('duplicated-rows.csv');
    expect(report.acceptedCount).toBe(2);
    expect(issue(report, 'repeated-flow')?.message).toContain('1 ligne(s)');
  });

  it('unknown, old and arrondissement commune codes: reconciled or reported', async () => {
    const { report, chunks } = await importOne('unknown-communes.csv');
    expect(report).toMatchObject({ acceptedCount: 4, repairedCount: 2 });
    expect(issue(report, 'unknown-commune')?.message).toContain('99999');
    expect(issue(report, 'old-commune-code')?.message).toContain('50313 → 50546');
    expect(chunks[0]?.rows).toContainEqual({ perimeterName: 'B', communeCode: '75056' });
  });

  it('masked counts: null (never 0) with one counted warning', async () => {
    const { report, chunks } = await importOne('masked-counts.csv');
    const stays = chunks[0]?.rows as Dataset['stays'];
    expect(stays.map((s) => s.stays)).toEqual([null, null, null, 7]);
    expect(issue(report, 'masked-value')?.message).toContain('3 valeur(s) masquée(s)');
  });
});

describe.each(NODE_CONNECTORS)('a bad file leaves the loaded data intact ($name)', ({ create }) => {
  let conn: NodeConnector;
  beforeAll(async () => {
    conn = await create();
  });
  afterAll(async () => {
    await conn.close();
  });

  it('keeps the stays already loaded after a file without rows and after a failure', async () => {
    await loadDataset(conn, {
      stays: [{ zoneCode: '50100', finess: '500000013', stays: 3, year: 2023, field: 'MCO' }],
    });
    for (const name of ['empty.csv', 'header-only.csv', 'binary-garbage.csv']) {
      const job = new StagedImport(conn);
      await importFiles(
        [{ name, blob: new Blob([fs.readFileSync(path.join(DIR, name))]) }],
        [{}],
        [],
        (c) => job.append(c.kind, c.rows),
      );
      await job.commit();
    }
    const job = new StagedImport(conn);
    await expect(
      importFiles(
        [
          {
            name: 'masked-counts.csv',
            blob: new Blob([fs.readFileSync(path.join(DIR, 'masked-counts.csv'))]),
          },
        ],
        [{}],
        [],
        async (c) => {
          await job.append(c.kind, c.rows);
          throw new Error('panne pendant le chargement');
        },
      ),
    ).rejects.toThrow('panne');
    await job.rollback();
    const rows = await conn.query<{ zone_code: string; stays: number }>(
      'SELECT zone_code, stays FROM stays',
    );
    expect(rows).toEqual([{ zone_code: '50100', stays: 3 }]);
  });
});
