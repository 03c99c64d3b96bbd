import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ogrinfoSummary } from '../../../test/support/ogrinfo';
import { analyseTerritory, buildTerritoryContext } from '../../core/territory/analyse-territory';
import { cell, grid } from '../../core/territory/test-grid';
import { loadInputsIntoDuckDb } from '../load-inputs';
import { buildAreaTotalsSql, type AreaTotalsRow } from '../../db/sql/area-totals';
import { summarise } from './territory';

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '../../../bin/perimetre.mjs');
const perimetre = (...args: string[]) => run('node', [BIN, ...args], { maxBuffer: 32 << 20 });

describe('perimetre territory / export on the demo', () => {
  it('prints the indicators of a CPTS as JSON, with distinct people as DuckDB counts them', async () => {
    const { stdout } = await perimetre(
      'territory',
      '--territory',
      'CPTS du Littoral Fictif',
      '--json',
    );
    const result = JSON.parse(stdout);
    expect(result.fictitious).toBe(true);
    expect(result.communes.length).toBe(result.communeCount);
    expect(result.tranche.size).toBe(
      result.population >= 80_000 ? 3 : result.population >= 40_000 ? 2 : 1,
    );
    // The CPTS named is the territory's own perimeter: the others only are overlaps (as in the app).
    expect(result.startedFrom).toBe('CPTS du Littoral Fictif');
    const overlaps = result.overlaps.map((o: { name: string }) => o.name);
    expect(overlaps).not.toContain('CPTS du Littoral Fictif');
    expect(overlaps.length).toBeGreaterThan(0); // the demo's overlapping CPTS
    const { conn } = await loadInputsIntoDuckDb([]);
    const [totals] = await conn.query<AreaTotalsRow>(buildAreaTotalsSql(result.communes));
    await conn.close();
    expect(result.population).toBe(totals!.population);
    expect(result.sources.every((s: { fictitious: boolean }) => s.fictitious)).toBe(true);
    const gp = result.professions.find((p: { key: string }) => p.key === 'gp');
    expect(gp.people).toBe(totals!.gp);
    expect(result.professions.find((p: { key: string }) => p.key === 'nurses').people).toBe(
      totals!.nurses,
    );
  });

  it('reads a list of codes and reports unknown ones', async () => {
    const { stdout, stderr } = await perimetre(
      'territory',
      '--territory',
      '96001,96005,96999',
      '--json',
    );
    expect(JSON.parse(stdout)).toMatchObject({ communeCount: 2, unknownCodes: ['96999'] });
    expect(stderr).toContain('96999');
  });

  it('rejects a territory that is neither codes, a file nor a CPTS with a French message', async () => {
    await expect(perimetre('territory', '--territory', 'Nulle-Part')).rejects.toMatchObject({
      stderr: expect.stringContaining('ni un code INSEE'),
    });
  });

  it('exports GeoJSON and CSV from a file of codes', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perimetre-export-'));
    fs.writeFileSync(path.join(dir, 'codes.txt'), 'code_insee\n96001\n96005\n');
    await perimetre(
      'export',
      '--territory',
      path.join(dir, 'codes.txt'),
      '--geojson',
      path.join(dir, 't.geojson'),
      '--csv',
      path.join(dir, 't.csv'),
    );
    const geo = JSON.parse(fs.readFileSync(path.join(dir, 't.geojson'), 'utf8'));
    expect(geo.features.map((f: { properties: { role: string } }) => f.properties.role)).toEqual([
      'perimetre',
      'commune',
      'commune',
    ]);
    const csv = fs.readFileSync(path.join(dir, 't.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n')[1]).toMatch(/^96001;/);
    const stdout = ogrinfoSummary(path.join(dir, 't.geojson'));
    expect(stdout).toContain('Feature Count: 3');
    expect(stdout).toMatch(/code_insee: String/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('perimetre territory --json with layers not loaded', () => {
  it('writes null for the professions, establishments, no-GP share, overlaps and white zones', () => {
    const { communes, geometries } = grid(2);
    const ctx = buildTerritoryContext(
      { communes, activities: [], establishments: [], perimeters: [] },
      geometries,
    );
    const json = JSON.parse(
      JSON.stringify(summarise(analyseTerritory(ctx, [cell(0, 0)]), 'T', false, null, [])),
    );
    expect(json).toMatchObject({
      professions: null,
      noGp: null,
      establishments: null,
      establishmentCount: null,
      overlaps: null,
      whiteZones: null,
      coverage: null,
      population: 1000,
    });
    expect(json.tranche.maxima[0]).toMatchObject({ maxEur: 50_000, validAt: '2019-08-25' });
  });

  it('writes a null population and tranche when only contours without population are loaded', async () => {
    const { stdout } = await perimetre(
      'territory',
      '--territory',
      '96001,96002',
      '--load',
      path.resolve(import.meta.dirname, '../../../data/demo/communes-96-fictif.geojson'),
      '--json',
    );
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({
      population: null,
      tranche: null,
      professions: null,
      whiteZones: null,
      layers: { population: false, professionals: false, perimeters: false },
      sources: [{ file: 'communes-96-fictif.geojson', kind: 'communes', fictitious: false }],
    });
  });
});
