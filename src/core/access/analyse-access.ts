/**
 * The whole access analysis for one profession: standardised demand, supply, travel times, E2SFCA
 * scores in a stated unit, and what-if changes of supply (DOMAIN.md section 4.4). Pure: the app
 * runs it in the analysis worker, the CLI and the tests call it directly.
 */
import type { AgeBand } from '../types';
import { standardisePopulation } from './age-weights';
import { computeE2sfca } from './compute-e2sfca';
import { checkDecay, cutoffMinutes } from './decay';
import { buildSupply, type SupplyMode, type SupplyResult } from './supply';
import {
  buildEstimatedPairs,
  buildMatrixPairs,
  type ReachPairs,
  type TravelEstimate,
} from './travel-time';
import type { AccessCommune, DecayStep, SupplyActivity, TravelTimeRecord } from './types';

/** Every parameter of the analysis (all visible and editable in the app). */
export interface AccessParameters {
  decay: DecayStep[];
  travel: TravelEstimate;
  /** Relative consumption by age band; null for the plain population. */
  ageWeights: Record<AgeBand, number> | null;
  supplyMode: SupplyMode;
  /** Professionals older than this are left out; null keeps everyone. */
  maxAge: number | null;
  /** Consultations per year of one unit of supply (one FTE or one professional); null: none. */
  consultationsPerUnit: number | null;
}

/** A what-if change of supply in one commune (« départ d'un médecin » = −1). */
export interface WhatIfChange {
  communeCode: string;
  /** Supply added (positive) or removed (negative), in supply units (people, FTE, consultations). */
  delta: number;
  label: string;
}

/** Input of {@link analyseAccess}. */
export interface AccessInput {
  communes: AccessCommune[];
  activities: SupplyActivity[];
  parameters: AccessParameters;
  /** A commune-to-commune matrix replacing the estimate; null or absent to estimate. */
  times?: TravelTimeRecord[] | null;
  changes?: WhatIfChange[];
}

/** The unit of the score. */
export interface AccessUnit {
  /** French unit written on the legend. */
  label: string;
  /** Score = A_i × factor. */
  factor: number;
  /** True when the score is in consultations per year (the « sous-densité » threshold applies). */
  consultations: boolean;
}

/** Output of {@link analyseAccess}; arrays in the order of `codes`. */
export interface AccessAnalysis {
  codes: string[];
  /** Score of each commune in `unit` (with the what-if changes when there are some). */
  scores: number[];
  /** Scores without the changes; equal to `scores` when there is no change. */
  baselineScores: number[];
  population: number[];
  standardisedPopulation: number[];
  /** Supply per commune after the changes. */
  supply: number[];
  unit: AccessUnit;
  ageStandardised: boolean;
  cutoffMinutes: number;
  travelSource: ReachPairs['source'];
  pairCount: number;
  supplyStats: Omit<SupplyResult, 'values'>;
  totalSupply: number;
  unservedSupply: number;
  /** French notes for the user (assumptions, data problems). */
  notes: string[];
}

/**
 * Runs the E2SFCA for one profession with the given parameters and what-if changes.
 *
 * @param input - Communes, activities of the profession, parameters, optional matrix and changes.
 * @param pairs - Pairs built earlier with the same communes, times and cut-off (what-if reuse).
 * @example
 * const r = analyseAccess({ communes, activities, parameters: DEFAULT_ACCESS_PARAMETERS });
 * r.unit.label; // 'consultations par an et par habitant standardisé'
 */
export function analyseAccess(input: AccessInput, pairs?: ReachPairs): AccessAnalysis {
  const { communes, parameters: p } = input;
  const problems = checkDecay(p.decay);
  if (problems.length) throw new RangeError(problems.join(' '));
  const notes: string[] = [];
  const codes = communes.map((c) => c.code);
  const cutoff = cutoffMinutes(p.decay);
  const reach = pairs ?? buildPairs(input, cutoff, notes);
  const std = standardisePopulation(
    communes,
    p.ageWeights ?? { '0014': 1, '1529': 1, '3044': 1, '4559': 1, '6074': 1, '75P': 1 },
  );
  const ageStandardised = p.ageWeights !== null && std.ageStandardised;
  if (!ageStandardised) {
    notes.push(
      p.ageWeights === null
        ? 'Demande = population municipale (standardisation par âge désactivée).'
        : 'Pas de tranches d’âge dans les données : demande = population municipale, non standardisée.',
    );
  } else if (std.withoutAges > 0) {
    notes.push(
      `${std.withoutAges} commune(s) sans tranches d’âge comptée(s) avec leur population brute.`,
    );
  }
  const supply = buildSupply(codes, input.activities, { mode: p.supplyMode, maxAge: p.maxAge });
  describeSupply(supply, p, notes);
  const unit = accessUnit(p, ageStandardised);
  const base = computeE2sfca(reach, std.values, supply.values, p.decay);
  let after = base;
  const changed = Float64Array.from(supply.values);
  if (input.changes?.length) {
    const indexOf = new Map(codes.map((c, i) => [c, i]));
    for (const change of input.changes) {
      const i = indexOf.get(change.communeCode);
      if (i === undefined) {
        notes.push(
          `Scénario « ${change.label} » : commune ${change.communeCode} inconnue, ignoré.`,
        );
        continue;
      }
      const v = (changed[i] as number) + change.delta;
      if (v < 0)
        notes.push(
          `Scénario « ${change.label} » : l’offre de ${change.communeCode} ne peut pas devenir négative ; ramenée à 0.`,
        );
      changed[i] = Math.max(0, v);
    }
    after = computeE2sfca(reach, std.values, changed, p.decay);
  }
  return {
    codes,
    scores: Array.from(after.scores, (a) => a * unit.factor),
    baselineScores: Array.from(base.scores, (a) => a * unit.factor),
    population: communes.map((c) => c.population),
    standardisedPopulation: Array.from(std.values),
    supply: Array.from(changed),
    unit,
    ageStandardised,
    cutoffMinutes: cutoff,
    travelSource: reach.source,
    pairCount: reach.targets.length,
    supplyStats: {
      people: supply.people,
      excludedByAge: supply.excludedByAge,
      unknownAge: supply.unknownAge,
      missingValue: supply.missingValue,
      outsideCommunes: supply.outsideCommunes,
    },
    totalSupply: changed.reduce((a, b) => a + b, 0),
    unservedSupply: after.unservedSupply,
    notes,
  };
}

/**
 * Pairs of the analysis: from the matrix when one is given, else estimated.
 *
 * @example buildAccessPairs(input, 20, []).source; // 'estimate'
 */
export function buildAccessPairs(input: AccessInput, cutoff: number, notes: string[]): ReachPairs {
  return buildPairs(input, cutoff, notes);
}

function buildPairs(input: AccessInput, cutoff: number, notes: string[]): ReachPairs {
  if (!input.times?.length) {
    const t = input.parameters.travel;
    notes.push(
      `Temps de trajet estimés : distance à vol d’oiseau entre centroïdes × ${fr(t.detourFactor)} (détour) à ${fr(t.speedKmh)} km/h.`,
    );
    return buildEstimatedPairs(input.communes, cutoff, t);
  }
  const m = buildMatrixPairs(input.communes, input.times, cutoff);
  notes.push(`Temps de trajet lus dans la matrice fournie (${input.times.length} couples).`);
  if (m.unknownCodes.length)
    notes.push(
      `${m.unknownCodes.length} code(s) de la matrice absents des communes chargées (ex. ${m.unknownCodes.slice(0, 3).join(', ')}) : couples ignorés.`,
    );
  if (m.communesWithoutTimes.length)
    notes.push(
      `${m.communesWithoutTimes.length} commune(s) absente(s) de la matrice (ex. ${m.communesWithoutTimes.slice(0, 3).join(', ')}) : elles n’atteignent que leur propre offre.`,
    );
  if (m.reversedPairs)
    notes.push(`${m.reversedPairs} couple(s) sans sens retour : temps supposé symétrique.`);
  return m;
}

/**
 * Unit of the score: consultations per year per (standardised) inhabitant when the supply is in
 * consultations or converted with `consultationsPerUnit`, else FTE or professionals per 100,000.
 *
 * @example accessUnit({ ...DEFAULT_ACCESS_PARAMETERS, consultationsPerUnit: null }, true).label;
 * // 'professionnels pour 100 000 habitants standardisés'
 */
export function accessUnit(p: AccessParameters, ageStandardised: boolean): AccessUnit {
  const inhabitants = ageStandardised ? 'habitant standardisé' : 'habitant';
  if (p.supplyMode === 'consultations')
    return { label: `consultations par an et par ${inhabitants}`, factor: 1, consultations: true };
  if (p.consultationsPerUnit !== null && p.consultationsPerUnit > 0)
    return {
      label: `consultations par an et par ${inhabitants}`,
      factor: p.consultationsPerUnit,
      consultations: true,
    };
  const what = p.supplyMode === 'fte' ? 'ETP' : 'professionnels';
  return {
    label: `${what} pour 100 000 ${ageStandardised ? 'habitants standardisés' : 'habitants'}`,
    factor: 100_000,
    consultations: false,
  };
}

function describeSupply(s: SupplyResult, p: AccessParameters, notes: string[]): void {
  notes.push(`${s.people} professionnel(s) (personnes distinctes) dans l’offre.`);
  if (p.maxAge !== null) {
    notes.push(`${s.excludedByAge} professionnel(s) de plus de ${p.maxAge} ans exclu(s).`);
    if (s.unknownAge)
      notes.push(
        `${s.unknownAge} professionnel(s) d’âge inconnu conservé(s) (pas d’âge dans le fichier).`,
      );
  }
  if (s.missingValue)
    notes.push(
      `${s.missingValue} activité(s) sans ${p.supplyMode === 'fte' ? 'ETP' : 'nombre de consultations'} : comptée(s) 0.`,
    );
  if (s.outsideCommunes)
    notes.push(
      `${s.outsideCommunes} activité(s) dans une commune sans contour chargé : non comptée(s).`,
    );
  if (p.supplyMode !== 'consultations' && p.consultationsPerUnit)
    notes.push(
      `Conversion : 1 ${p.supplyMode === 'fte' ? 'ETP' : 'professionnel'} = ${fr(p.consultationsPerUnit)} consultations par an.`,
    );
}

function fr(v: number): string {
  return new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 }).format(v);
}
