/**
 * Cold demo start (issue « échelle nationale », part 5), in headless Chromium with the built app and
 * a fresh profile each run (empty HTTP cache): navigation -> map ready (`data-state="ready"`) and
 * panels answering (the « Territoire » workbench ready, which reads DuckDB). Prints the app's own step
 * measures (`perimetre:*`), the CPU time of the browser (the machine is shared: wall times vary
 * with its load), when each big file finished downloading, and — for one traced run —
 * the busy time of every browser thread (CDP Tracing), so that the profile says what to remove.
 * `BENCH_TRACE_FILE=trace.json` keeps that trace (open it in Perfetto or DevTools).
 */
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { openApp, waitForMapReady } from '../../test/e2e/browser';
import { openTerritoryTab } from '../../test/e2e/demo-session';
import { percentile } from './stats';
import { summariseTrace, type TraceEvent } from './trace-summary';

const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

function line(label: string, values: readonly number[]): void {
  console.log(
    `${label.padEnd(62)} p50 ${percentile(values, 50).toFixed(0).padStart(6)} ms   p95 ${percentile(values, 95).toFixed(0).padStart(6)} ms   (${values.map((v) => v.toFixed(0)).join(', ')})`,
  );
}

/** The app's step measures and the end of the big downloads, relative to navigation (ms). */
async function pageSteps(page: Page): Promise<[string, number][]> {
  return page.evaluate(() => {
    const steps: [string, number][] = [];
    for (const m of performance.getEntriesByType('measure'))
      if (m.name.startsWith('perimetre:'))
        steps.push([
          `${m.name.slice('perimetre:'.length)} (début -> fin)`,
          m.startTime + m.duration,
        ]);
    for (const r of performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      if (r.encodedBodySize > 200_000) {
        const name = (r.name.split('/').pop() ?? r.name).replace(/-[\w-]{8}\./, '.');
        steps.push([
          `téléchargé ${name} (${(r.encodedBodySize / 2 ** 20).toFixed(1)} Mo)`,
          r.responseEnd,
        ]);
      }
    return steps;
  });
}

/** CPU time (ms) of every process of the browser since its launch (CDP `SystemInfo`). */
async function browserCpuMs(browser: Browser | null): Promise<number> {
  if (!browser) return NaN;
  const cdp = await browser.newBrowserCDPSession();
  const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as {
    processInfo: { cpuTime: number }[];
  };
  await cdp.detach();
  return processInfo.reduce((sum, p) => sum + p.cpuTime, 0) * 1000;
}

/** Runs the cold start `runs` times (plus one traced run) and prints figures beside the goal. */
export async function benchColdStart(runs: number): Promise<void> {
  const totals: number[] = [];
  const panels: number[] = [];
  const cpu: number[] = [];
  const steps: Record<string, number[]> = {};
  for (let i = 0; i <= runs; i++) {
    const traced = i === runs;
    const session = await openApp([]);
    try {
      const browser = session.context.browser();
      const cdp = traced && browser ? await browser.newBrowserCDPSession() : null;
      const events: TraceEvent[] = [];
      if (cdp) {
        cdp.on('Tracing.dataCollected', (e) =>
          events.push(...(e.value as unknown as TraceEvent[])),
        );
        await cdp.send('Tracing.start', {
          traceConfig: {
            includedCategories: [
              'devtools.timeline',
              'v8',
              'blink.user_timing',
              'toplevel',
              'disabled-by-default-v8.cpu_profiler',
            ],
          },
        });
      }
      const start = Date.now();
      await session.page.goto(session.baseUrl);
      await waitForMapReady(session.page, 1);
      const readyMs = Date.now() - start;
      await openTerritoryTab(session.page);
      const panelMs = Date.now() - start;
      if (cdp) {
        const finished = new Promise<void>((resolve) =>
          cdp.once('Tracing.tracingComplete', () => resolve()),
        );
        await cdp.send('Tracing.end');
        await finished;
        await cdp.detach();
        if (process.env.BENCH_TRACE_FILE)
          fs.writeFileSync(process.env.BENCH_TRACE_FILE, JSON.stringify({ traceEvents: events }));
        console.log(
          `Passage tracé (${readyMs} ms jusqu’à la carte prête) — temps occupé par fil :`,
        );
        for (const row of summariseTrace(events)) console.log(`  ${row}`);
        continue;
      }
      totals.push(readyMs);
      panels.push(panelMs);
      cpu.push(await browserCpuMs(session.context.browser()));
      for (const [name, at] of await pageSteps(session.page)) (steps[name] ??= []).push(at);
    } finally {
      await session.close();
    }
  }
  line('Démo à froid : navigation -> carte prête', totals);
  line('Démo à froid : navigation -> panneau Territoire prêt', panels);
  line('  CPU de tous les processus du navigateur (lancement compris)', cpu);
  for (const [name, values] of Object.entries(steps).sort(
    (a, b) => percentile(a[1], 50) - percentile(b[1], 50),
  ))
    line(`  ${name}`, values);
  console.log(
    `  objectif < 5 000 ms (p50, carte prête) : ${verdict(percentile(totals, 50) < 5000)}`,
  );
}

export async function run(): Promise<void> {
  await benchColdStart(5);
}
