import { beforeEach, describe, expect, it } from 'vitest';
import { flagMissingCommunes } from './territory-flags';
import {
  PAGE_STORES,
  TerritoryProjectStore,
  type ProjectPersistence,
  type ProjectSync,
} from './territory-project-store';
import type { TerritoryProject } from './territory-store';
import { draftedOptions, draftKey } from './use-territory-project';

/** An in-memory persistence whose load resolves when `release` is called. */
function memory(saved: TerritoryProject | null) {
  const saves: TerritoryProject[] = [];
  let release: () => void = () => undefined;
  const gate = new Promise<void>((r) => (release = r));
  const persistence: ProjectPersistence = {
    load: async () => {
      await gate;
      return saved;
    },
    save: (_key, project) => {
      saves.push(project);
      return Promise.resolve();
    },
  };
  return { persistence, saves, release };
}

const flush = () => new Promise((r) => setTimeout(r, 0));
const KNOWN = new Set(['50001', '50002', '50003']);
const SAVED: TerritoryProject = {
  territories: [
    { id: 'a', name: 'CPTS Cœur de Bourg-Fictif', codes: ['50001'], basedOn: null },
    { id: 'b', name: 'Autre', codes: ['50002', '99999'], basedOn: null },
  ],
  activeId: 'a',
};

beforeEach(() => {
  PAGE_STORES.latest = null;
});

describe('TerritoryProjectStore', () => {
  it('restores the saved project with its unknown codes and notifies subscribers', async () => {
    const m = memory(SAVED);
    const store = new TerritoryProjectStore('demo', KNOWN, m.persistence);
    let calls = 0;
    store.subscribe(() => (calls += 1));
    expect(store.getSnapshot().restored).toBe(false);
    m.release();
    await flush();
    expect(store.getSnapshot().restored).toBe(true);
    expect(store.getSnapshot().history.present).toEqual(SAVED);
    expect(calls).toBe(1);
    // Kept, and flagged by the panel for as long as they are missing (no one-off message).
    expect(store.takeMessage()).toBeNull();
    expect(flagMissingCommunes(store.getSnapshot().history.present, store.knownCodes)).toEqual([
      { territoryId: 'b', name: 'Autre', missing: ['99999'], total: 2 },
    ]);
    expect(m.saves).toHaveLength(0);
  });

  it('saves every edit, and undo restores the previous codes', async () => {
    const m = memory(SAVED);
    const store = new TerritoryProjectStore('demo', KNOWN, m.persistence);
    m.release();
    await flush();
    store.dispatch({ type: 'add', codes: ['50003'] });
    expect(store.getSnapshot().history.present.territories[0]?.codes).toEqual(['50001', '50003']);
    expect(m.saves.at(-1)?.territories[0]?.codes).toEqual(['50001', '50003']);
    store.dispatch({ type: 'undo' });
    expect(m.saves.at(-1)?.territories[0]?.codes).toEqual(['50001']);
    // An action that changes nothing is neither stored nor saved.
    const count = m.saves.length;
    store.dispatch({ type: 'remove', codes: ['50002'] });
    expect(m.saves).toHaveLength(count);
  });

  it('replays an action dispatched before the restore on the restored project', async () => {
    const m = memory(SAVED);
    const store = new TerritoryProjectStore('demo', KNOWN, m.persistence);
    store.dispatch({ type: 'create', name: 'Proposé', codes: ['50002', '50003'] });
    m.release();
    await flush();
    const present = store.getSnapshot().history.present;
    expect(present.territories.map((t) => t.name)).toEqual([
      'CPTS Cœur de Bourg-Fictif',
      'Autre',
      'Proposé',
    ]);
    expect(present.activeId).toBe(present.territories[2]?.id);
    expect(m.saves.at(-1)).toEqual(present);
  });

  it('starts empty when the saved project cannot be read, and says so', async () => {
    const store = new TerritoryProjectStore('demo', KNOWN, {
      load: () => Promise.reject(new Error('base fermée')),
      save: () => Promise.resolve(),
    });
    await flush();
    expect(store.getSnapshot().restored).toBe(true);
    expect(store.getSnapshot().history.present.territories).toEqual([]);
    expect(store.takeMessage()).toMatch(/illisible : base fermée/);
  });
});

/** One browser: a shared saved project (like IndexedDB) and a bus between tabs (like BroadcastChannel). */
function browser(saved: TerritoryProject | null) {
  let stored = saved;
  const tabs: ((p: TerritoryProject) => void)[] = [];
  const persistence: ProjectPersistence = {
    load: () => Promise.resolve(structuredClone(stored)),
    save: (_key, project) => {
      stored = structuredClone(project);
      return Promise.resolve();
    },
  };
  const tab = (): ProjectSync => {
    let mine: (p: TerritoryProject) => void = () => undefined;
    const deliver = (p: TerritoryProject) => mine(structuredClone(p));
    tabs.push(deliver);
    return {
      publish: (p) => tabs.filter((t) => t !== deliver).forEach((t) => t(p)),
      subscribe: (listener) => (mine = listener),
    };
  };
  return { persistence, tab, stored: () => stored };
}

describe('TerritoryProjectStore in two tabs', () => {
  it('keeps the work of both tabs: the last save no longer wins', async () => {
    const b = browser(SAVED);
    const tabA = new TerritoryProjectStore('demo', KNOWN, b.persistence, b.tab());
    const tabB = new TerritoryProjectStore('demo', KNOWN, b.persistence, b.tab());
    await flush();
    // Tab A adds a commune and creates a territory; tab B, opened earlier, then adds another.
    tabA.dispatch({ type: 'add', codes: ['50003'] });
    tabA.dispatch({ type: 'create', name: 'Nouveau A', codes: ['50002'] });
    await flush();
    expect(tabB.getSnapshot().notice?.text).toMatch(/autre onglet/);
    tabB.dispatch({ type: 'add', codes: ['50002'] });
    await flush();
    // B's active territory stayed « CPTS Cœur… » (A's activation of « Nouveau A » is A's own).
    const saved = b.stored()!;
    expect(saved.territories.map((t) => [t.name, t.codes])).toEqual([
      ['CPTS Cœur de Bourg-Fictif', ['50001', '50002', '50003']],
      ['Autre', ['50002', '99999']],
      ['Nouveau A', ['50002']],
    ]);
    // After a reload, a new tab restores both tabs' work.
    const reloaded = new TerritoryProjectStore('demo', KNOWN, b.persistence, b.tab());
    await flush();
    expect(reloaded.getSnapshot().history.present.territories).toEqual(saved.territories);
    expect(tabA.getSnapshot().history.present.territories).toEqual(saved.territories);
  });
});

describe('opening a project file', () => {
  it('adds its territories to the current ones, undoably, with fresh ids and unique names', async () => {
    const m = memory(SAVED);
    const store = new TerritoryProjectStore('demo', KNOWN, m.persistence);
    m.release();
    await flush();
    store.dispatch({
      type: 'merge',
      project: {
        territories: [
          { id: 'a', name: 'Autre', codes: ['50003'], basedOn: null },
          { id: 'z', name: 'Sud', codes: ['50001'], basedOn: null },
        ],
        activeId: 'z',
      },
    });
    const present = store.getSnapshot().history.present;
    expect(present.territories.map((t) => t.name)).toEqual([
      'CPTS Cœur de Bourg-Fictif',
      'Autre',
      'Autre (2)',
      'Sud',
    ]);
    expect(new Set(present.territories.map((t) => t.id)).size).toBe(4);
    expect(present.activeId).toBe(present.territories[3]?.id);
    store.dispatch({ type: 'undo' });
    expect(store.getSnapshot().history.present).toEqual(SAVED);
    expect(m.saves.at(-1)).toEqual(SAVED);
  });
});

describe('draftedOptions', () => {
  it('lists the active territory first with its codes, and gives its key', () => {
    const { options, activeKey } = draftedOptions({ ...SAVED, activeId: 'b' });
    expect(activeKey).toBe(draftKey('b'));
    expect(options.map((o) => o.key)).toEqual([draftKey('b'), draftKey('a')]);
    expect(options[0]?.codes).toEqual(['50002', '99999']);
    expect(options[1]?.label).toBe('CPTS Cœur de Bourg-Fictif (atelier, 1 commune)');
  });

  it('has no active key without an active territory', () => {
    expect(draftedOptions({ territories: [], activeId: null })).toEqual({
      options: [],
      activeKey: null,
    });
  });
});

describe('TerritoryProjectStore after an import (new data, new store)', () => {
  it('keeps the territories built before the import and flags their missing communes', async () => {
    const demo = memory(SAVED);
    const before = new TerritoryProjectStore('démo', KNOWN, demo.persistence, null);
    demo.release();
    await flush();
    before.dispatch({ type: 'create', name: 'Fait avant l’import', codes: ['50001', '50003'] });
    // The import replaced the data (another title: another saved project, with its own territory).
    const own: TerritoryProject = {
      territories: [{ id: 'u', name: 'Déjà là', codes: ['01001'], basedOn: null }],
      activeId: 'u',
    };
    const user = memory(own);
    const after = new TerritoryProjectStore(
      'Vos données',
      new Set(['01001']),
      user.persistence,
      null,
    );
    user.release();
    await flush();
    const present = after.getSnapshot().history.present;
    expect(present.territories.map((t) => [t.name, t.codes])).toEqual([
      ['CPTS Cœur de Bourg-Fictif', ['50001']],
      ['Autre', ['50002', '99999']],
      ['Fait avant l’import', ['50001', '50003']],
      ['Déjà là', ['01001']],
    ]);
    // Kept as they were, active one included, and saved under the new data.
    expect(present.activeId).toBe(before.getSnapshot().history.present.activeId);
    expect(user.saves.at(-1)).toEqual(present);
    expect(
      flagMissingCommunes(present, new Set(['01001'])).map((f) => [f.name, f.missing]),
    ).toEqual([
      ['CPTS Cœur de Bourg-Fictif', ['50001']],
      ['Autre', ['50002', '99999']],
      ['Fait avant l’import', ['50001', '50003']],
    ]);
  });

  it('does not take the project of a store that was still restoring', async () => {
    const first = memory(SAVED);
    new TerritoryProjectStore('démo', KNOWN, first.persistence, null);
    const second = memory(null);
    const store = new TerritoryProjectStore('démo', KNOWN, second.persistence, null);
    second.release();
    await flush();
    expect(store.getSnapshot().history.present.territories).toEqual([]);
    expect(second.saves).toHaveLength(0);
  });
});
