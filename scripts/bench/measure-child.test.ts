import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { runMeasured } from './measure-child';

/** A child that allocates 200 MB, writes on both streams and exits with code 3. */
async function check(gnu: boolean): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'measure-child-'));
  try {
    const script = path.join(dir, 'child.cjs');
    fs.writeFileSync(
      script,
      [
        'const b = Buffer.alloc(200 * 1024 * 1024, 1);',
        'process.stdout.write(String(b[0]));',
        "process.stderr.write('oups');",
        'process.exitCode = 3;',
      ].join('\n'),
    );
    const r = await runMeasured(script, [], dir, dir, gnu);
    expect(r.exitCode).toBe(3);
    expect(r.stdout).toBe('1');
    expect(r.stderr).toBe('oups');
    expect(r.peakRssBytes).toBeGreaterThan(200e6);
    expect(fs.readdirSync(dir)).toEqual(['child.cjs']);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

it.skipIf(!fs.existsSync('/usr/bin/time'))('GNU time: exit code, output, peak RSS', () =>
  check(true),
);

it('exit hook: exit code, output, peak RSS', () => check(false));
