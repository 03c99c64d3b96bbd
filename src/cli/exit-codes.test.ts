import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = path.resolve(import.meta.dirname, '../../bin/perimetre.mjs');
const CONTOURS = path.resolve(import.meta.dirname, '../../data/demo/communes-96-fictif.geojson');

/** Runs the CLI and returns its exit code and both outputs (a failing exit is not an exception). */
function perimetre(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('node', [BIN, ...args], { maxBuffer: 32 << 20 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('perimetre exit codes and messages', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perimetre-exit-'));
  const empty = path.join(dir, 'population-vide.csv');
  fs.writeFileSync(empty, '');

  it('names a directory given as a file, exits 2, and prints no stack trace', async () => {
    for (const args of [
      ['inspect', dir],
      ['territory', '--territory', '96001', '--load', dir],
    ]) {
      const { code, stderr } = await perimetre(...args);
      expect(code).toBe(2);
      expect(stderr).toContain(`${dir} est un dossier, pas un fichier`);
      expect(stderr).toContain('population-vide.csv');
      expect(stderr).not.toMatch(/\n\s+at /);
    }
    const missing = await perimetre('inspect', path.join(dir, 'absent.csv'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/Fichier introuvable : .*absent\.csv/);
  });

  it('exits 3 when a loaded file brought nothing, and keeps the population « non chargé »', async () => {
    const { code, stdout, stderr } = await perimetre(
      'territory',
      '--territory',
      '96001,96002',
      '--load',
      CONTOURS,
      '--load',
      empty,
      '--json',
    );
    expect(code).toBe(3);
    expect(stderr).toMatch(/^Import partiel : .* rien de « population-vide\.csv »/m);
    expect(JSON.parse(stdout).population).toBeNull();
    const full = await perimetre('territory', '--territory', '96001', '--load', CONTOURS, '--json');
    expect(full.code).toBe(0);
  });
});
