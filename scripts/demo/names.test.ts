import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeShared, sharedPath } from '../../test/support/shared-data';
import { buildCommuneNames, nameKey, routingLabel } from './names';
import { createRng } from './rng';
import { communesGeoJson } from './test-support';

const names = communesGeoJson().features.map((f) => f.properties.nom);

describe('commune names', () => {
  it('are unique and include the required fictitious names', () => {
    expect(new Set(names.map(nameKey)).size).toBe(names.length);
    for (const required of [
      'Bourg-Fictif',
      'Saint-Imaginaire-sur-Mer',
      "Val-d'Inventé",
      'Sainte-Élodie-la-Fictive',
    ])
      expect(names).toContain(required);
  });

  it('contain accents and apostrophes, and no separator characters', () => {
    expect(names.filter((n) => /[éèêëàâîïôûç]/i.test(n)).length).toBeGreaterThan(20);
    expect(names.some((n) => n.includes("'"))).toBe(true);
    for (const n of names) expect(n).not.toMatch(/[;|"\n]/);
  });

  it('are in alphabetical order of code, like the COG', () => {
    const byCode = [...communesGeoJson().features].sort((a, b) =>
      a.properties.code < b.properties.code ? -1 : 1,
    );
    const keys = byCode.map((f) => nameKey(f.properties.nom));
    expect(keys).toEqual([...keys].sort());
  });
});

// Reads ../shared/data (real communes), to make sure no name is a real one.
describeShared('demo commune names against the real communes', () => {
  it('are not names of real French communes', () => {
    const realNames = new Set(
      readFileSync(sharedPath('population', 'communes-france-cog2026.csv'), 'utf8')
        .split('\n')
        .slice(1)
        .map((line) => nameKey(line.split(',')[1] ?? '')),
    );
    expect(names.filter((n) => realNames.has(nameKey(n)))).toEqual([]);
  });
});

describe('name helpers', () => {
  it('build the same names from the same seed', () => {
    const a = buildCommuneNames(
      createRng(1, 'n'),
      [true, false, false],
      new Map([[1, 'Bourg-Fictif']]),
    );
    const b = buildCommuneNames(
      createRng(1, 'n'),
      [true, false, false],
      new Map([[1, 'Bourg-Fictif']]),
    );
    expect(a).toEqual(b);
    expect(a[1]).toBe('Bourg-Fictif');
  });

  it('make locale-independent keys and routing labels', () => {
    expect(nameKey('Sainte-Élodie')).toBe('sainte-elodie');
    expect(routingLabel("Val-d'Inventé")).toBe('VAL D INVENTE');
  });
});
