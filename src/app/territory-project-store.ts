/**
 * The territory project shared by every tab: one store per loaded dataset, created by the app and
 * handed to the panels through `AppServices.territories.store`. It restores the autosaved project
 * (IndexedDB), saves every change and lets React components subscribe (`useSyncExternalStore`).
 */
import { autosaveProject, loadAutosavedProject } from './territory-autosave';
import { describeMissing } from './territory-project';
import {
  initialHistory,
  territoryReducer,
  type TerritoryAction,
  type TerritoryHistory,
  type TerritoryProject,
} from './territory-store';

/** Where the project is saved (IndexedDB in the app; a Map in the tests). */
export interface ProjectPersistence {
  load: (dataKey: string) => Promise<TerritoryProject | null>;
  save: (dataKey: string, project: TerritoryProject) => Promise<void>;
}

/** What the subscribers read: the project with its history, and whether it was restored. */
export interface TerritoryStoreState {
  history: TerritoryHistory;
  /** False until the autosaved project was read (or found absent). */
  restored: boolean;
  /** Why the restore or a save failed, or which saved codes are unknown; null when all is well. */
  error: string | null;
}

const INDEXED_DB: ProjectPersistence = { load: loadAutosavedProject, save: autosaveProject };

export class TerritoryProjectStore {
  private state: TerritoryStoreState = { history: initialHistory(), restored: false, error: null };
  private readonly listeners = new Set<() => void>();
  /** Actions dispatched before the restore finished, replayed on the restored project. */
  private pending: TerritoryAction[] = [];
  private message: string | null = null;

  constructor(
    private readonly dataKey: string,
    knownCodes: ReadonlySet<string>,
    private readonly persistence: ProjectPersistence = INDEXED_DB,
  ) {
    persistence
      .load(dataKey)
      .then((saved) => {
        const missing = (saved?.territories ?? [])
          .map((t) => ({ territory: t.name, codes: t.codes.filter((c) => !knownCodes.has(c)) }))
          .filter((m) => m.codes.length);
        this.message = describeMissing(missing, null);
        this.finishRestore(saved);
      })
      .catch((e: unknown) => {
        this.message = `Projet enregistré illisible : ${e instanceof Error ? e.message : String(e)}`;
        this.finishRestore(null);
      });
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): TerritoryStoreState => this.state;

  /** Applies an action (undoable); saved once the autosaved project was restored. */
  readonly dispatch = (action: TerritoryAction): void => {
    if (!this.state.restored) {
      this.pending.push(action);
      return;
    }
    const before = this.state.history;
    const history = territoryReducer(before, action);
    if (history === before) return;
    this.set({ ...this.state, history });
    if (history.present !== before.present) this.save(history.present);
  };

  /** The restore message (unknown codes, unreadable save), once: the next call returns null. */
  takeMessage(): string | null {
    const m = this.message;
    this.message = null;
    return m;
  }

  private finishRestore(saved: TerritoryProject | null): void {
    let history = saved ? initialHistory(saved) : initialHistory();
    for (const action of this.pending) history = territoryReducer(history, action);
    const changed = this.pending.length > 0;
    this.pending = [];
    this.set({ history, restored: true, error: null });
    if (changed) this.save(history.present);
  }

  private save(project: TerritoryProject): void {
    this.persistence.save(this.dataKey, project).catch((e: unknown) => {
      this.set({ ...this.state, error: `Sauvegarde automatique impossible : ${String(e)}` });
    });
  }

  private set(state: TerritoryStoreState): void {
    this.state = state;
    for (const l of this.listeners) l();
  }
}
