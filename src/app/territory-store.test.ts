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
  it('replaces the territories by an opened project, and « Annuler » brings them back', () => {
    const mine = run({ type: 'create', name: 'Nord', codes: ['96001'] });
    const opened = {
      territories: [{ id: 'x', name: 'Sud', codes: ['96009'], basedOn: null }],
      activeId: 'x',
    };
    let s = territoryReducer(mine, { type: 'replace', project: opened });
    expect(s.present.territories.map((t) => [t.name, t.codes])).toEqual([['Sud', ['96009']]]);
    expect(activeTerritory(s.present)?.name).toBe('Sud');
    // A fresh id: a territory of another file never takes over one of this browser's ids.
    expect(s.present.territories[0]?.id).not.toBe('x');
    s = territoryReducer(s, { type: 'undo' });
    expect(s.present).toBe(mine.present);
    // An empty project replaces nothing.
    const empty = { territories: [], activeId: null };
    expect(territoryReducer(mine, { type: 'replace', project: empty })).toBe(mine);
  });

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

  it('refuses a newer format and a file without version, naming the file', () => {
    const file = (version: unknown) =>
      JSON.stringify({ format: 'perimetre-territoires', version, territories: [] });
    expect(() => parseProjectFile('n.json', file(99), new Set())).toThrow(
      /n\.json : projet enregistré par une version plus récente de Périmètre \(format 99/,
    );
    expect(() => parseProjectFile('v.json', file(undefined), new Set())).toThrow(
      /v\.json : le champ « version » manque/,
    );
  });

  it('pads numeric and 4-digit codes, leaves out and lists what is not a code, splits same ids', () => {
    const text = JSON.stringify({
      format: 'perimetre-territoires',
      version: 1,
      territories: [
        { id: 'x', name: 'A', codes: [1001, '01001', '2a004', null, { a: 1 }, 'null'] },
        { id: 'x', name: 'B', codes: ['96001'] },
      ],
      activeId: 'x',
    });
    const opened = parseProjectFile('p.json', text, new Set(['01001', '2A004', '96001']));
    const [a, b] = opened.project.territories;
    expect(a!.codes).toEqual(['01001', '2A004']);
    expect(b!.codes).toEqual(['96001']);
    expect(a!.id).not.toBe(b!.id);
    expect(opened.missing).toEqual([]);
    expect(opened.notes).toEqual([
      '« A » : 1 code(s) à 4 chiffres complétés d’un zéro (1001 → 01001).',
      '« A » : 3 entrée(s) qui ne sont pas des codes commune INSEE, laissées de côté : n° 4 (null), n° 5 ({"a":1}), n° 6 ("null"). Corrigez le fichier pour les reprendre.',
      '« A » : 1 code(s) en double comptés une fois.',
    ]);
  });

  it('rejects a file that is not a project with a French message naming the file', () => {
    expect(() => parseProjectFile('x.json', '{', new Set())).toThrow(
      /x\.json : ce n’est pas un fichier JSON/,
    );
    expect(() => parseProjectFile('y.json', '{"a":1}', new Set())).toThrow(/y\.json .*format/);
  });
});
