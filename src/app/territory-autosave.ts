/** Autosave of the territory project in IndexedDB (survives a reload), with `idb`. */
import { openDB, type IDBPDatabase } from 'idb';
import type { TerritoryProject } from './territory-store';

const DB_NAME = 'perimetre';
const STORE = 'territory-projects';
let db: Promise<IDBPDatabase> | null = null;

function open(): Promise<IDBPDatabase> {
  db ??= openDB(`${DB_NAME}-territoires`, 1, {
    upgrade(database) {
      if (!database.objectStoreNames.contains(STORE)) database.createObjectStore(STORE);
    },
  });
  return db;
}

/** The autosaved project of a dataset (keyed by its title), or null. */
export async function loadAutosavedProject(dataKey: string): Promise<TerritoryProject | null> {
  return ((await (await open()).get(STORE, dataKey)) as TerritoryProject | undefined) ?? null;
}

/** Saves the project of a dataset. */
export async function autosaveProject(dataKey: string, project: TerritoryProject): Promise<void> {
  await (await open()).put(STORE, project, dataKey);
}

/** Erases every saved territory project of this browser (« Effacer les données de cet ordinateur »). */
export async function eraseAutosavedProjects(): Promise<void> {
  await (await open()).clear(STORE);
}
