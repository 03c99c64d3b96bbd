import { describe, expect, it } from 'vitest';
import { describeMissing, parseProjectFile, toProjectFile } from './territory-project';
import {
  activeTerritory,
  initialHistory,
  territoryReducer,
  type TerritoryAction,
} from './territory-store';

const run = (...actions: TerritoryAction[]) => actions.reduce(territoryReducer, initialHistory());

describe('territory store', () => {
  it('creates, edits, renames, switches and deletes named territories', () => {
    let s = run(
      { type: 'create', name: 'A' },
      { type: 'toggle', code: '96002' },
      { type: 'add', codes: ['96001', '96002'] },
    );
    expect(activeTerritory(s.present)).toMatchObject({ name: 'A', codes: ['96001', '96002'] });
    s = territoryReducer(s, { type: 'toggle', code: '96002' });
    expect(activeTerritory(s.present)?.codes).toEqual(['96001']);
    const idA = s.present.activeId!;
    s = territoryReducer(s, { type: 'create', name: 'B', codes: ['96005'] });
    s = territoryReducer(s, { type: 'rename', id: idA, name: 'Nord' });
    expect(s.present.territories.map((t) => t.name)).toEqual(['Nord', 'B']);
    s = territoryReducer(s, { type: 'activate', id: idA });
    expect(activeTerritory(s.present)?.name).toBe('Nord');
    s = territoryReducer(s, { type: 'delete', id: idA });
    expect(activeTerritory(s.present)?.name).toBe('B');
  });

  it('undoes and redoes edits; a new edit clears the redo stack', () => {
    let s = run(
      { type: 'create', name: 'A' },
      { type: 'toggle', code: '96001' },
      { type: 'toggle', code: '96002' },
    );
    s = territoryReducer(s, { type: 'undo' });
    expect(activeTerritory(s.present)?.codes).toEqual(['96001']);
    s = territoryReducer(s, { type: 'redo' });
    expect(activeTerritory(s.present)?.codes).toEqual(['96001', '96002']);
    s = territoryReducer(territoryReducer(s, { type: 'undo' }), { type: 'toggle', code: '96003' });
    expect(s.future).toEqual([]);
    expect(territoryReducer(s, { type: 'redo' })).toBe(s);
  });
});

describe('project file', () => {
  it('round-trips and lists communes missing from the loaded data', () => {
    const s = run({ type: 'create', name: 'A', codes: ['96001', '50129'] });
    const text = toProjectFile(s.present, 'Démo', '2026-05-04');
    const opened = parseProjectFile('p.json', text, new Set(['96001']));
    expect(opened.project).toEqual(s.present);
    expect(opened.missing).toEqual([{ territory: 'A', codes: ['50129'] }]);
    expect(describeMissing(opened.missing, opened.dataTitle)).toContain('50129');
  });

  it('rejects a file that is not a project with a French message naming the file', () => {
    expect(() => parseProjectFile('x.json', '{', new Set())).toThrow(
      /x\.json : ce n’est pas un fichier JSON/,
    );
    expect(() => parseProjectFile('y.json', '{"a":1}', new Set())).toThrow(/y\.json .*format/);
  });
});
