/**
 * The `basins` and `flows` commands on the embedded demo, run as a user runs them
 * (`node bin/perimetre.mjs …`), checking the JSON they print.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const run = async (...args: string[]) =>
  (await promisify(execFile)('node', ['bin/perimetre.mjs', ...args], { cwd: ROOT })).stdout;

interface Basin {
  id: string;
  communes: string[];
  li: number | null;
  msi: number | null;
  population: number;
  stays: number;
}

describe('perimetre basins / flows on the demo', () => {
  it('prints plurality basins covering all 352 communes with LI, MSI and modularity', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'basins-')), 'basins.geojson');
    const json = JSON.parse(await run('basins', '--json', '--geojson', out)) as {
      method: string;
      basins: Basin[];
      modularity: number;
      li: number;
    };
    expect(json.method).toBe('plurality');
    expect(json.basins.length).toBeGreaterThanOrEqual(2);
    const communes = json.basins.flatMap((b) => b.communes);
    expect(new Set(communes).size).toBe(352);
    expect(communes).toHaveLength(352);
    expect(json.basins.reduce((s, b) => s + b.population, 0)).toBeCloseTo(335053, -1);
    for (const b of json.basins) {
      // LI threshold 0.5 by default: every remaining basin is at least that self-contained.
      expect(b.li).toBeGreaterThanOrEqual(0.5);
      expect(b.msi).toBeGreaterThan(0);
      expect(typeof b.id).toBe('string');
    }
    expect(json.modularity).toBeGreaterThan(0);
    const geojson = JSON.parse(fs.readFileSync(out, 'utf8')) as { features: unknown[] };
    expect(geojson.features).toHaveLength(json.basins.length);
  });

  it('prints modularity basins and a higher LI threshold gives fewer plurality basins', async () => {
    const [modularity, strict] = await Promise.all([
      run('basins', '--method', 'modularity', '--json'),
      run('basins', '--li-threshold', '0.85', '--json'),
    ]);
    const m = JSON.parse(modularity) as { method: string; basins: Basin[]; modularity: number };
    expect(m.method).toBe('modularity');
    expect(m.basins.flatMap((b) => b.communes)).toHaveLength(352);
    expect(m.modularity).toBeGreaterThan(0.2);
    const s = JSON.parse(strict) as { basins: Basin[] };
    expect(s.basins.length).toBeLessThan(4);
  });

  it('prints the flow indicators of a CPTS with masked cells counted apart', async () => {
    const json = JSON.parse(
      await run('flows', '--territory', 'CPTS du Littoral Fictif', '--json'),
    ) as Record<string, unknown> & {
      establishmentStays: number;
      attractivite: number;
      masked: {
        cells: number;
        maxStays: number;
        residentCells: number;
        establishmentCells: number;
        establishmentMaxStays: number;
        distinctCells: number;
      };
      unallocatedZones: {
        stays: number;
        share: number | null;
        zones: { zone: string; stays: number }[];
      };
    };
    expect(json.communes).toBe(97);
    const autarcie = json.autarcie as number;
    expect(autarcie).toBeGreaterThan(0.5);
    expect(json.fuite).toBeCloseTo(1 - autarcie, 3);
    expect(json.attractivite).toBeGreaterThan(0);
    expect(json.masked.cells).toBeGreaterThan(0);
    expect(json.masked.maxStays).toBeGreaterThan(0);
    // Masked cells per rate: the residents' (as `cells`) and those of the CPTS's establishments.
    const m = json.masked;
    expect(m.residentCells).toBe(m.cells);
    expect(m.establishmentCells).toBeGreaterThan(0);
    expect(m.establishmentMaxStays).toBe(10 * m.establishmentCells);
    expect(m.distinctCells).toBeGreaterThanOrEqual(Math.max(m.residentCells, m.establishmentCells));
    expect(m.distinctCells).toBeLessThanOrEqual(m.residentCells + m.establishmentCells);
    // Stays from zones not on the map are part of the establishments' stays, all non-resident.
    const u = json.unallocatedZones;
    expect(u.zones.reduce((s, z) => s + z.stays, 0)).toBeCloseTo(u.stays, 0);
    expect(u.share).toBeCloseTo(u.stays / json.establishmentStays, 3);
    expect(json.attractivite).toBeGreaterThanOrEqual((u.share ?? 0) - 1e-4);
  });
});
