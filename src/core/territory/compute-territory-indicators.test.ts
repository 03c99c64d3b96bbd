import { describe, expect, it } from 'vitest';
import { computeTerritoryIndicators } from './compute-territory-indicators';
import { buildTerritoryBase, type TerritoryActivityInput } from './territory-base';
import { cell, grid } from './test-grid';

const { communes } = grid(3);
communes[0]!.population = 3000;
communes[0]!.share75p = 0.2;
communes[8]!.dep = '97'; // another département, for the reference density
const gp = (personId: string, communeCode: string): TerritoryActivityInput => ({
  personId,
  communeCode,
  professionCode: '10',
  isGp: true,
});
const activities: TerritoryActivityInput[] = [
  gp('P1', cell(0, 0)),
  gp('P1', cell(0, 1)), // the same GP in two communes
  gp('P2', cell(0, 1)),
  { personId: 'N1', communeCode: cell(0, 0), professionCode: '60', isGp: false },
  { personId: 'N1', communeCode: cell(2, 2), professionCode: '60', isGp: false },
  gp('P3', cell(2, 2)),
];
const establishments = [
  {
    finessEt: '960780001',
    communeCode: cell(0, 0),
    categoryCode: '355',
    categoryLabel: 'Centre Hospitalier (C.H.)',
  },
  {
    finessEt: '960780002',
    communeCode: cell(0, 1),
    categoryCode: '603',
    categoryLabel: 'Maison de santé (L.6223-3)',
  },
  {
    finessEt: '960780003',
    communeCode: cell(0, 1),
    categoryCode: '603',
    categoryLabel: 'Maison de santé (L.6223-3)',
  },
];
const base = buildTerritoryBase({ communes, activities, establishments, perimeters: [] });

describe('computeTerritoryIndicators', () => {
  it('sums population, area and density and states the vintage', () => {
    const ind = computeTerritoryIndicators(base, [cell(0, 0), cell(0, 1), cell(0, 2)]);
    expect(ind).toMatchObject({
      communeCount: 3,
      population: 5000,
      areaKm2: 3,
      populationYears: [2021],
    });
    expect(ind.densityKm2).toBeCloseTo(5000 / 3);
    expect(ind.tranche?.tranche.size).toBe(1);
    expect(ind.populationSources).toEqual(['insee']);
  });

  it('counts a professional practising in two communes of the territory once', () => {
    const ind = computeTerritoryIndicators(base, [cell(0, 0), cell(0, 1)]);
    const gps = ind.professions!.find((p) => p.key === 'gp')!;
    expect(gps.people).toBe(2); // P1 and P2, although P1 has two activities
    expect(gps.per10k).toBeCloseTo((2 * 10_000) / 4000);
    expect(ind.professions!.find((p) => p.key === 'doctors')!.people).toBe(2);
    expect(ind.professions!.find((p) => p.key === 'nurses')!.people).toBe(1);
  });

  it('gives reference densities for the main département and for all loaded communes', () => {
    const gps = computeTerritoryIndicators(base, [cell(0, 0)]).professions!.find(
      (p) => p.key === 'gp',
    )!;
    // Département 96: 8 communes, 10,000 inhabitants, GPs P1, P2 (P3 is in 97).
    expect(gps.depPer10k).toBeCloseTo(2);
    // All: 11,000 inhabitants, 3 GPs.
    expect(gps.allPer10k).toBeCloseTo((3 * 10_000) / 11_000);
  });

  it('weights age shares by population and counts establishments by category', () => {
    const ind = computeTerritoryIndicators(base, [cell(0, 0), cell(0, 1)]);
    expect(ind.ages?.share75p).toBeCloseTo((0.2 * 3000 + 0.1 * 1000) / 4000);
    expect(ind.establishments).toEqual([
      { categoryCode: '603', categoryLabel: 'Maison de santé (L.6223-3)', count: 2 },
      { categoryCode: '355', categoryLabel: 'Centre Hospitalier (C.H.)', count: 1 },
    ]);
  });

  it('groups establishments by label when the file has no category code (GISCO hospitals)', () => {
    const gisco = (finessEt: string, communeCode: string, categoryLabel: string) => ({
      finessEt,
      communeCode,
      categoryCode: '',
      categoryLabel,
    });
    const b = buildTerritoryBase({
      communes,
      activities,
      establishments: [
        gisco('10000024', cell(0, 0), 'Centre Hospitalier (C.H.)'),
        gisco('10000032', cell(0, 1), 'Centre Hospitalier (C.H.)'),
        gisco('10000040', cell(0, 1), 'Centre Hospitalier Régional (C.H.R.)'),
        establishments[0]!, // a FINESS row with its code 355 stays grouped by code
      ],
      perimeters: [],
    });
    const ind = computeTerritoryIndicators(b, [cell(0, 0), cell(0, 1)]);
    expect(ind.establishments).toEqual([
      { categoryCode: '', categoryLabel: 'Centre Hospitalier (C.H.)', count: 2 },
      { categoryCode: '', categoryLabel: 'Centre Hospitalier Régional (C.H.R.)', count: 1 },
      { categoryCode: '355', categoryLabel: 'Centre Hospitalier (C.H.)', count: 1 },
    ]);
    expect(ind.establishmentCount).toBe(4);
  });

  it('lists an unknown INSEE year as null, after the known ones', () => {
    const mixed = communes.map((c, i) => ({ ...c, populationYear: i === 1 ? null : 2021 }));
    const b = buildTerritoryBase({ communes: mixed, activities, establishments, perimeters: [] });
    expect(computeTerritoryIndicators(b, [cell(0, 1), cell(0, 0)]).populationYears).toEqual([
      2021,
      null,
    ]);
    expect(computeTerritoryIndicators(b, [cell(0, 1)])).toMatchObject({
      population: 1000,
      populationYears: [null],
      populationSources: ['insee'],
    });
  });

  it('gives the share of the population living in a commune without GP', () => {
    const ind = computeTerritoryIndicators(base, [cell(0, 0), cell(1, 0), cell(1, 1)]);
    expect(ind.noGp?.communes).toEqual([cell(1, 0), cell(1, 1)]);
    expect(ind.noGp?.share).toBeCloseTo(2000 / 5000);
  });

  it('reports unknown codes and communes without population instead of dropping them', () => {
    communes[4]!.population = null;
    const b = buildTerritoryBase({ communes, activities, establishments, perimeters: [] });
    const ind = computeTerritoryIndicators(b, [cell(1, 1), '96999']);
    expect(ind.unknownCodes).toEqual(['96999']);
    expect(ind.communesWithoutPopulation).toEqual([cell(1, 1)]);
    communes[4]!.population = 1000;
  });
});

describe('computeTerritoryIndicators: missing is not zero', () => {
  const codes = [cell(0, 0), cell(0, 1), cell(1, 0)];
  const loaded = {
    population: true,
    ages: true,
    contourPopulation: false,
    professionals: true,
    establishments: true,
    perimeters: false,
  };

  it('gives null professions and no-GP share when the Annuaire Santé is not loaded', () => {
    const b = buildTerritoryBase({
      communes,
      activities: [],
      establishments,
      perimeters: [],
      layers: { ...loaded, professionals: false },
    });
    const ind = computeTerritoryIndicators(b, codes);
    expect(ind.professions).toBeNull();
    expect(ind.noGp).toBeNull();
    expect(ind.population).toBe(5000);
  });

  it('gives null establishments when no FINESS file is loaded', () => {
    const b = buildTerritoryBase({
      communes,
      activities,
      establishments: [],
      perimeters: [],
      layers: { ...loaded, establishments: false },
    });
    const ind = computeTerritoryIndicators(b, codes);
    expect(ind.establishments).toBeNull();
    expect(ind.establishmentCount).toBeNull();
  });

  it('gives zero establishments (not null) when FINESS is loaded but none is in the territory', () => {
    const b = buildTerritoryBase({ communes, activities, establishments, perimeters: [] });
    const ind = computeTerritoryIndicators(b, [cell(2, 2)]);
    expect(ind.establishments).toEqual([]);
    expect(ind.establishmentCount).toBe(0);
  });

  it('gives a null population, density, per-10,000 densities and tranche without any population', () => {
    const bare = communes.map((c) => ({ ...c, population: null, populationYear: null }));
    const b = buildTerritoryBase({ communes: bare, activities, establishments, perimeters: [] });
    const ind = computeTerritoryIndicators(b, codes);
    expect(ind.population).toBeNull();
    expect(ind.densityKm2).toBeNull();
    expect(ind.tranche).toBeNull();
    expect(ind.layers.population).toBe(false);
    expect(ind.communesWithoutPopulation).toEqual(codes);
    const gps = ind.professions!.find((p) => p.key === 'gp')!;
    expect(gps).toMatchObject({ people: 2, per10k: null });
    expect(ind.noGp).toMatchObject({ communes: [cell(1, 0)], population: null, share: null });
  });

  it('sums contour populations when no INSEE file is loaded and says where they come from', () => {
    const fromContours = communes.map((c) => ({
      ...c,
      populationYear: null,
      populationSource: 'contours' as const,
    }));
    const b = buildTerritoryBase({
      communes: fromContours,
      activities,
      establishments,
      perimeters: [],
    });
    const ind = computeTerritoryIndicators(b, codes);
    expect(ind.population).toBe(5000);
    expect(ind.populationSources).toEqual(['contours']);
    expect(ind.populationYears).toEqual([]);
    expect(ind.communesWithContourPopulation).toEqual(codes);
    expect(ind.layers).toMatchObject({ population: false, contourPopulation: true });
    expect(ind.tranche?.tranche.size).toBe(1);
  });
});
