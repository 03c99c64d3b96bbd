/**
 * The figures of the dossier « Diagnostic territorial », gathered from the analyses the app shows
 * (territory indicators, PMSI flows, plurality basins, E2SFCA access) into one plain object. The
 * HTML (`renderDossierHtml`), the CLI's JSON and the tests all read this object, so the app and
 * the command line print the same figures. A section whose data are not loaded is null.
 */
import type { AccessAnalysis, AccessParameters } from '../access/analyse-access';
import { rollUpAccess, type AccessRollUp } from '../access/roll-up';
import {
  compareWithBasins,
  type BasinComparison,
  type ComparedBasin,
} from '../flows/compare-with-basins';
import type { TerritoryFlows } from '../flows/territory-flows';
import { withoutStartingPerimeter } from '../territory/starting-perimeter';
import type { TerritoryAnalysis } from '../territory/analyse-territory';
import {
  computeTerritoryIndicators,
  type TerritoryIndicators,
} from '../territory/compute-territory-indicators';
import type { TerritoryBase } from '../territory/territory-base';
import type { ExportMeta } from '../territory/to-territory-exports';

/** The flows part of the dossier (null in {@link DossierFigures} when no stays are loaded). */
export interface DossierFlows {
  territory: TerritoryFlows;
  basins: BasinComparison & {
    /** Median LI of all plurality basins of the loaded communes (the reference). */
    medianLi: number | null;
    basinCount: number;
  };
}

/** The access part (null when the Annuaire Santé is not loaded). */
export interface DossierAccess {
  profession: string;
  unit: string;
  threshold: number;
  territory: AccessRollUp;
  /** The same roll-up over every loaded commune (the reference of the deciles). */
  loadedSet: AccessRollUp;
  /** Score of each commune of the territory (the access map). */
  scoreByCode: Record<string, number>;
  parameters: AccessParameters;
  cutoffMinutes: number;
  travelSource: string;
  notes: string[];
}

/** One commune of the annex. */
export interface DossierCommune {
  code: string;
  name: string;
  dep: string;
  epciName: string | null;
  population: number | null;
}

/** Everything the dossier prints, as numbers and names (no HTML). */
export interface DossierFigures {
  meta: ExportMeta;
  analysis: TerritoryAnalysis;
  communes: DossierCommune[];
  epcis: { code: string; name: string; communeCount: number }[];
  departements: { code: string; communeCount: number; population: number | null }[];
  /** Indicators of the main département and of all loaded communes (comparisons). */
  reference: {
    dep: string | null;
    depIndicators: TerritoryIndicators | null;
    all: TerritoryIndicators;
  };
  flows: DossierFlows | null;
  access: DossierAccess | null;
}

/** The flows and access inputs, each null when its data are not loaded. */
export interface DossierAnalyses {
  flows: {
    territory: TerritoryFlows;
    basins: readonly ComparedBasin[];
    medianLi: number | null;
  } | null;
  access: {
    analysis: AccessAnalysis;
    profession: string;
    threshold: number;
    parameters: AccessParameters;
  } | null;
}

/**
 * Gathers the dossier's figures for the analysed territory `analysis` (DOMAIN.md section 1: the
 * population basin, the description of the territory, the access and pathway problems backed by
 * indicators; methods of sections 4.1–4.4).
 *
 * @example buildDossierFigures(ctx.base, analyseTerritory(ctx, codes), meta, { flows: null, access: null }).flows; // => null
 */
export function buildDossierFigures(
  base: TerritoryBase,
  analysis: TerritoryAnalysis,
  meta: ExportMeta,
  analyses: DossierAnalyses,
): DossierFigures {
  const rows = analysis.codes
    .map((code) => base.communes[base.indexByCode.get(code) ?? -1])
    .filter((c) => c !== undefined);
  const communes = rows.map((c) => ({
    code: c.code,
    name: c.name,
    dep: c.dep,
    epciName: c.epciName,
    population: c.population,
  }));
  const dep = analysis.indicators.referenceDep;
  const depCodes = dep ? base.communes.filter((c) => c.dep === dep).map((c) => c.code) : [];
  const populationOf = (code: string) =>
    base.communes[base.indexByCode.get(code) ?? -1]?.population ?? null;
  return {
    meta,
    analysis: withoutStartingPerimeter(analysis, meta.startedFrom ?? null),
    communes,
    epcis: countBy(rows, (c) => (c.epci ? `${c.epci}\u0000${c.epciName ?? c.epci}` : null)).map(
      ([key, n]) => {
        const [code, name] = key.split('\u0000') as [string, string];
        return { code, name, communeCount: n };
      },
    ),
    departements: countBy(rows, (c) => c.dep).map(([code, n]) => {
      const pops = rows.filter((c) => c.dep === code).map((c) => c.population);
      return {
        code,
        communeCount: n,
        population: pops.every((p) => p === null)
          ? null
          : pops.reduce<number>((s, p) => s + (p ?? 0), 0),
      };
    }),
    reference: {
      dep,
      depIndicators: dep ? computeTerritoryIndicators(base, depCodes) : null,
      all: computeTerritoryIndicators(
        base,
        base.communes.map((c) => c.code),
      ),
    },
    flows: analyses.flows && {
      territory: analyses.flows.territory,
      basins: {
        ...compareWithBasins(analysis.codes, analyses.flows.basins, populationOf),
        medianLi: analyses.flows.medianLi,
        basinCount: analyses.flows.basins.length,
      },
    },
    access: analyses.access && accessFigures(analyses.access, new Set(analysis.codes)),
  };
}

function accessFigures(
  a: NonNullable<DossierAnalyses['access']>,
  members: ReadonlySet<string>,
): DossierAccess {
  const r = a.analysis;
  const scoreByCode: Record<string, number> = {};
  r.codes.forEach((code, i) => {
    if (members.has(code)) scoreByCode[code] = r.scores[i] as number;
  });
  return {
    profession: a.profession,
    unit: r.unit.label,
    threshold: a.threshold,
    territory: rollUpAccess(r, members, a.threshold),
    loadedSet: rollUpAccess(r, null, a.threshold),
    scoreByCode,
    parameters: a.parameters,
    cutoffMinutes: r.cutoffMinutes,
    travelSource: r.travelSource,
    notes: r.notes,
  };
}

/** Counts of a key over rows (null keys left out), most frequent first, then by key. */
function countBy<T>(rows: readonly T[], key: (row: T) => string | null): [string, number][] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const k = key(row);
    if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'fr'));
}
