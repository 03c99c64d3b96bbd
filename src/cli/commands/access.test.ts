/** `perimetre access` run as a user runs it (child process), on the fictitious demo. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');

interface AccessJson {
  demo: boolean;
  parameters: {
    profession: string;
    decay: { upToMinutes: number; weight: number }[];
    times: number | null;
  };
  unit: string;
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
  }, 60_000);

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
  }, 60_000);

  it('refuses a bad profession with a French message', () => {
    expect(() => access('--profession', 'kiné')).toThrow(/--profession attend/);
  });
});
