import { computeAciTranche, type AciTrancheResult } from './aci-tranche';
import { TERRITORY_PROFESSIONS, type TerritoryProfessionKey } from './profession-groups';
import {
  countDistinctPeople,
  type PopulationSource,
  type TerritoryBase,
  type TerritoryLayers,
} from './territory-base';

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

/** The indicators of a territory (DOMAIN.md 4.1). Null = layer not loaded (« non chargé »). */
export interface TerritoryIndicators {
  communeCount: number;
  /** Codes asked for that are not loaded (reported, not silently dropped). */
  unknownCodes: string[];
  /** Population municipale, sum over communes with a population; null when none has one. */
  population: number | null;
  /**
   * Census years of the INSEE populations summed (normally one), ascending; null = an INSEE
   * population whose file carried no year (« année inconnue », last). A contour population adds
   * nothing here (see `populationSources`). Shown with `describePopulationVintage`.
   */
  populationYears: (number | null)[];
  /** Provenance of the populations summed: INSEE files and/or contour files (année inconnue). */
  populationSources: PopulationSource[];
  /** Communes whose population comes from the contour file. */
  communesWithContourPopulation: string[];
  communesWithoutPopulation: string[];
  areaKm2: number;
  densityKm2: number | null;
  /** Age shares (0–1) weighted by population, over communes with an age structure; null if none. */
  ages: { share0014: number; share60p: number; share75p: number; coveredPopulation: number } | null;
  /**
   * Census years of the age shares summed in `ages` (ascending, null = année inconnue last); they
   * may differ from `populationYears` when the ages were kept from an earlier file. Empty without
   * ages.
   */
  ageYears: (number | null)[];
  /** Département with most of the territory's population (reference of `depPer10k`). */
  referenceDep: string | null;
  /** Null when the Annuaire Santé is not loaded. */
  professions: ProfessionIndicator[] | null;
  /**
   * Establishments by FINESS category: by code, or by the file's label when it has no code (GISCO
   * hospitals); null when no FINESS file is loaded.
   */
  establishments: { categoryCode: string; categoryLabel: string; count: number }[] | null;
  establishmentCount: number | null;
  /**
   * Communes with no GP practising there, and the population living in them (null without
   * population) and its share; null when the Annuaire Santé is not loaded.
   */
  noGp: { communes: string[]; population: number | null; share: number | null } | null;
  /** Null when the population is not loaded (« population non chargée »). */
  tranche: AciTrancheResult | null;
  /** Which layers are loaded, so that a reader can say what to load. */
  layers: TerritoryLayers;
}

const referenceCache = new WeakMap<TerritoryBase, Map<string, Record<string, number | null>>>();

/**
 * Indicators of the territory made of `codes` (DOMAIN.md 4.1): population municipale (with its
 * vintage), area, density, age shares 0–14 / 60+ / 75+ (population-weighted mean of the communes'
 * shares), professionals by profession counted as distinct PEOPLE with densities per 10,000
 * inhabitants against the main département and all loaded communes, establishments by FINESS
 * category (its code, else its label when the file has no code; the file's own label), the share of the population living in a commune where no GP
 * practises, and the ACI tranche (`computeAciTranche`). Runs in O(activities of the territory).
 * Missing is not zero: what comes from a layer that is not loaded (`base.layers`) is null, and so
 * is the population (and the tranche) when no commune of the territory has one. A commune without
 * INSEE population counts with the population of its contour, flagged in `populationSources`.
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
  let withPopulation = 0;
  let areaKm2 = 0;
  const years = new Set<number | null>();
  const sources = new Set<PopulationSource>();
  const fromContours: string[] = [];
  const withoutPopulation: string[] = [];
  const popByDep = new Map<string, number>();
  const age = { p: 0, a0014: 0, a60: 0, a75: 0 };
  const ageYears = new Set<number | null>();
  for (const i of indices) {
    const c = base.communes[i]!;
    areaKm2 += c.areaKm2;
    if (c.population === null) {
      withoutPopulation.push(c.code);
      continue;
    }
    population += c.population;
    withPopulation += 1;
    const source = c.populationSource ?? 'insee';
    sources.add(source);
    if (source === 'contours') fromContours.push(c.code);
    if (source === 'insee') years.add(c.populationYear);
    popByDep.set(c.dep, (popByDep.get(c.dep) ?? 0) + c.population);
    if (c.share0014 !== null && c.share60p !== null && c.share75p !== null) {
      age.p += c.population;
      age.a0014 += c.share0014 * c.population;
      age.a60 += c.share60p * c.population;
      age.a75 += c.share75p * c.population;
      ageYears.add(c.ageYear ?? null);
    }
  }
  const referenceDep = [...popByDep].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const depRef = referenceDep
    ? reference(base, `dep:${referenceDep}`, (c) => c.dep === referenceDep)
    : null;
  const allRef = reference(base, 'all', () => true);
  const knownPopulation = withPopulation > 0 ? population : null;
  const professions = base.layers.professionals
    ? TERRITORY_PROFESSIONS.map(({ key, label }) => {
        const people = countDistinctPeople(base, key, indices);
        return {
          key,
          label,
          people,
          per10k: per10k(people, knownPopulation),
          depPer10k: depRef?.[key] ?? null,
          allPer10k: allRef[key] ?? null,
        };
      })
    : null;
  const categories = new Map<
    string,
    { categoryCode: string; categoryLabel: string; count: number }
  >();
  let establishmentCount = 0;
  for (const i of indices) {
    for (const e of base.establishmentsByCommune[i] ?? []) {
      establishmentCount += 1;
      // Files with labels only (GISCO hospitals: every code '') are grouped by label.
      const key = e.categoryCode === '' ? `label:${e.categoryLabel}` : `code:${e.categoryCode}`;
      const entry = categories.get(key) ?? {
        categoryCode: e.categoryCode,
        categoryLabel: e.categoryLabel,
        count: 0,
      };
      entry.count += 1;
      categories.set(key, entry);
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
  const hasEstablishments = base.layers.establishments;
  return {
    communeCount: indices.length,
    unknownCodes,
    population: knownPopulation,
    populationYears: [...years].sort(byYear),
    populationSources: [...sources].sort(),
    communesWithContourPopulation: fromContours.sort(),
    communesWithoutPopulation: withoutPopulation,
    areaKm2,
    densityKm2: knownPopulation !== null && areaKm2 > 0 ? knownPopulation / areaKm2 : null,
    ages:
      age.p > 0
        ? {
            share0014: age.a0014 / age.p,
            share60p: age.a60 / age.p,
            share75p: age.a75 / age.p,
            coveredPopulation: age.p,
          }
        : null,
    ageYears: [...ageYears].sort(byYear),
    referenceDep,
    professions,
    establishments: hasEstablishments
      ? [...categories.values()].sort(
          (a, b) =>
            b.count - a.count ||
            a.categoryCode.localeCompare(b.categoryCode) ||
            a.categoryLabel.localeCompare(b.categoryLabel),
        )
      : null,
    establishmentCount: hasEstablishments ? establishmentCount : null,
    noGp: base.layers.professionals
      ? {
          communes: noGpCommunes.sort(),
          population: knownPopulation === null ? null : noGpPopulation,
          share:
            knownPopulation !== null && knownPopulation > 0
              ? noGpPopulation / knownPopulation
              : null,
        }
      : null,
    tranche: knownPopulation === null ? null : computeAciTranche(knownPopulation),
    layers: base.layers,
  };
}

function per10k(people: number, population: number | null): number | null {
  return population !== null && population > 0 ? (people * 10_000) / population : null;
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

/** Ascending years, null (année inconnue) last. */
function byYear(a: number | null, b: number | null): number {
  return a === null ? 1 : b === null ? -1 : a - b;
}
