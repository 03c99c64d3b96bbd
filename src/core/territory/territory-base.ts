import type { PerimeterMember } from '../types';
import {
  professionGroupsOf,
  TERRITORY_PROFESSIONS,
  type TerritoryProfessionKey,
} from './profession-groups';

/** Where a commune's population comes from: an INSEE file, or the contour file's own property. */
export type PopulationSource = 'insee' | 'contours';

/**
 * Which layers are loaded (from DuckDB row counts, see `queryTerritoryInput`). A layer that is not
 * loaded gives null indicators (« non chargé »), never 0.
 */
export interface TerritoryLayers {
  /** INSEE population rows (table `population`). */
  population: boolean;
  /** INSEE rows with the six age bands. */
  ages: boolean;
  /** Populations carried by the contour file (fallback for communes without INSEE population). */
  contourPopulation: boolean;
  /** Annuaire Santé activities. */
  professionals: boolean;
  /** FINESS establishments. */
  establishments: boolean;
  /** CPTS perimeters. */
  perimeters: boolean;
}

/** One loaded commune with what the territory indicators need. */
export interface TerritoryCommuneInput {
  code: string;
  name: string;
  dep: string;
  epci: string | null;
  epciName: string | null;
  /** Population municipale of the latest vintage, null when unknown. */
  population: number | null;
  /** INSEE vintage; null for a contour population (année inconnue) or no population. */
  populationYear: number | null;
  /** Provenance of `population` (absent: `'insee'` when there is a population). */
  populationSource?: PopulationSource | null;
  areaKm2: number;
  share0014: number | null;
  share60p: number | null;
  share75p: number | null;
  /**
   * Census year of the age shares (their own vintage: a population file without ages keeps the
   * earlier age structure, `keep-earlier-ages`); null when unknown or without ages.
   */
  ageYear?: number | null;
  centroidLon: number | null;
  centroidLat: number | null;
}

/** A distinct (person, commune, profession) activity. */
export interface TerritoryActivityInput {
  personId: string;
  communeCode: string;
  professionCode: string;
  isGp: boolean;
}

export interface TerritoryEstablishmentInput {
  finessEt: string;
  communeCode: string;
  categoryCode: string;
  categoryLabel: string;
}

/** Everything the territory analyses read, as plain structured-cloneable data. */
export interface TerritoryInput {
  communes: TerritoryCommuneInput[];
  activities: TerritoryActivityInput[];
  establishments: TerritoryEstablishmentInput[];
  perimeters: PerimeterMember[];
  /**
   * Loaded layers, from DuckDB counts. Absent (inputs built by hand in tests and benchmarks):
   * inferred from the arrays by `layersOf` — an empty array then means « not loaded ».
   */
  layers?: TerritoryLayers;
}

/** Per-commune aggregates precomputed once, so that a territory is summed in a few ms. */
export interface TerritoryBase {
  communes: TerritoryCommuneInput[];
  indexByCode: Map<string, number>;
  /** Interned person ids count (size of the stamp array). */
  personCount: number;
  /** For each profession group, per commune index, the distinct person indices practising there. */
  peopleByGroup: Record<TerritoryProfessionKey, Int32Array[]>;
  /** Establishments (distinct FINESS ET) per commune index. */
  establishmentsByCommune: TerritoryEstablishmentInput[][];
  /** CPTS names of each commune code. */
  perimetersByCode: Map<string, string[]>;
  /** Commune codes of each CPTS. */
  membersByPerimeter: Map<string, Set<string>>;
  /** Loaded layers (`input.layers`, or inferred by `layersOf`). */
  layers: TerritoryLayers;
  /** Scratch array used to count distinct people without allocating (generation stamps). */
  stamp: Uint32Array;
  generation: { value: number };
}

/**
 * Precomputes per-commune aggregates for territory indicators: person ids interned to integers and
 * grouped per (profession group, commune), so that the distinct people of any set of communes are
 * counted with one pass over their activities and a stamp array (a person practising in two
 * communes of the territory counts once: RPPS rows are activities, not people, DOMAIN.md 2 and 3.3).
 *
 * @example const base = buildTerritoryBase(input); computeTerritoryIndicators(base, ['96001']);
 */
export function buildTerritoryBase(input: TerritoryInput): TerritoryBase {
  const indexByCode = new Map<string, number>();
  input.communes.forEach((c, i) => indexByCode.set(c.code, i));
  const personIndex = new Map<string, number>();
  const lists = Object.fromEntries(
    TERRITORY_PROFESSIONS.map((p) => [p.key, input.communes.map(() => new Set<number>())]),
  ) as Record<TerritoryProfessionKey, Set<number>[]>;
  for (const a of input.activities) {
    const commune = indexByCode.get(a.communeCode);
    if (commune === undefined) continue;
    let person = personIndex.get(a.personId);
    if (person === undefined) personIndex.set(a.personId, (person = personIndex.size));
    for (const group of professionGroupsOf(a.professionCode, a.isGp)) {
      lists[group][commune]?.add(person);
    }
  }
  const peopleByGroup = Object.fromEntries(
    Object.entries(lists).map(([key, sets]) => [key, sets.map((s) => Int32Array.from(s))]),
  ) as Record<TerritoryProfessionKey, Int32Array[]>;
  const establishmentsByCommune: TerritoryEstablishmentInput[][] = input.communes.map(() => []);
  const seen = new Set<string>();
  for (const e of input.establishments) {
    const commune = indexByCode.get(e.communeCode);
    if (commune === undefined || seen.has(e.finessEt)) continue;
    seen.add(e.finessEt);
    establishmentsByCommune[commune]?.push(e);
  }
  const perimetersByCode = new Map<string, string[]>();
  const membersByPerimeter = new Map<string, Set<string>>();
  for (const m of input.perimeters) {
    const names = perimetersByCode.get(m.communeCode) ?? [];
    if (!names.includes(m.perimeterName)) names.push(m.perimeterName);
    perimetersByCode.set(m.communeCode, names);
    const members = membersByPerimeter.get(m.perimeterName) ?? new Set<string>();
    members.add(m.communeCode);
    membersByPerimeter.set(m.perimeterName, members);
  }
  return {
    communes: input.communes,
    layers: layersOf(input),
    indexByCode,
    personCount: personIndex.size,
    peopleByGroup,
    establishmentsByCommune,
    perimetersByCode,
    membersByPerimeter,
    stamp: new Uint32Array(personIndex.size),
    generation: { value: 0 },
  };
}

/**
 * Loaded layers of a territory input: `input.layers` when set (read from DuckDB counts), else
 * inferred from the input itself — a non-empty array, a commune with a population of that source,
 * a commune with age shares.
 *
 * @example layersOf({ communes, activities: [], establishments: [], perimeters: [] }).professionals; // => false
 */
export function layersOf(input: TerritoryInput): TerritoryLayers {
  if (input.layers) return input.layers;
  const sourceOf = (c: TerritoryCommuneInput) =>
    c.population === null ? null : (c.populationSource ?? 'insee');
  return {
    population: input.communes.some((c) => sourceOf(c) === 'insee'),
    ages: input.communes.some((c) => c.share0014 !== null),
    contourPopulation: input.communes.some((c) => sourceOf(c) === 'contours'),
    professionals: input.activities.length > 0,
    establishments: input.establishments.length > 0,
    perimeters: input.perimeters.length > 0,
  };
}

/**
 * Number of distinct people of a group over a set of commune indices (stamp-array dedup).
 *
 * @example countDistinctPeople(base, 'gp', [0, 3]); // => 4
 */
export function countDistinctPeople(
  base: TerritoryBase,
  group: TerritoryProfessionKey,
  communeIndices: readonly number[],
): number {
  if (base.generation.value >= 0xfffffffe) {
    base.stamp.fill(0);
    base.generation.value = 0;
  }
  const generation = ++base.generation.value;
  const lists = base.peopleByGroup[group];
  let count = 0;
  for (const i of communeIndices) {
    const people = lists[i];
    if (!people) continue;
    for (const p of people) {
      if (base.stamp[p] !== generation) {
        base.stamp[p] = generation;
        count += 1;
      }
    }
  }
  return count;
}
