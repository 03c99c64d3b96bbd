/**
 * A stray quote past the head of a big PMSI file forced onto the DuckDB path (`importDirect`, taken
 * when the first MiB holds no quote): DuckDB finds the quote while reading the lines and leaves the
 * file to the streamed JS reader, so on both paths the line is rejected alone with the quote rule's
 * message (column, fix), reading resumes at the next line, and read = kept + repaired + rejected.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../src/core/types';
import { DirectReader } from '../../src/db/direct-reader';
import { loadDataset } from '../../src/db/load-dataset';
import type { NodeConnector } from '../../src/db/node-connector';
import { StagedImport } from '../../src/db/staged-import';
import { importFiles, type ImportReport } from '../../src/workers/import-api';
import { NODE_CONNECTORS } from '../support/connectors';
import { expectAccounted, rejectedLines } from './broken-files.helpers';

const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'perimetre-quote-'));
afterAll(() => fs.rmSync(TMP, { recursive: true, force: true }));

const LINES = 70_000;
const STRAY_LINE = 60_000;

/** 70,000 PMSI lines (about 1.6 MB), an unclosed quote on line 60,000. */
function pmsiWithLateQuote(): Uint8Array<ArrayBuffer> {
  const lines = ['code_geo;finess;nb_sejours'];
  for (let line = 2; line <= LINES; line++) {
    const finess = line === STRAY_LINE ? '"500000013' : '500000013';
    lines.push(`50${String(line % 900).padStart(3, '0')};${finess};1`);
  }
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

async function importPath(
  conn: NodeConnector,
  bytes: Uint8Array<ArrayBuffer>,
  direct: boolean,
): Promise<{ report: ImportReport; stays: number; bySql: number }> {
  await loadDataset(conn, {});
  const staged = new StagedImport(conn);
  const file = path.join(TMP, 'pmsi-tardif.csv');
  fs.writeFileSync(file, bytes);
  const reader = new DirectReader(conn, staged, (_, name) => conn.registerLocalFile(name, file));
  const insert = vi.spyOn(reader, 'insertStays');
  const [report] = await importFiles(
    [{ name: 'pmsi-tardif.csv', blob: new Blob([bytes]) }],
    [{}],
    [],
    (chunk) => staged.append(chunk.kind, chunk.rows as Dataset[typeof chunk.kind]),
    0,
    256 * 1024,
    direct ? reader : null,
  );
  await staged.commit();
  if (!report) throw new Error('no report');
  const [count] = await conn.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM stays');
  return { report, stays: count?.n ?? -1, bySql: insert.mock.calls.length };
}

describe.each(NODE_CONNECTORS)(
  'a stray quote past the head of a big file ($name)',
  ({ create }) => {
    it('is rejected alone, with the same report whether DuckDB is offered the file or not', async () => {
      const conn = await create();
      try {
        const bytes = pmsiWithLateQuote();
        const reports: ImportReport[] = [];
        for (const direct of [false, true]) {
          const { report, stays, bySql } = await importPath(conn, bytes, direct);
          // The quote sends the file back to the streamed JS reader: no row appended by SQL.
          expect(bySql).toBe(0);
          reports.push(report);
          expectAccounted(report);
          const broken = report.issues.filter((i) => i.code === 'broken-quote');
          expect(broken.map((i) => [i.row, i.column])).toEqual([[STRAY_LINE, 'finess']]);
          expect(broken[0]?.message).toContain('Fermez le guillemet ou retirez-le');
          expect(report.issues.some((i) => i.message.includes('« "500000013 »'))).toBe(false);
          expect(rejectedLines(report)).toEqual([STRAY_LINE]);
          expect([report.rowCount, report.keptCount, report.rejectedCount]).toEqual([
            LINES - 1,
            LINES - 2,
            1,
          ]);
          expect(stays).toBe(LINES - 2);
        }
        expect(reports[1]).toEqual(reports[0]);
      } finally {
        await conn.close();
      }
    });
  },
);
