/**
 * Hooks over the shared territory project (`AppServices.territories.store`): the project itself,
 * and the drafted territories as options of the other tabs' territory lists, the active one first.
 */
import { useMemo, useSyncExternalStore } from 'react';
import type { AppServices } from './app-services';
import type { TerritoryStoreState } from './territory-project-store';
import type { TerritoryProject } from './territory-store';

/** The shared project with its history; re-renders on every change. */
export function useTerritoryProject(services: AppServices): TerritoryStoreState {
  const { store } = services.territories;
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

/** A territory a tab can analyse: a key unique in its list, a label and its INSEE codes. */
export interface TerritoryOption {
  key: string;
  label: string;
  codes: readonly string[];
}

/** Key of a drafted territory in the tabs' lists. */
export const draftKey = (id: string): string => `atelier:${id}`;

/** The drafted territories of a project as options (the active one first), and the active key. */
export function draftedOptions(project: TerritoryProject): {
  options: TerritoryOption[];
  activeKey: string | null;
} {
  const sorted = [...project.territories].sort(
    (a, b) => Number(b.id === project.activeId) - Number(a.id === project.activeId),
  );
  return {
    options: sorted.map((t) => ({
      key: draftKey(t.id),
      label: `${t.name} (atelier, ${t.codes.length} commune${t.codes.length > 1 ? 's' : ''})`,
      codes: t.codes,
    })),
    activeKey: project.activeId ? draftKey(project.activeId) : null,
  };
}

/**
 * The drafted territories as options, and the key a tab shows: the user's choice while it exists
 * in `options` plus the drafts, else the workbench's active territory, else `fallback`.
 */
export function useDraftedTerritories(
  services: AppServices,
  chosen: string | null,
  others: readonly TerritoryOption[],
  fallback: string,
): { drafts: TerritoryOption[]; selected: string; option: TerritoryOption | null } {
  const { history } = useTerritoryProject(services);
  const project = history.present;
  const { options: drafts, activeKey } = useMemo(() => draftedOptions(project), [project]);
  const all = [...drafts, ...others];
  const selected =
    chosen !== null && (chosen === fallback || all.some((o) => o.key === chosen))
      ? chosen
      : (activeKey ?? fallback);
  return { drafts, selected, option: all.find((o) => o.key === selected) ?? null };
}
