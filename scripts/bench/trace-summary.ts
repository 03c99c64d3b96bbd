/**
 * Summary of a Chromium trace (CDP `Tracing`, JSON trace event format): for each thread that was
 * busy, its total busy time (top-level `RunTask`s) and the trace events that took most of it. Written here because the trace viewers (Perfetto, DevTools) are
 * interactive; a benchmark needs a few printed lines.
 */

/** One event of the trace event format (Chromium `chrome://tracing` JSON). */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; functionName?: string } };
}

const DETAIL = new Set([
  'FunctionCall',
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'wasm.CompileLazy',
  'v8.wasm.streamFromResponseCallback',
  'v8.wasm.compiledModule',
  'ParseHTML',
  'Layout',
  'Paint',
  'GPUTask',
  'MajorGC',
  'MinorGC',
  'V8.GC_MC_BACKGROUND_MARKING',
  'TimerFire',
  'FireAnimationFrame',
  'EventDispatch',
  'ResourceReceivedData',
]);

/** Lines « thread : busy ms (top events) », busiest first, times from the navigation's first event. */
export function summariseTrace(events: readonly TraceEvent[]): string[] {
  const threadName = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name)
      threadName.set(`${e.pid}:${e.tid}`, e.args.name);
  const timed = events.filter((e) => e.ph === 'X' && e.dur !== undefined);
  const t0 = timed.reduce((m, e) => Math.min(m, e.ts), Infinity);
  const busy = new Map<string, { total: number; first: number; last: number }>();
  const detail = new Map<string, Map<string, number>>();
  for (const e of timed) {
    const key = `${e.pid}:${e.tid}`;
    const dur = e.dur ?? 0;
    if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') {
      const b = busy.get(key) ?? { total: 0, first: Infinity, last: 0 };
      b.total += dur;
      b.first = Math.min(b.first, e.ts - t0);
      b.last = Math.max(b.last, e.ts - t0 + dur);
      busy.set(key, b);
    } else if (DETAIL.has(e.name) || e.name.startsWith('wasm') || e.name.startsWith('v8.wasm')) {
      const label = e.args?.data?.url
        ? `${e.name} ${e.args.data.url.split('/').pop() ?? ''}`
        : e.name;
      const d = detail.get(key) ?? new Map<string, number>();
      d.set(label, (d.get(label) ?? 0) + dur);
      detail.set(key, d);
    }
  }
  const lines = [...busy.entries()]
    .filter(([, b]) => b.total > 50_000)
    .sort((a, b) => b[1].total - a[1].total)
    .map(([key, b]) => {
      const top = [...(detail.get(key) ?? new Map<string, number>()).entries()]
        .sort((x, y) => y[1] - x[1])
        .slice(0, 6)
        .map(([n, d]) => `${n} ${(d / 1000).toFixed(0)}`)
        .join(', ');
      return `${(threadName.get(key) ?? key).padEnd(28)} occupé ${(b.total / 1000).toFixed(0).padStart(6)} ms entre ${(b.first / 1000).toFixed(0)} et ${(b.last / 1000).toFixed(0)} ms — ${top}`;
    });
  return lines;
}
