import { describe, expect, it } from 'vitest';
import type { KeptImport } from './kept-imports-db';
import { pruneKeptImports } from './kept-imports-prune';

const entry = (name: string, fed: string[], dropDemo = false): KeptImport => ({
  files: [new File(['x'], name)],
  options: [{}],
  dropDemo,
  fed,
  importedAt: '2026-12-01T00:00:00Z',
});
const names = (list: KeptImport[]) => list.map((e) => e.files[0]?.name);

describe('pruneKeptImports', () => {
  it('drops the imports that the last one fully replaced, nothing imported in between', () => {
    const { kept, dropped } = pruneKeptImports([
      entry('contours.geojson', ['communes']),
      entry('pop-v1.csv', ['population'], true),
      entry('pop-v2.csv', ['population']),
      entry('pop-v3.csv', ['population', 'perimeters']),
    ]);
    expect(names(kept)).toEqual(['contours.geojson', 'pop-v3.csv']);
    expect(names(dropped)).toEqual(['pop-v2.csv', 'pop-v1.csv']);
    // The demo removal of a dropped import is carried by the one that replaced it.
    expect(kept[1]?.dropDemo).toBe(true);
  });

  it('keeps an import whose tables the last one did not all replace', () => {
    const list = [
      entry('contours.geojson', ['communes', 'population']),
      entry('pop.csv', ['population']),
    ];
    expect(names(pruneKeptImports(list).kept)).toEqual(['contours.geojson', 'pop.csv']);
  });

  it('keeps an earlier import that a later one may have read (CPTS placed on its contours)', () => {
    const list = [
      entry('contours-a.geojson', ['communes']),
      entry('cpts.geojson', ['perimeters']),
      entry('contours-b.geojson', ['communes']),
    ];
    expect(names(pruneKeptImports(list).kept)).toEqual([
      'contours-a.geojson',
      'cpts.geojson',
      'contours-b.geojson',
    ]);
  });
});
