/** `perimetre access` run as a user runs it (child process), on the fictitious demo. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const ACTIVITY = path.join(ROOT, 'test/fixtures/access/activite-fictive-96.csv');

interface AccessJson {
  demo: boolean;
  parameters: {
    profession: string;
    decay: { upToMinutes: number; weight: number }[];
    times: number | null;
  };
  unit: string;
  supply: { definition: string; mode: string; matchedPeople: number | null; excludedByAge: number };
  travelSource: string;
  totalSupply: number;
  summary: { weightedScore: number; shareBelow: number; deciles: number[] };
  communes: { code: string; score: number; population: number }[];
}

function access(...args: string[]): AccessJson {
  const out = execFileSync('node', ['bin/perimetre.mjs', 'access', '--json', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return JSON.parse(out) as AccessJson;
}

describe('perimetre access --json', () => {
  it('prints parameters and a score per demo commune, codes as strings', () => {
    const r = access();
    expect(r.demo).toBe(true);
    expect(r.parameters.profession).toBe('gp');
    expect(r.unit).toBe('consultations par an et par habitant standardisé');
    expect(r.communes).toHaveLength(352);
    expect(r.communes.every((c) => typeof c.code === 'string' && /^96\d{3}$/.test(c.code))).toBe(
      true,
    );
    expect(r.totalSupply).toBeCloseTo(288, 6);
    expect(r.summary.weightedScore).toBeGreaterThan(3);
  });

  it('stretches the decay with --max-minutes and uses a time matrix with --times', () => {
    const wide = access('--max-minutes', '30', '--profession', '60');
    expect(wide.parameters.decay.map((s) => s.upToMinutes)).toEqual([15, 22.5, 30]);
    expect(wide.parameters.profession).toBe('60');
    expect(wide.totalSupply).toBeCloseTo(586, 6);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perimetre-access-'));
    const file = path.join(dir, 'temps.csv');
    // Every commune reaches only itself (0 min): the score is the local supply per inhabitant.
    const codes = wide.communes.map((c) => c.code);
    fs.writeFileSync(
      file,
      `origine;destination;minutes\n${codes.map((c) => `${c};${c};0`).join('\n')}\n`,
    );
    const local = access('--times', file, '--no-ages', '--consultations', '0');
    expect(local.travelSource).toBe('matrix');
    expect(local.parameters.times).toBe(352);
    expect(local.unit).toBe('professionnels pour 100 000 habitants');
    const withGp = local.communes.filter((c) => c.score > 0);
    expect(withGp.length).toBeGreaterThanOrEqual(90);
    expect(withGp.length).toBeLessThanOrEqual(99);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('weights supply with a (fictitious) activity file: FTE, acts, age bound', () => {
    const fte = access('--activity', ACTIVITY, '--consultations', '0');
    expect(fte.supply.mode).toBe('fte');
    expect(fte.supply.matchedPeople).toBe(288);
    expect(fte.unit).toBe('ETP pour 100 000 habitants standardisés');
    // Sum of the etp column of the fixture (test/fixtures/access/README.md): 241.8 FTE.
    expect(fte.totalSupply).toBeCloseTo(241.8, 6);
    const old = access('--activity', ACTIVITY, '--max-age', '65', '--consultations', '0');
    // The 41 GPs older than 65 leave; the FTE of the others sums to 206.9.
    expect(old.supply.excludedByAge).toBe(41);
    expect(old.totalSupply).toBeCloseTo(206.9, 6);
    expect(old.supply.definition).toMatch(/ETP.*plus de 65 ans exclus/);
    const acts = access('--activity', ACTIVITY, '--supply', 'consultations');
    expect(acts.unit).toBe('consultations par an et par habitant standardisé');
    expect(acts.totalSupply).toBeCloseTo(1_310_327, 3);
    // Every score went down or stayed when the older GPs left.
    const people = access('--consultations', '0');
    expect(people.unit).toBe('professionnels pour 100 000 habitants standardisés');
    expect(old.communes.every((c, i) => c.score <= (fte.communes[i]?.score ?? 0) + 1e-9)).toBe(
      true,
    );
  });

  it('recognises the activity file among the --load files', () => {
    const manifest = JSON.parse(
      fs.readFileSync(path.join(ROOT, 'data/demo/manifest.json'), 'utf8'),
    ) as { files: { path: string }[] };
    const loads = manifest.files.flatMap((f) => ['--load', path.join(ROOT, 'data/demo', f.path)]);
    const r = access(...loads, '--load', ACTIVITY, '--consultations', '0');
    expect(r.demo).toBe(false);
    expect(r.supply.mode).toBe('fte');
    expect(r.totalSupply).toBeCloseTo(241.8, 6);
  });

  it('refuses --supply fte without an activity file', () => {
    expect(() => access('--supply', 'fte')).toThrow(/demande un fichier d’activité/);
  });

  it('refuses a bad profession with a French message', () => {
    expect(() => access('--profession', 'kiné')).toThrow(/--profession attend/);
  });
});
