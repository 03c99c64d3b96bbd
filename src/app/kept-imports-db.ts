/**
 * Where imported files are kept on this computer when the user asks for it: an IndexedDB database
 * of the browser (`idb`), holding the files themselves (`File` objects, stored on disk by the
 * browser) with the options and settings of each import, and the « keep » choice. Nothing leaves
 * the computer.
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { ImportOptions } from '../workers/import-api';

/** One import as it is replayed at start: its files, their options, and its settings. */
export interface KeptImport {
  /** Key in IndexedDB once stored (absent for an import of this page not stored yet). */
  key?: number;
  files: File[];
  options: ImportOptions[];
  dropDemo: boolean;
  /** Dataset tables the import filled (pruning of imports fully replaced by the next one). */
  fed: string[];
  /** ISO date of the import. */
  importedAt: string;
}

const IMPORTS = 'imports';
const SETTINGS = 'settings';
let db: Promise<IDBPDatabase> | null = null;

function open(): Promise<IDBPDatabase> {
  db ??= openDB('perimetre-donnees-gardees', 1, {
    upgrade(database) {
      database.createObjectStore(IMPORTS, { autoIncrement: true });
      database.createObjectStore(SETTINGS);
    },
  });
  return db;
}

/** Whether the user chose to keep imported data on this computer (false when never chosen). */
export async function readKeepChoice(): Promise<boolean> {
  return ((await (await open()).get(SETTINGS, 'keep')) as boolean | undefined) ?? false;
}

/** Stores the user's choice. */
export async function writeKeepChoice(keep: boolean): Promise<void> {
  await (await open()).put(SETTINGS, keep, 'keep');
}

/** The stored imports, oldest first, with their keys. */
export async function readKeptImports(): Promise<KeptImport[]> {
  const database = await open();
  const keys = (await database.getAllKeys(IMPORTS)) as number[];
  const values = (await database.getAll(IMPORTS)) as KeptImport[];
  return values.map((v, i) => ({ ...v, key: keys[i] }));
}

/** Stores an import; returns its key. */
export async function addKeptImport(entry: KeptImport): Promise<number> {
  const value: KeptImport = { ...entry };
  delete value.key;
  return (await (await open()).add(IMPORTS, value)) as number;
}

/** Deletes stored imports by key. */
export async function deleteKeptImports(keys: readonly number[]): Promise<void> {
  const tx = (await open()).transaction(IMPORTS, 'readwrite');
  await Promise.all([...keys.map((k) => tx.store.delete(k)), tx.done]);
}

/** Deletes every stored import and the keep choice. */
export async function clearKeptData(): Promise<void> {
  const tx = (await open()).transaction([IMPORTS, SETTINGS], 'readwrite');
  await Promise.all([tx.objectStore(IMPORTS).clear(), tx.objectStore(SETTINGS).clear(), tx.done]);
}
