/**
 * State of a tab kept while the loaded data stays the same: `useKeptState` is `useState` whose
 * value survives the tab's unmounting (a visit to another tab) and is dropped with the data it
 * was computed from (an import replaces the `LoadedData` object, so its results go with it).
 * A result is stored with the parameters it was computed for, so nothing stale is shown as new.
 */
import { useCallback, useState, type Dispatch, type SetStateAction } from 'react';

const memory = new WeakMap<object, Map<string, unknown>>();

/** The value kept under `key` for `version`, or `initial` when there is none. */
export function readKept<T>(version: object, key: string, initial: T | (() => T)): T {
  const kept = memory.get(version);
  if (kept?.has(key)) return kept.get(key) as T;
  return typeof initial === 'function' ? (initial as () => T)() : initial;
}

/** Keeps `value` under `key` for `version` (the loaded data). */
export function writeKept<T>(version: object, key: string, value: T): void {
  let kept = memory.get(version);
  if (!kept) {
    kept = new Map();
    memory.set(version, kept);
  }
  kept.set(key, value);
}

/**
 * Like `useState`, but the value is kept per `version` (the loaded data) and `key` (unique per
 * tab and field, e.g. `flows.basins`) across unmounts.
 *
 * @example const [result, setResult] = useKeptState(data, 'access.result', null);
 */
export function useKeptState<T>(
  version: object,
  key: string,
  initial: T | (() => T),
): [T, Dispatch<SetStateAction<T>>] {
  const [state, setState] = useState<{ version: object; value: T }>(() => ({
    version,
    value: readKept(version, key, initial),
  }));
  const value = state.version === version ? state.value : readKept(version, key, initial);
  // The memory is written at once (not in a state updater), so a result that arrives after the
  // tab was left is still kept for the next visit.
  const set = useCallback<Dispatch<SetStateAction<T>>>(
    (next) => {
      const v =
        typeof next === 'function'
          ? (next as (prev: T) => T)(readKept(version, key, initial))
          : next;
      writeKept(version, key, v);
      setState({ version, value: v });
    },
    // `initial` only matters for the first read of a version.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [version, key],
  );
  return [value, set];
}
