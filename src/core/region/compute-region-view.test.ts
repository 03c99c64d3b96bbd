import { describe, expect, it } from 'vitest';
import { buildTerritoryContext } from '../territory/analyse-territory';
import { cell, grid } from '../territory/test-grid';
import { computeRegionView } from './compute-region-view';

/*
 * The hand-computed case: a 3 × 3 grid of 1 km² communes (rows 0–2, columns 0–2).
 *
 *   row 0:  A 1000   | A+B 2000 | B 3000
 *   row 1:  A 1500   | —   500  | B 2500
 *   row 2:  C 4000   | C   ?    | C 1200      (? = population inconnue)
 *
 * CPTS A = 96000, 96001, 96100; CPTS B = 96001, 96002, 96102; CPTS C = 96200, 96201, 96202 and
 * 96999 (not loaded). White zone: 96101 alone.
 */
const population: Record<string, number | null> = {
  [cell(0, 0)]: 1000,
  [cell(0, 1)]: 2000,
  [cell(0, 2)]: 3000,
  [cell(1, 0)]: 1500,
  [cell(1, 1)]: 500,
  [cell(1, 2)]: 2500,
  [cell(2, 0)]: 4000,
  [cell(2, 1)]: null,
  [cell(2, 2)]: 1200,
};
const { communes, geometries } = grid(3);
for (const c of communes) c.population = population[c.code] ?? null;
const member = (perimeterName: string, codes: string[]) =>
  codes.map((communeCode) => ({ perimeterName, communeCode }));
const perimeters = [
  ...member('CPTS A', [cell(0, 0), cell(0, 1), cell(1, 0)]),
  ...member('CPTS B', [cell(0, 1), cell(0, 2), cell(1, 2)]),
  ...member('CPTS C', [cell(2, 0), cell(2, 1), cell(2, 2), '96999']),
];
const ctx = buildTerritoryContext(
  { communes, activities: [], establishments: [], perimeters },
  geometries,
);
const { view, outlines } = computeRegionView(ctx, {
  flowsOf: null,
  accessOf: null,
  perimeterFile: 'cpts.csv',
});
const row = (name: string) => view.rows.find((r) => r.name === name)!;

describe('computeRegionView — hand-computed case', () => {
  it('sums the population of each CPTS', () => {
    expect(row('CPTS A').population).toBe(1000 + 2000 + 1500);
    expect(row('CPTS B').population).toBe(2000 + 3000 + 2500);
    // 96201 has no population: counted apart, not as 0 inhabitants.
    expect(row('CPTS C').population).toBe(4000 + 1200);
    expect(row('CPTS C').communesWithoutPopulation).toBe(1);
    expect(row('CPTS A').densityKm2).toBeCloseTo(4500 / 3);
    expect(row('CPTS A').trancheSize).toBe(1);
    expect(row('CPTS A').pieces).toBe(1);
  });

  it('lists the overlap pair with its communes and population', () => {
    expect(view.pairs).toEqual([
      {
        a: 'CPTS A',
        b: 'CPTS B',
        communes: [cell(0, 1)],
        population: 2000,
        communesWithoutPopulation: 0,
      },
    ]);
    expect(view.multiCovered.map((m) => [m.code, m.cpts])).toEqual([
      [cell(0, 1), ['CPTS A', 'CPTS B']],
    ]);
    expect(row('CPTS A').overlapsWith).toEqual(['CPTS B']);
    expect(row('CPTS A').sharedPopulation).toBe(2000);
    expect(row('CPTS C').overlapsWith).toEqual([]);
  });

  it('counts coverage 0 / 1 / 2+ adding up to the loaded population', () => {
    const c = view.coverage!;
    expect(c.none).toEqual({ communes: 1, population: 500, communesWithoutPopulation: 0 });
    expect(c.twoOrMore).toEqual({ communes: 1, population: 2000, communesWithoutPopulation: 0 });
    expect(c.one).toEqual({
      communes: 7,
      population: 1000 + 3000 + 1500 + 2500 + 4000 + 1200,
      communesWithoutPopulation: 1,
    });
    expect(c.one.population).toBe(13200);
    expect(c.totalPopulation).toBe(15700);
    expect(c.none.population! + c.one.population! + c.twoOrMore.population!).toBe(15700);
    expect(c.totalCommunes).toBe(9);
    expect(c.countByCode[cell(0, 1)]).toBe(2);
    expect(c.countByCode[cell(1, 1)]).toBe(0);
  });

  it('groups the white zone with its EPCI and the CPTS around it', () => {
    expect(view.whiteZones).toEqual([
      {
        id: 'Zone blanche 1',
        communes: [{ code: cell(1, 1), name: 'Commune 1-1', population: 500 }],
        population: 500,
        communesWithoutPopulation: 0,
        epcis: [{ code: '200096001', name: 'CC Nord', communes: 1 }],
        adjacentCpts: [
          { name: 'CPTS A', contactCommunes: 1 },
          { name: 'CPTS B', contactCommunes: 1 },
          { name: 'CPTS C', contactCommunes: 1 },
        ],
      },
    ]);
  });

  it('reports the commune listed but not loaded, and keeps it out of the totals', () => {
    expect(row('CPTS C').unknownCodes).toEqual(['96999']);
    expect(view.issues).toHaveLength(1);
    expect(view.issues[0]).toMatchObject({
      code: 'region-unknown-commune',
      file: 'cpts.csv',
      column: 'Code INSEE',
    });
    expect(view.issues[0]!.message).toContain('96999');
  });

  it('says « non chargé » (null) for the layers that are not loaded', () => {
    expect(row('CPTS A').professions).toBeNull();
    expect(row('CPTS A').establishmentCount).toBeNull();
    expect(row('CPTS A').autarcie).toBeNull();
    expect(row('CPTS A').accessScore).toBeNull();
    expect(outlines.map((o) => o.properties.name)).toEqual(['CPTS A', 'CPTS B', 'CPTS C']);
  });
});

describe('computeRegionView — without CPTS', () => {
  it('gives no coverage and no white zones rather than « everything is white »', () => {
    const bare = buildTerritoryContext(
      { communes, activities: [], establishments: [], perimeters: [] },
      geometries,
    );
    const r = computeRegionView(bare, { flowsOf: null, accessOf: null, perimeterFile: '' }).view;
    expect(r.rows).toEqual([]);
    expect(r.coverage).toBeNull();
    expect(r.whiteZones).toBeNull();
  });
});

describe('computeRegionView — a CPTS with no loaded commune', () => {
  it('is reported as an error naming the file and the fix', () => {
    const withEmpty = buildTerritoryContext(
      {
        communes,
        activities: [],
        establishments: [],
        perimeters: [...perimeters, ...member('CPTS Fantôme', ['97001'])],
      },
      geometries,
    );
    const r = computeRegionView(withEmpty, {
      flowsOf: null,
      accessOf: null,
      perimeterFile: 'cpts.csv',
    }).view;
    const issue = r.issues.find((i) => i.code === 'region-empty-cpts');
    expect(issue?.message).toContain('CPTS Fantôme');
    expect(issue?.message).toContain('Chargez les contours');
    expect(r.rows.find((x) => x.name === 'CPTS Fantôme')?.population).toBeNull();
  });
});
