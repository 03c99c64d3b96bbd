// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { useBusyAction } from './use-busy-action';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Renders the hook in a real React root (jsdom) and gives its latest return value. */
function renderHook<T>(hook: () => T): { result: { current: T } } {
  const result = { current: undefined as T };
  const Probe = () => {
    result.current = hook();
    return null;
  };
  act(() => createRoot(document.createElement('div')).render(createElement(Probe)));
  return { result };
}

/** An action that waits until the test finishes it. */
function gated() {
  let finish: (error?: Error) => void = () => {};
  let calls = 0;
  const action = () => {
    calls += 1;
    return new Promise<void>((resolve, reject) => {
      finish = (error) => (error ? reject(error) : resolve());
    });
  };
  return { action, finish: (e?: Error) => finish(e), calls: () => calls };
}

describe('useBusyAction', () => {
  it('is busy while the action runs and ignores a second press meanwhile', async () => {
    const g = gated();
    const { result } = renderHook(() => useBusyAction(g.action));
    let first: Promise<void> = Promise.resolve();
    act(() => {
      first = result.current.run();
    });
    expect(result.current.busy).toBe(true);
    await act(() => result.current.run());
    expect(g.calls()).toBe(1);
    await act(async () => {
      g.finish();
      await first;
    });
    expect(result.current.status).toEqual({ state: 'idle' });
  });

  it('turns a failure into a message and can run again', async () => {
    const g = gated();
    const { result } = renderHook(() => useBusyAction(g.action));
    let run: Promise<void> = Promise.resolve();
    act(() => {
      run = result.current.run();
    });
    await act(async () => {
      g.finish(new Error('carte non prête'));
      await run;
    });
    expect(result.current.status).toEqual({ state: 'error', message: 'carte non prête' });
    act(() => {
      run = result.current.run();
    });
    expect(g.calls()).toBe(2);
    await act(async () => {
      g.finish();
      await run;
    });
    expect(result.current.busy).toBe(false);
  });
});
