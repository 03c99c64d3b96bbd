/**
 * Imported data kept on this computer, on request (off by default): the files of each import of
 * the page are remembered with their options (`KeptImport`); once the user chooses to keep them,
 * they are stored in IndexedDB (`kept-imports-db.ts`) and replayed at start through the same
 * import path as the Import panel (`startImport`), in the order they were imported, over the demo.
 *
 * Why the raw files and not DuckDB's own file on OPFS: the commune polygons are not in DuckDB (the
 * map and the analyses keep them in memory), an OPFS database file is locked by the first tab that
 * opens it (two tabs of the app are supported), and a replay through the one import path rebuilds
 * exactly what the Import panel built, reports included.
 */
import { erasedHeadline, restoredHeadline } from '../workers/import-headline';
import type { ImportReport } from '../workers/import-api';
import { startImport } from './import-data';
import {
  addKeptImport,
  clearKeptData,
  deleteKeptImports,
  readKeepChoice,
  readKeptImports,
  writeKeepChoice,
  type KeptImport,
} from './kept-imports-db';
import { pruneKeptImports } from './kept-imports-prune';
import type { LoadedData } from './load-data';
import { eraseAutosavedProjects } from './territory-autosave';

export type { KeptImport } from './kept-imports-db';

/** What the Import tab says about keeping. */
export interface KeptState {
  keep: boolean;
  /** Files kept on this computer (stored), and their size in bytes. */
  fileNames: string[];
  bytes: number;
}

/** The imports of this page (restored ones included), oldest first. */
const session: KeptImport[] = [];
const ERASED_NOTE = 'perimetre-donnees-effacees';

/** The current choice and what is stored. */
export async function readKeptState(): Promise<KeptState> {
  const keep = await readKeepChoice();
  const stored = keep ? await readKeptImports() : [];
  const files = stored.flatMap((e) => e.files);
  return {
    keep,
    fileNames: files.map((f) => f.name),
    bytes: files.reduce((sum, f) => sum + f.size, 0),
  };
}

/**
 * Remembers an import of the page that changed the data, and stores it when keeping is on (an
 * import made useless by this one is deleted: `pruneKeptImports`).
 */
export async function rememberImport(entry: KeptImport): Promise<void> {
  session.push(entry);
  const { kept, dropped } = pruneKeptImports(session);
  session.splice(0, session.length, ...kept);
  if (!(await readKeepChoice())) return;
  await deleteKeptImports(dropped.flatMap((e) => (e.key === undefined ? [] : [e.key])));
  await storeSession();
}

/**
 * Turns keeping on (the imports of this page are stored now, and later ones as they come) or off
 * (everything stored is deleted; the data shown stay until the page is reloaded).
 */
export async function chooseKeeping(keep: boolean): Promise<KeptState> {
  if (keep) {
    await writeKeepChoice(true);
    await storeSession();
    // Asks the browser not to evict the files under storage pressure (granted or not, said below).
    await navigator.storage?.persist?.().catch(() => false);
  } else {
    await clearKeptData();
    for (const e of session) delete e.key;
  }
  return readKeptState();
}

async function storeSession(): Promise<void> {
  for (const e of session) if (e.key === undefined) e.key = await addKeptImport(e);
}

/**
 * Erases what this app keeps on this computer: the kept files and the choice, and the saved
 * territories only when `territories` (a separate confirmation). The page must then be reloaded
 * (the data in memory go with it); the next start says what was erased.
 */
export async function eraseComputerData(territories: boolean): Promise<void> {
  const state = await readKeptState();
  await clearKeptData();
  if (territories) await eraseAutosavedProjects();
  session.splice(0);
  sessionStorage.setItem(
    ERASED_NOTE,
    JSON.stringify({ files: state.fileNames.length, bytes: state.bytes, territories }),
  );
}

/**
 * At start, after the demo was loaded: replays the kept imports when keeping is on, and says so
 * (`LoadedData.notice`); also says what the previous page erased. A file that can no longer be
 * read stops the restore there (the data restored so far are shown, the files stay kept).
 */
export async function restoreKeptImports(
  data: LoadedData,
  onProgress: (step: string) => void,
): Promise<LoadedData> {
  const erased = takeErasedNote();
  let entries: KeptImport[];
  try {
    entries = (await readKeepChoice()) ? await readKeptImports() : [];
  } catch (e) {
    return {
      ...data,
      notice: {
        kind: 'failed',
        text: `Données gardées sur cet ordinateur illisibles : ${message(e)}. La démonstration est affichée.`,
      },
    };
  }
  if (entries.length === 0) return erased ? { ...data, notice: erased } : data;
  let current = data;
  const reports: ImportReport[] = [];
  let failure: string | null = null;
  for (const [i, entry] of entries.entries()) {
    onProgress(`Restauration des données de cet ordinateur (${i + 1}/${entries.length})…`);
    try {
      const job = startImport(
        entry.files,
        entry.options,
        current,
        { dropDemo: entry.dropDemo, origin: 'user' },
        (p) => onProgress(`Restauration : ${p.step}`),
      );
      current = await job.done;
      reports.push(...(current.lastImport ?? []));
      session.push(entry);
    } catch (e) {
      failure = `${entry.files.map((f) => `« ${f.name} »`).join(', ')} : ${message(e)}`;
      break;
    }
  }
  const headline = restoredHeadline(reports, failure);
  return {
    ...current,
    lastImport: undefined,
    notice: { kind: headline.outcome, text: headline.text },
  };
}

function takeErasedNote(): LoadedData['notice'] {
  const raw = sessionStorage.getItem(ERASED_NOTE);
  if (raw === null) return undefined;
  sessionStorage.removeItem(ERASED_NOTE);
  const note = JSON.parse(raw) as { files: number; bytes: number; territories: boolean };
  const h = erasedHeadline(note);
  return { kind: h.outcome, text: h.text };
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
