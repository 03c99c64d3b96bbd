/**
 * A long action of a panel (an export, a computation) with its busy state: while it runs the
 * button that started it is disabled and says so, a second press does nothing, and a failure
 * becomes a French message instead of an unhandled rejection.
 */
import { useCallback, useRef, useState } from 'react';

/** Idle, running, or failed with a message. */
export type BusyState = { state: 'idle' } | { state: 'busy' } | { state: 'error'; message: string };

/** Wraps `action`; `run` starts it unless it is already running. */
export function useBusyAction<A extends unknown[]>(
  action: (...args: A) => Promise<void>,
): { run: (...args: A) => Promise<void>; status: BusyState; busy: boolean } {
  const [status, setStatus] = useState<BusyState>({ state: 'idle' });
  const running = useRef(false);
  const actionRef = useRef(action);
  actionRef.current = action;
  const run = useCallback(async (...args: A) => {
    if (running.current) return;
    running.current = true;
    setStatus({ state: 'busy' });
    try {
      await actionRef.current(...args);
      setStatus({ state: 'idle' });
    } catch (e) {
      setStatus({ state: 'error', message: e instanceof Error ? e.message : String(e) });
    } finally {
      running.current = false;
    }
  }, []);
  return { run, status, busy: status.state === 'busy' };
}
