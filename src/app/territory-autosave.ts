/** Autosave of the territory project in IndexedDB (survives a reload), with `idb`. */
import { openDB, type IDBPDatabase } from 'idb';
import {
  EMPTY_PROJECT,
  initialHistory,
  territoryReducer,
  type TerritoryProject,
} from './territory-store';

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

/**
 * Adds a new territory (made active) to the saved project of a dataset, for another tab (e.g. the
 * flows tab's « Proposer un territoire »): the workbench reads it when it opens.
 */
export async function addSavedTerritory(
  dataKey: string,
  name: string,
  codes: readonly string[],
): Promise<void> {
  const project = (await loadAutosavedProject(dataKey)) ?? EMPTY_PROJECT;
  const next = territoryReducer(initialHistory(project), {
    type: 'create',
    name,
    codes: [...codes],
  });
  await autosaveProject(dataKey, next.present);
}
