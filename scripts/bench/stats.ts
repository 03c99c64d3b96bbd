/** Median of a list of numbers (ms). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Runs `fn` `runs` times and returns each duration in ms. */
export async function timeRuns(
  runs: number,
  fn: () => Promise<unknown> | unknown,
): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times;
}

/** One printed line: label, median and the individual runs. */
export function report(label: string, times: readonly number[]): string {
  const line = `${label.padEnd(58)} médiane ${median(times).toFixed(1).padStart(9)} ms   (${times.map((t) => t.toFixed(0)).join(', ')})`;
  console.log(line);
  return line;
}

/** Percentile `p` (0–100) of a list of numbers, linear between closest ranks (numpy's default). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = ((sorted.length - 1) * p) / 100;
  const low = Math.floor(rank);
  const high = Math.min(low + 1, sorted.length - 1);
  return (
    (sorted[low] as number) + ((sorted[high] as number) - (sorted[low] as number)) * (rank - low)
  );
}

/** Wall and CPU time of each run, in ms. */
export interface RunTimes {
  wallMs: number[];
  /** User + system CPU time of the process (`process.cpuUsage`), all its threads. */
  cpuMs: number[];
}

/** Runs `fn` `runs` times and returns each run's wall and CPU time in ms. */
export function timeCpuRuns(runs: number, fn: () => unknown): RunTimes {
  const times: RunTimes = { wallMs: [], cpuMs: [] };
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    fn();
    times.wallMs.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    times.cpuMs.push((used.user + used.system) / 1000);
  }
  return times;
}

const ms = (v: number) => `${v.toFixed(0).padStart(6)} ms`;

/**
 * One printed line: CPU and wall time, p50 and p95 over the runs, and when a CPU goal (ms) is
 * given, the goal and PASS / FAIL on the CPU p50.
 */
export function reportCpu(label: string, times: RunTimes, goalCpuMs?: number): string {
  const cpu50 = percentile(times.cpuMs, 50);
  const goal =
    goalCpuMs === undefined
      ? ''
      : `   objectif CPU < ${goalCpuMs} ms : ${cpu50 < goalCpuMs ? 'PASS' : 'FAIL'}`;
  const line =
    `${label.padEnd(52)} CPU p50 ${ms(cpu50)} p95 ${ms(percentile(times.cpuMs, 95))}` +
    `   mur p50 ${ms(percentile(times.wallMs, 50))} p95 ${ms(percentile(times.wallMs, 95))}` +
    `   (${times.cpuMs.length} essais)${goal}`;
  console.log(line);
  return line;
}
