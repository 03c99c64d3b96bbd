/**
 * Types of the regional view (« Vue ARS »): every loaded CPTS at once — one row per CPTS,
 * overlapping pairs, coverage 0 / 1 / 2+ CPTS, white zones grouped into contiguous areas and
 * input problems. Null always means « non chargé » (the layer is not loaded), never 0.
 */
import type { DataIssue } from '../types';
import type { PopulationSource, TerritoryLayers } from '../territory/territory-base';
import type { TerritoryProfessionKey } from '../territory/profession-groups';

/** Professionals of one group in a CPTS, against its main département. */
export interface RegionProfession {
  key: TerritoryProfessionKey;
  label: string;
  /** Distinct people. */
  people: number;
  /** Per 10,000 inhabitants; null without population. */
  per10k: number | null;
  /** Same density in the main département of the CPTS (loaded communes). */
  depPer10k: number | null;
}

/** One CPTS of the regional table. */
export interface RegionCptsRow {
  name: string;
  /** Loaded communes of the CPTS (codes, sorted). */
  codes: string[];
  communeCount: number;
  /** Codes listed for the CPTS that are not among the loaded communes (reported as issues). */
  unknownCodes: string[];
  /** Population municipale; null when no commune of the CPTS has one. */
  population: number | null;
  /** « INSEE 2021 », « population des contours, année inconnue »… (`describePopulationVintage`). */
  populationVintage: string;
  /** Communes of the CPTS without population (population inconnue, not 0). */
  communesWithoutPopulation: number;
  areaKm2: number;
  densityKm2: number | null;
  /** ACI tranche (1–4) and its label; null without population. */
  trancheSize: number | null;
  trancheLabel: string | null;
  /** Warning when within 3 % of an ACI threshold; null otherwise. */
  trancheWarning: string | null;
  /** Share of inhabitants aged 75+ (0–1); null when ages are not loaded. */
  share75p: number | null;
  /** Null when the Annuaire Santé is not loaded. */
  professions: RegionProfession[] | null;
  /** FINESS establishments; null when no FINESS file is loaded. */
  establishmentCount: number | null;
  /** taux d'autarcie = LI of the territory (0–1); null without PMSI stays. */
  autarcie: number | null;
  /** taux d'attractivité (0–1); null without PMSI stays. */
  attractivite: number | null;
  /** Known stays of the residents (denominator of autarcie); null without PMSI stays. */
  residentStays: number | null;
  /** GP E2SFCA score weighted by standardised population; null without the Annuaire. */
  accessScore: number | null;
  /** Population of the communes under the threshold; null without the Annuaire. */
  populationBelowThreshold: number | null;
  shareBelowThreshold: number | null;
  /** Connected pieces (1 = contiguous), enclaves, holes of the dissolved outline. */
  pieces: number;
  enclaves: number;
  holes: number;
  /** Communes to fix: pieces but the largest, and enclaves. */
  offendingCommunes: string[];
  /** Other CPTS sharing at least one commune. */
  overlapsWith: string[];
  /** Population of the CPTS's communes also in another CPTS (0 when none; null without population). */
  sharedPopulation: number | null;
}

/** Two CPTS sharing communes. */
export interface OverlapPair {
  a: string;
  b: string;
  communes: string[];
  /** Population of the shared communes with a known population; null when none has one. */
  population: number | null;
  /** Shared communes without population (population inconnue). */
  communesWithoutPopulation: number;
}

/** A commune listed in two or more CPTS. */
export interface MultiCoveredCommune {
  code: string;
  name: string;
  population: number | null;
  cpts: string[];
}

/** One coverage class: communes, known population and communes of unknown population. */
export interface CoverageClass {
  communes: number;
  /** Known population of the class; null when every commune of the class has none. */
  population: number | null;
  /** Communes of the class without population: their inhabitants are « population inconnue ». */
  communesWithoutPopulation: number;
}

/** Coverage of the loaded communes by 0, 1 and 2+ CPTS; the classes add up to the totals. */
export interface RegionCoverage {
  none: CoverageClass;
  one: CoverageClass;
  twoOrMore: CoverageClass;
  /** All loaded communes, and their known population (= sum of the classes). */
  totalCommunes: number;
  /** Null when no loaded commune has a population. */
  totalPopulation: number | null;
  totalWithoutPopulation: number;
  /** Number of CPTS covering each loaded commune (0 = zone blanche). */
  countByCode: Record<string, number>;
}

/** A CPTS bordering a white-zone group, that could absorb it. */
export interface AdjacentCpts {
  name: string;
  /** Communes of the group touching the CPTS (shared border). */
  contactCommunes: number;
}

/** Contiguous communes covered by no CPTS. */
export interface WhiteZoneGroup {
  /** « Zone blanche 1 »… by population descending. */
  id: string;
  communes: { code: string; name: string; population: number | null }[];
  population: number | null;
  communesWithoutPopulation: number;
  /** EPCI of the communes (name, code), by communes descending. */
  epcis: { code: string | null; name: string; communes: number }[];
  /** CPTS sharing a border with the group, most contacts first. */
  adjacentCpts: AdjacentCpts[];
}

/** Everything the « Vue ARS » shows and `perimetre region` prints. */
export interface RegionView {
  layers: TerritoryLayers;
  /** Census years and provenance of the loaded populations (sources of the exports). */
  populationYears: (number | null)[];
  populationSources: PopulationSource[];
  /** Whether PMSI stays and the GP access score entered the rows. */
  flowsLoaded: boolean;
  accessLoaded: boolean;
  rows: RegionCptsRow[];
  pairs: OverlapPair[];
  multiCovered: MultiCoveredCommune[];
  /** Null when no CPTS perimeter is loaded. */
  coverage: RegionCoverage | null;
  whiteZones: WhiteZoneGroup[] | null;
  issues: DataIssue[];
  elapsedMs: number;
}
