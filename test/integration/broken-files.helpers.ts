/**
 * Helpers of the broken-file corpus tests: one file of test/fixtures/broken through the single
 * import path (`importFiles`), with the accounting every report must satisfy.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import {
  importFiles,
  type ImportChunk,
  type ImportOptions,
  type ImportReport,
} from '../../src/workers/import-api';

export const BROKEN_DIR = path.resolve(import.meta.dirname, '../fixtures/broken');

/** Options of {@link importBroken}: the user's choices and the streaming thresholds. */
export interface BrokenImportOptions {
  options?: ImportOptions;
  bytes?: Uint8Array<ArrayBuffer>;
  streamThresholdBytes?: number;
  chunkBytes?: number;
}

/**
 * Imports one file and checks what holds for every file: read = kept + repaired + rejected, each
 * rejected row named by an error on its line or feature (unless the whole file is refused), every
 * message naming the file.
 */
export async function importBroken(
  name: string,
  { options = {}, bytes, streamThresholdBytes, chunkBytes }: BrokenImportOptions = {},
): Promise<{ report: ImportReport; chunks: ImportChunk[] }> {
  const content = bytes ?? new Uint8Array(fs.readFileSync(path.join(BROKEN_DIR, name)));
  const chunks: ImportChunk[] = [];
  const [report] = await importFiles(
    [{ name, blob: new Blob([content]) }],
    [options],
    [],
    (c) => {
      chunks.push(c);
    },
    streamThresholdBytes,
    chunkBytes,
  );
  if (!report) throw new Error('no report');
  expectAccounted(report);
  for (const issue of report.issues) expect(issue.message).toContain(name);
  return { report, chunks };
}

/** Lines of the rejected rows named by an error issue. */
export function rejectedLines(report: ImportReport): number[] {
  const rows = report.issues
    .filter((i) => i.severity === 'error' && (i.row ?? 0) > 1)
    .map((i) => i.row ?? 0);
  return [...new Set(rows)].sort((a, b) => a - b);
}

/** Features (« entité n° N ») of the rejected entities of a GeoJSON file named by an error issue. */
export function rejectedFeatures(report: ImportReport): number[] {
  const features = report.issues
    .filter((i) => i.severity === 'error' && i.feature !== undefined)
    .map((i) => i.feature ?? 0);
  return [...new Set(features)].sort((a, b) => a - b);
}

/** read = kept + repaired + rejected, and every rejected row is listed with its line. */
export function expectAccounted(report: ImportReport): void {
  const { rowCount, keptCount, repairedCount, rejectedCount } = report;
  expect(Math.min(keptCount, repairedCount, rejectedCount)).toBeGreaterThanOrEqual(0);
  expect(keptCount + repairedCount + rejectedCount).toBe(rowCount);
  const refused = report.issues.some((i) => i.severity === 'error' && (i.row ?? 1) <= 1);
  if (!(refused && keptCount + repairedCount === 0))
    expect(rejectedEntries(report)).toBe(rejectedCount);
}

/** Rejections named one by one: rows of a text file (`row`), features of a JSON file (`feature`). */
function rejectedEntries(report: ImportReport): number {
  return rejectedLines(report).length + rejectedFeatures(report).length;
}

/** The first issue of a code. */
export const issueOf = (r: ImportReport, code: string) => r.issues.find((i) => i.code === code);
