/**
 * Runs a Node script as a child process and measures its wall time and peak resident memory:
 * `/usr/bin/time -f %M` when present (GNU time, maximum RSS in KiB), else a `--require` hook
 * that writes `process.resourceUsage().maxRSS` (KiB) when the process exits.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** What one run gave: duration, peak RSS, exit status and the captured output. */
export interface ChildRun {
  ms: number;
  /** Peak resident set size in bytes, null when it could not be read. */
  peakRssBytes: number | null;
  exitCode: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  /** How the peak RSS was measured. */
  rssMethod: string;
}

const GNU_TIME = '/usr/bin/time';

function hasGnuTime(): boolean {
  try {
    fs.accessSync(GNU_TIME, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs `node script ...args` in `cwd`; `tmp` holds the RSS report file (deleted afterwards).
 * `gnu` chooses GNU time (default: when /usr/bin/time is executable) or the exit hook.
 *
 * @example const r = await runMeasured('bin/perimetre.mjs', ['inspect', 'f.csv'], '.', '.bench-tmp');
 */
export async function runMeasured(
  script: string,
  args: readonly string[],
  cwd: string,
  tmp: string,
  gnu = hasGnuTime(),
): Promise<ChildRun> {
  const rssFile = path.join(tmp, `rss-${process.pid}-${Date.now()}.txt`);
  const hook = path.join(tmp, 'max-rss-hook.cjs');
  if (!gnu)
    fs.writeFileSync(
      hook,
      "process.on('exit', () => require('node:fs').writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));\n",
    );
  const [command, argv] = gnu
    ? [GNU_TIME, ['-f', '%M', '-o', rssFile, process.execPath, script, ...args]]
    : [process.execPath, ['--require', hook, script, ...args]];
  const start = performance.now();
  const child = spawn(command, argv, {
    cwd,
    env: { ...process.env, BENCH_RSS_FILE: rssFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => out.push(b));
  child.stderr.on('data', (b: Buffer) => err.push(b));
  const [exitCode, signal] = await new Promise<[number | null, string | null]>(
    (resolve, reject) => {
      child.on('error', reject);
      child.on('close', (code, sig) => resolve([code, sig]));
    },
  );
  const ms = performance.now() - start;
  let peakRssBytes: number | null = null;
  if (fs.existsSync(rssFile)) {
    // GNU time may write « Command exited with non-zero status 1 » before the figure.
    const last = fs.readFileSync(rssFile, 'utf8').trim().split('\n').pop() ?? '';
    if (/^\d+$/.test(last)) peakRssBytes = Number(last) * 1024;
    fs.rmSync(rssFile, { force: true });
  }
  if (!gnu) fs.rmSync(hook, { force: true });
  return {
    ms,
    peakRssBytes,
    exitCode,
    signal,
    stdout: Buffer.concat(out).toString('utf8'),
    stderr: Buffer.concat(err).toString('utf8'),
    rssMethod: gnu ? '/usr/bin/time -f %M' : 'process.resourceUsage().maxRSS à la sortie',
  };
}
