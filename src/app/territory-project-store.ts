/**
 * The territory project shared by every tab: one store per loaded dataset, created by the app and
 * handed to the panels through `AppServices.territories.store`. It restores the autosaved project
 * (IndexedDB), saves every change and lets React components subscribe (`useSyncExternalStore`).
 */
import { autosaveProject, loadAutosavedProject } from './territory-autosave';
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

/** How tabs of the same browser tell each other that the project was saved. */
export interface ProjectSync {
  publish: (project: TerritoryProject) => void;
  subscribe: (listener: (project: TerritoryProject) => void) => void;
}

/**
 * Cross-tab sync over a `BroadcastChannel` named after the dataset (null where the browser has
 * none, e.g. in Node): every tab of the same origin and dataset receives each saved project.
 */
export function broadcastSync(dataKey: string): ProjectSync | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(`perimetre-territoires:${dataKey}`);
  return {
    publish: (project) => channel.postMessage(project),
    subscribe: (listener) => {
      channel.onmessage = (event: MessageEvent<TerritoryProject>) => listener(event.data);
    },
  };
}

/** What the subscribers read: the project with its history, and whether it was restored. */
export interface TerritoryStoreState {
  history: TerritoryHistory;
  /** False until the autosaved project was read (or found absent). */
  restored: boolean;
  /** Why the restore or a save failed, or which saved codes are unknown; null when all is well. */
  error: string | null;
  /** Set when another tab's save was taken in (a new object each time, to be shown). */
  notice?: { text: string };
}

const INDEXED_DB: ProjectPersistence = { load: loadAutosavedProject, save: autosaveProject };

/**
 * The store of the page's current data: an import creates the next one, which takes its work
 * (tests reset `latest` between cases).
 */
export const PAGE_STORES: { latest: TerritoryProjectStore | null } = { latest: null };

/**
 * The project a new store starts from when the page already had one (an import replaced the
 * data): the previous store's territories are kept — none is hidden because its communes are no
 * longer loaded (`flagMissingCommunes` says which are missing) — and the saved project of the new
 * data adds the territories it has that the page had not.
 */
function carryOver(
  page: TerritoryProject | null,
  saved: TerritoryProject | null,
): TerritoryProject | null {
  if (!page) return saved;
  const ids = new Set(page.territories.map((t) => t.id));
  const extra = (saved?.territories ?? []).filter((t) => !ids.has(t.id));
  return { ...page, territories: [...page.territories, ...extra] };
}

export class TerritoryProjectStore {
  private state: TerritoryStoreState = { history: initialHistory(), restored: false, error: null };
  private readonly listeners = new Set<() => void>();
  /** Actions dispatched before the restore finished, replayed on the restored project. */
  private pending: TerritoryAction[] = [];
  private message: string | null = null;
  /** The last project another tab saved while this one was restoring. */
  private remote: TerritoryProject | null = null;
  /** The project of the page's previous data (see `carryOver`), null on a fresh page. */
  private readonly carried: TerritoryProject | null;

  constructor(
    private readonly dataKey: string,
    /** Codes of the loaded communes (territories with other codes are flagged, never hidden). */
    readonly knownCodes: ReadonlySet<string>,
    private readonly persistence: ProjectPersistence = INDEXED_DB,
    private readonly sync: ProjectSync | null = broadcastSync(dataKey),
  ) {
    // Another tab saved: take its territories so that this tab's next save keeps them (the last
    // save no longer wins over work done elsewhere).
    sync?.subscribe((project) => this.receive(project));
    const previous = PAGE_STORES.latest;
    PAGE_STORES.latest = this;
    // A store still restoring (React's StrictMode builds two) has nothing of the user's yet.
    this.carried = previous?.state.restored ? previous.state.history.present : null;
    persistence
      .load(dataKey)
      .then((saved) => this.finishRestore(saved))
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

  /**
   * The restore message (unreadable save), once: the next call returns null. Unknown codes are not
   * a message: `flagMissingCommunes` lists them for as long as they are missing.
   */
  takeMessage(): string | null {
    const m = this.message;
    this.message = null;
    return m;
  }

  private finishRestore(saved: TerritoryProject | null): void {
    const latest = carryOver(this.carried, this.remote ?? saved);
    let history = latest ? initialHistory(latest) : initialHistory();
    for (const action of this.pending) history = territoryReducer(history, action);
    const changed = this.pending.length > 0 || (this.carried?.territories.length ?? 0) > 0;
    this.pending = [];
    this.set({ history, restored: true, error: null });
    if (changed) this.save(history.present);
  }

  private save(project: TerritoryProject): void {
    this.persistence
      .save(this.dataKey, project)
      .then(() => this.sync?.publish(project))
      .catch((e: unknown) => {
        this.set({ ...this.state, error: `Sauvegarde automatique impossible : ${String(e)}` });
      });
  }

  /** A project saved by another tab (already persisted: not saved again). */
  private receive(project: TerritoryProject): void {
    // Before the restore: the read of IndexedDB may predate this save; restore this one instead.
    if (!this.state.restored) {
      this.remote = project;
      return;
    }
    const history = territoryReducer(this.state.history, { type: 'sync', project });
    if (history === this.state.history) return;
    this.set({
      ...this.state,
      history,
      notice: {
        text: 'Territoires mis à jour depuis un autre onglet de Périmètre (l’historique d’annulation repart de cette version).',
      },
    });
  }

  private set(state: TerritoryStoreState): void {
    this.state = state;
    for (const l of this.listeners) l();
  }
}
