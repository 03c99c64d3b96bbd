/**
 * The whole pipeline on the embedded demo, without a browser: the demo files -> the one import
 * path (`importFiles` + `StagedImport`, what the app's import worker and the CLI run) -> a real
 * DuckDB (native and WASM) -> the SQL the map draws. Figures are those of data/demo/README.md
 * (seed 2026).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadInputsIntoDuckDb } from '../../src/cli/load-inputs';
import type { Connector } from '../../src/db/connector';
import { buildCommuneIndicatorsSql, buildDatasetSummarySql } from '../../src/db/sql';
import type { ImportReport } from '../../src/workers/import-api';
import { NODE_CONNECTORS } from '../support/connectors';

const DEMO_DIR = path.resolve(import.meta.dirname, '../../data/demo');
const manifest = JSON.parse(fs.readFileSync(path.join(DEMO_DIR, 'manifest.json'), 'utf8')) as {
  files: { path: string; kind: string; rows: number }[];
};

describe.each(NODE_CONNECTORS)(
  'demo pipeline (import path -> $name -> indicators)',
  ({ create }) => {
    let reports: ImportReport[];
    let conn: Connector;

    beforeAll(async () => {
      ({ conn, reports } = await loadInputsIntoDuckDb([], {}, create));
    });

    afterAll(async () => {
      await conn?.close();
    });

    it('recognises every demo file as the kind its manifest declares, with no error', () => {
      for (const file of manifest.files) {
        const report = reports.find((r) => r.fileName === file.path);
        expect(report?.kind, file.path).toBe(file.kind);
        expect(
          report?.issues.filter((i) => i.severity === 'error'),
          file.path,
        ).toEqual([]);
        expect(report?.acceptedCount, file.path).toBe(file.rows);
      }
    });

    it('gives one indicator row per commune, with string codes and the demo totals', async () => {
      const rows = await conn.query<{ code: string; population: number | null; gp: number }>(
        buildCommuneIndicatorsSql(),
      );
      expect(rows).toHaveLength(352);
      expect(rows.every((r) => typeof r.code === 'string' && /^96\d{3}$/.test(r.code))).toBe(true);
      expect(rows.every((r) => typeof r.population === 'number' && r.population > 0)).toBe(true);
      expect(rows.reduce((sum, r) => sum + (r.population ?? 0), 0)).toBe(335_053);
      // 253 communes have no GP in the demo (data/demo/README.md).
      expect(rows.filter((r) => r.gp === 0)).toHaveLength(253);
    });

    it('counts people, not activity rows, and keeps masked stays as unknown', async () => {
      const [summary] = await conn.query<Record<string, number>>(buildDatasetSummarySql());
      expect(summary?.professional_rows).toBe(1916);
      expect(summary?.people).toBe(1893);
      expect(summary?.gp_people).toBe(288);
      expect(summary?.masked_stay_cells).toBe(41);
      expect(summary?.perimeters).toBe(3);
    });

    it('converts FINESS Lambert 93 coordinates to WGS84 inside the demo département', async () => {
      const rows = await conn.query<{ lon: number; lat: number; finess_et: string }>(
        'SELECT lon, lat, finess_et FROM establishments',
      );
      expect(rows).toHaveLength(14);
      for (const r of rows) {
        expect(r.finess_et).toMatch(/^96\d{7}$/);
        expect(r.lon).toBeGreaterThan(-4.5);
        expect(r.lon).toBeLessThan(-3.3);
        expect(r.lat).toBeGreaterThan(45.3);
        expect(r.lat).toBeLessThan(46.3);
      }
    });
  },
);
