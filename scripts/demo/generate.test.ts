import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFiles, fileText } from './test-support';

const root = resolve(__dirname, '../..');
const committed = join(root, 'data', 'demo');
const KINDS = [
  'communes',
  'population',
  'professionals',
  'establishments',
  'stays',
  'pmsi-zones',
  'perimeters',
];

describe('npm run demo', () => {
  let out = '';
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'demo-'));
    // The real entry, as `npm run demo` runs it, with an output directory argument.
    execFileSync(
      process.execPath,
      ['--import', 'tsx', join(root, 'scripts', 'generate-demo.ts'), out],
      {
        cwd: root,
        stdio: 'pipe',
      },
    );
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('regenerates every committed file byte for byte', () => {
    const generated = readdirSync(out).sort();
    const inRepo = readdirSync(committed)
      .filter((f) => f !== 'README.md')
      .sort();
    expect(generated).toEqual(inRepo);
    for (const name of generated) {
      const a = readFileSync(join(out, name));
      const b = readFileSync(join(committed, name));
      expect(a.equals(b), `${name} differs from data/demo: run npm run demo`).toBe(true);
    }
  });

  it('writes what generateDemo returns', () => {
    for (const f of demoFiles())
      expect(readFileSync(join(out, f.path)).equals(Buffer.from(f.content))).toBe(true);
  });
});

describe('data/demo size', () => {
  it('stays under 10 MB in total', () => {
    const total = readdirSync(committed).reduce((s, f) => s + statSync(join(committed, f)).size, 0);
    expect(total).toBeLessThan(10 * 1024 * 1024);
  });
});

describe('manifest.json', () => {
  const manifest = JSON.parse(fileText('manifest.json')) as {
    title: string;
    fictitious: boolean;
    seed: number;
    generatorVersion: string;
    files: {
      path: string;
      kind: string;
      encoding: string;
      separator: string | null;
      description: string;
      rows: number;
    }[];
  };

  it('says the data are fictitious', () => {
    expect(manifest.fictitious).toBe(true);
    expect(manifest.title).toContain('données fictives');
    expect(typeof manifest.seed).toBe('number');
    expect(manifest.generatorVersion).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('lists every data file with its kind, encoding, separator, description and row count', () => {
    const data = demoFiles().filter((f) => f.path !== 'manifest.json');
    expect(manifest.files.map((f) => f.path)).toEqual(data.map((f) => f.path));
    for (const entry of manifest.files) {
      expect(entry.path).toContain('fictif');
      expect(KINDS).toContain(entry.kind);
      expect(['utf-8', 'windows-1252']).toContain(entry.encoding);
      expect(entry.description.length).toBeGreaterThan(20);
      const file = data.find((f) => f.path === entry.path);
      expect(entry.rows).toBe(file?.rows);
    }
    expect(new Set(manifest.files.map((f) => f.kind))).toEqual(new Set(KINDS));
  });

  it('counts data rows (lines after the header, features for GeoJSON)', () => {
    for (const f of demoFiles()) {
      if (f.path === 'manifest.json' || f.path.endsWith('.geojson')) continue;
      const lines = Buffer.from(f.content).toString('latin1').split('\n').filter(Boolean);
      expect(lines.length - 1, f.path).toBe(f.rows);
    }
  });
});
