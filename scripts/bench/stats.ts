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
