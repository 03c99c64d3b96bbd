import { computeAciTranche, type AciTrancheResult } from './aci-tranche';
import { TERRITORY_PROFESSIONS, type TerritoryProfessionKey } from './profession-groups';
import { countDistinctPeople, type TerritoryBase } from './territory-base';

/** Professionals of one group in the territory, with densities against the references. */
export interface ProfessionIndicator {
  key: TerritoryProfessionKey;
  label: string;
  /** Distinct people (Identification nationale PP) practising in at least one commune. */
  people: number;
  per10k: number | null;
  /** Same density for the main département of the territory (its loaded communes). */
  depPer10k: number | null;
  /** Same density for all loaded communes. */
  allPer10k: number | null;
}

/** The indicators of a territory (DOMAIN.md 4.1). */
export interface TerritoryIndicators {
  communeCount: number;
  /** Codes asked for that are not loaded (reported, not silently dropped). */
  unknownCodes: string[];
  /** Population municipale, sum over communes with a population. */
  population: number;
  /** INSEE vintages of the populations summed (normally one). */
  populationYears: number[];
  communesWithoutPopulation: string[];
  areaKm2: number;
  densityKm2: number | null;
  /** Age shares (0–1) weighted by population, over communes with an age structure; null if none. */
  ages: { share0014: number; share60p: number; share75p: number; coveredPopulation: number } | null;
  /** Département with most of the territory's population (reference of `depPer10k`). */
  referenceDep: string | null;
  professions: ProfessionIndicator[];
  establishments: { categoryCode: string; categoryLabel: string; count: number }[];
  establishmentCount: number;
  /** Communes with no GP practising there, and the share of the population living in them. */
  noGp: { communes: string[]; population: number; share: number | null };
  tranche: AciTrancheResult;
}

const referenceCache = new WeakMap<TerritoryBase, Map<string, Record<string, number | null>>>();

/**
 * Indicators of the territory made of `codes` (DOMAIN.md 4.1): population municipale (with its
 * vintage), area, density, age shares 0–14 / 60+ / 75+ (population-weighted mean of the communes'
 * shares), professionals by profession counted as distinct PEOPLE with densities per 10,000
 * inhabitants against the main département and all loaded communes, establishments by FINESS
 * category (the file's own label), the share of the population living in a commune where no GP
 * practises, and the ACI tranche (`computeAciTranche`). Runs in O(activities of the territory).
 *
 * @example computeTerritoryIndicators(base, ['96001', '96002']).population; // => 4120
 */
export function computeTerritoryIndicators(
  base: TerritoryBase,
  codes: Iterable<string>,
): TerritoryIndicators {
  const indices: number[] = [];
  const unknownCodes: string[] = [];
  for (const code of new Set(codes)) {
    const i = base.indexByCode.get(code);
    if (i === undefined) unknownCodes.push(code);
    else indices.push(i);
  }
  let population = 0;
  let areaKm2 = 0;
  const years = new Set<number>();
  const withoutPopulation: string[] = [];
  const popByDep = new Map<string, number>();
  const age = { p: 0, a0014: 0, a60: 0, a75: 0 };
  for (const i of indices) {
    const c = base.communes[i]!;
    areaKm2 += c.areaKm2;
    if (c.population === null) {
      withoutPopulation.push(c.code);
      continue;
    }
    population += c.population;
    if (c.populationYear !== null) years.add(c.populationYear);
    popByDep.set(c.dep, (popByDep.get(c.dep) ?? 0) + c.population);
    if (c.share0014 !== null && c.share60p !== null && c.share75p !== null) {
      age.p += c.population;
      age.a0014 += c.share0014 * c.population;
      age.a60 += c.share60p * c.population;
      age.a75 += c.share75p * c.population;
    }
  }
  const referenceDep = [...popByDep].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const depRef = referenceDep
    ? reference(base, `dep:${referenceDep}`, (c) => c.dep === referenceDep)
    : null;
  const allRef = reference(base, 'all', () => true);
  const professions = TERRITORY_PROFESSIONS.map(({ key, label }) => {
    const people = countDistinctPeople(base, key, indices);
    return {
      key,
      label,
      people,
      per10k: per10k(people, population),
      depPer10k: depRef?.[key] ?? null,
      allPer10k: allRef[key] ?? null,
    };
  });
  const categories = new Map<
    string,
    { categoryCode: string; categoryLabel: string; count: number }
  >();
  let establishmentCount = 0;
  for (const i of indices) {
    for (const e of base.establishmentsByCommune[i] ?? []) {
      establishmentCount += 1;
      const entry = categories.get(e.categoryCode) ?? {
        categoryCode: e.categoryCode,
        categoryLabel: e.categoryLabel,
        count: 0,
      };
      entry.count += 1;
      categories.set(e.categoryCode, entry);
    }
  }
  const gpLists = base.peopleByGroup.gp;
  const noGpCommunes: string[] = [];
  let noGpPopulation = 0;
  for (const i of indices) {
    if ((gpLists[i]?.length ?? 0) > 0) continue;
    const c = base.communes[i]!;
    noGpCommunes.push(c.code);
    noGpPopulation += c.population ?? 0;
  }
  return {
    communeCount: indices.length,
    unknownCodes,
    population,
    populationYears: [...years].sort(),
    communesWithoutPopulation: withoutPopulation,
    areaKm2,
    densityKm2: areaKm2 > 0 ? population / areaKm2 : null,
    ages:
      age.p > 0
        ? {
            share0014: age.a0014 / age.p,
            share60p: age.a60 / age.p,
            share75p: age.a75 / age.p,
            coveredPopulation: age.p,
          }
        : null,
    referenceDep,
    professions,
    establishments: [...categories.values()].sort(
      (a, b) => b.count - a.count || a.categoryCode.localeCompare(b.categoryCode),
    ),
    establishmentCount,
    noGp: {
      communes: noGpCommunes.sort(),
      population: noGpPopulation,
      share: population > 0 ? noGpPopulation / population : null,
    },
    tranche: computeAciTranche(population),
  };
}

function per10k(people: number, population: number): number | null {
  return population > 0 ? (people * 10_000) / population : null;
}

/** Densities per 10,000 of a reference area (cached per base). */
function reference(
  base: TerritoryBase,
  key: string,
  keep: (c: TerritoryBase['communes'][number]) => boolean,
): Record<string, number | null> {
  let cache = referenceCache.get(base);
  if (!cache) referenceCache.set(base, (cache = new Map()));
  const cached = cache.get(key);
  if (cached) return cached;
  const indices: number[] = [];
  let population = 0;
  base.communes.forEach((c, i) => {
    if (!keep(c)) return;
    indices.push(i);
    population += c.population ?? 0;
  });
  const densities: Record<string, number | null> = {};
  for (const { key: group } of TERRITORY_PROFESSIONS) {
    densities[group] = per10k(countDistinctPeople(base, group, indices), population);
  }
  cache.set(key, densities);
  return densities;
}
