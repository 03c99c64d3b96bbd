/**
 * The Import tab's view of the data kept on this computer: the user's choice, what is stored, and
 * the actions (keep or not, erase everything), with the errors said in French.
 */
import { useCallback, useEffect, useState } from 'react';
import { chooseKeeping, eraseComputerData, readKeptState, type KeptState } from './kept-imports';

/**
 * The state (null while it is read) and the actions of the « Garder » section; read again when
 * `version` changes (an import was remembered).
 */
export function useKeptData(version: number) {
  const [state, setState] = useState<KeptState | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(() => {
    readKeptState()
      .then(setState)
      .catch((e: unknown) => setError(`Données gardées illisibles : ${message(e)}`));
  }, []);
  useEffect(refresh, [refresh, version]);

  const choose = useCallback(async (keep: boolean) => {
    setBusy(true);
    setError(null);
    // The box shows the choice at once; the stored files are counted once written.
    setState((s) => (s ? { ...s, keep } : s));
    try {
      setState(await chooseKeeping(keep));
    } catch (e) {
      setError(`Impossible de garder les fichiers sur cet ordinateur : ${message(e)}`);
      readKeptState()
        .then(setState)
        .catch(() => undefined);
    } finally {
      setBusy(false);
    }
  }, []);

  /** Erases, then reloads the page (the data in memory go; the next start says what was erased). */
  const erase = useCallback(async (territories: boolean) => {
    setBusy(true);
    setError(null);
    try {
      await eraseComputerData(territories);
      window.location.reload();
    } catch (e) {
      setError(`Effacement impossible : ${message(e)}`);
      setBusy(false);
    }
  }, []);

  return { state, busy, error, refresh, choose, erase };
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
