/**
 * The territory project: several named territories, one active, with undo/redo. A pure reducer
 * (tested in Node) wrapped by `useTerritoryWorkbench`.
 */

/** One named territory: a set of INSEE codes (strings). */
export interface Territory {
  id: string;
  name: string;
  codes: string[];
  /** CPTS it was started from, if any (its own communes are not shown as overlaps). */
  basedOn: string | null;
}

/** What is saved (IndexedDB, project file). */
export interface TerritoryProject {
  territories: Territory[];
  activeId: string | null;
}

/** The project with its undo/redo history. */
export interface TerritoryHistory {
  present: TerritoryProject;
  past: TerritoryProject[];
  future: TerritoryProject[];
}

export type TerritoryAction =
  | { type: 'create'; name: string; codes?: string[]; basedOn?: string | null }
  | { type: 'rename'; id: string; name: string }
  | { type: 'delete'; id: string }
  | { type: 'activate'; id: string }
  | { type: 'toggle'; code: string }
  | { type: 'add'; codes: readonly string[] }
  | { type: 'remove'; codes: readonly string[] }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'load'; project: TerritoryProject }
  /** Adds a reopened project's territories to the current ones (undoable; nothing replaced). */
  | { type: 'merge'; project: TerritoryProject }
  /** Replaces the current territories by a reopened project's (undoable: Annuler brings them back). */
  | { type: 'replace'; project: TerritoryProject }
  /** Another tab saved the project: take its territories, keep this tab's active one. */
  | { type: 'sync'; project: TerritoryProject };

const HISTORY_LIMIT = 200;

export const EMPTY_PROJECT: TerritoryProject = { territories: [], activeId: null };

export function initialHistory(project: TerritoryProject = EMPTY_PROJECT): TerritoryHistory {
  return { present: project, past: [], future: [] };
}

/** The active territory, or null. */
export function activeTerritory(project: TerritoryProject): Territory | null {
  return project.territories.find((t) => t.id === project.activeId) ?? null;
}

let counter = 0;
function newId(): string {
  counter += 1;
  return `t${Date.now().toString(36)}${counter.toString(36)}`;
}

/** Applies an action; every change of the project is undoable (activation and load too). */
export function territoryReducer(
  state: TerritoryHistory,
  action: TerritoryAction,
): TerritoryHistory {
  if (action.type === 'undo') {
    const previous = state.past.at(-1);
    return previous
      ? {
          present: previous,
          past: state.past.slice(0, -1),
          future: [state.present, ...state.future],
        }
      : state;
  }
  if (action.type === 'redo') {
    const next = state.future[0];
    return next
      ? { present: next, past: [...state.past, state.present], future: state.future.slice(1) }
      : state;
  }
  const present = apply(state.present, action);
  if (present === state.present) return state;
  // A fresh start, or another tab's version: this tab's undo would overwrite the other's work.
  if (action.type === 'load' || action.type === 'sync') return initialHistory(present);
  return { present, past: [...state.past, state.present].slice(-HISTORY_LIMIT), future: [] };
}

function apply(project: TerritoryProject, action: TerritoryAction): TerritoryProject {
  const update = (f: (t: Territory) => Territory): TerritoryProject => {
    const active = activeTerritory(project);
    if (!active) return project;
    const next = f(active);
    if (next === active) return project;
    return {
      ...project,
      territories: project.territories.map((t) => (t.id === active.id ? next : t)),
    };
  };
  switch (action.type) {
    case 'create': {
      const t: Territory = {
        id: newId(),
        name: action.name.trim() || 'Territoire',
        codes: [...new Set(action.codes ?? [])].sort(),
        basedOn: action.basedOn ?? null,
      };
      return { territories: [...project.territories, t], activeId: t.id };
    }
    case 'rename': {
      const name = action.name.trim();
      if (!name) return project;
      return {
        ...project,
        territories: project.territories.map((t) => (t.id === action.id ? { ...t, name } : t)),
      };
    }
    case 'delete': {
      const territories = project.territories.filter((t) => t.id !== action.id);
      const activeId =
        project.activeId === action.id ? (territories[0]?.id ?? null) : project.activeId;
      return { territories, activeId };
    }
    case 'activate':
      return project.activeId === action.id ? project : { ...project, activeId: action.id };
    case 'toggle':
      return update((t) => ({
        ...t,
        codes: t.codes.includes(action.code)
          ? t.codes.filter((c) => c !== action.code)
          : [...t.codes, action.code].sort(),
      }));
    case 'add':
      return update((t) => {
        const codes = new Set(t.codes);
        const before = codes.size;
        for (const c of action.codes) codes.add(c);
        return codes.size === before ? t : { ...t, codes: [...codes].sort() };
      });
    case 'remove':
      return update((t) => {
        const drop = new Set(action.codes);
        const codes = t.codes.filter((c) => !drop.has(c));
        return codes.length === t.codes.length ? t : { ...t, codes };
      });
    case 'load':
      return action.project;
    case 'merge':
      return mergeProjects(project, action.project);
    case 'replace':
      return action.project.territories.length
        ? mergeProjects(EMPTY_PROJECT, action.project)
        : project;
    case 'sync': {
      const { territories } = action.project;
      const activeId = territories.some((t) => t.id === project.activeId)
        ? project.activeId
        : (action.project.activeId ?? territories[0]?.id ?? null);
      return { territories, activeId };
    }
    default:
      return project;
  }
}

/**
 * The current territories followed by the added ones, each added territory with a fresh id (ids
 * of two files may collide) and a name made unique (« Nom (2) »); the added project's active
 * territory becomes active.
 */
function mergeProjects(project: TerritoryProject, added: TerritoryProject): TerritoryProject {
  if (!added.territories.length) return project;
  const names = new Set(project.territories.map((t) => t.name));
  let activeId: string | null = null;
  const territories = added.territories.map((t) => {
    let name = t.name;
    for (let k = 2; names.has(name); k++) name = `${t.name} (${k})`;
    names.add(name);
    const copy = { ...t, id: newId(), name, codes: [...t.codes] };
    if (t.id === added.activeId) activeId = copy.id;
    return copy;
  });
  return {
    territories: [...project.territories, ...territories],
    activeId: activeId ?? (territories[0] as Territory).id,
  };
}
