import type { Feature, MultiPolygon } from 'geojson';
import type { AccessRollUp } from '../access/roll-up';
import type { TerritoryFlows } from '../flows/territory-flows';
import { analyseTerritory, type TerritoryContext } from '../territory/analyse-territory';
import { computeTerritoryIndicators } from '../territory/compute-territory-indicators';
import { describePopulationVintage } from '../territory/population-vintage';
import { checkRegionPerimeters } from './check-region-perimeters';
import { computeOverlapPairs } from './compute-overlap-pairs';
import { computeRegionCoverage } from './compute-region-coverage';
import { groupWhiteZones } from './group-white-zones';
import type { RegionCptsRow, RegionView } from './region-types';

/** What the regional view reads beyond the territory context; null = layer not loaded. */
export interface RegionExtras {
  /** Flow indicators of a set of communes (`computeTerritoryFlows`); null without PMSI stays. */
  flowsOf: ((codes: readonly string[]) => TerritoryFlows) | null;
  /** GP access roll-up of a set of communes (`rollUpAccess`); null without the Annuaire. */
  accessOf: ((codes: readonly string[]) => AccessRollUp) | null;
  /** The CPTS file(s) as the user knows them, for the issues. */
  perimeterFile: string;
}

/** The view and, for the map, the dissolved outline of each CPTS (WGS84). */
export interface RegionResult {
  view: RegionView;
  outlines: Feature<MultiPolygon, { name: string }>[];
}

/**
 * The « Vue ARS » of every loaded CPTS: one row per CPTS from the workbench's own analysis
 * (`analyseTerritory`: indicators, ACI tranche, contiguity, outline; DOMAIN.md 4.1), flows
 * (autarcie = LI, attractivité; DOMAIN.md 4.2) and GP access (E2SFCA, Luo & Qi 2009; DOMAIN.md
 * 4.4) when loaded; overlapping pairs (`computeOverlapPairs`), coverage 0 / 1 / 2+
 * (`computeRegionCoverage`), white zones grouped into contiguous areas (`groupWhiteZones`) and
 * perimeter problems (`checkRegionPerimeters`). Missing is not zero: what a layer not loaded
 * would give is null.
 *
 * @example computeRegionView(ctx, { flowsOf: null, accessOf: null, perimeterFile: 'cpts.csv' }).view.rows[0].population; // => 41250
 */
export function computeRegionView(ctx: TerritoryContext, extras: RegionExtras): RegionResult {
  const start = performance.now();
  const { base, adjacency } = ctx;
  const isLoaded = (code: string) => base.indexByCode.has(code);
  const commune = (code: string) => base.communes[base.indexByCode.get(code) ?? -1];
  const populationOf = (code: string) => commune(code)?.population ?? null;
  const loadedPerimeters = new Map<string, string[]>();
  for (const [code, names] of base.perimetersByCode)
    if (isLoaded(code)) loadedPerimeters.set(code, names);
  const { pairs, multiCovered } = computeOverlapPairs(
    loadedPerimeters,
    populationOf,
    (code) => commune(code)?.name ?? code,
  );
  const shared = new Set(multiCovered.map((m) => m.code));
  const outlines: RegionResult['outlines'] = [];
  const rows: RegionCptsRow[] = [];
  for (const [name, members] of [...base.membersByPerimeter].sort(([a], [b]) =>
    a.localeCompare(b, 'fr'),
  )) {
    const analysis = analyseTerritory(ctx, members);
    const i = analysis.indicators;
    const codes = analysis.codes.filter(isLoaded);
    if (analysis.outline) outlines.push({ ...analysis.outline, properties: { name } });
    const flows = extras.flowsOf && codes.length > 0 ? extras.flowsOf(codes) : null;
    const access = extras.accessOf && codes.length > 0 ? extras.accessOf(codes) : null;
    const sharedCodes = codes.filter((c) => shared.has(c));
    rows.push({
      name,
      codes,
      communeCount: i.communeCount,
      unknownCodes: i.unknownCodes,
      population: i.population,
      populationVintage: describePopulationVintage(i),
      communesWithoutPopulation: i.communesWithoutPopulation.length,
      areaKm2: i.areaKm2,
      densityKm2: i.densityKm2,
      trancheSize: i.tranche?.tranche.size ?? null,
      trancheLabel: i.tranche?.tranche.label ?? null,
      trancheWarning: i.tranche?.warning?.message ?? null,
      share75p: i.ages?.share75p ?? null,
      professions:
        i.professions?.map((p) => ({
          key: p.key,
          label: p.label,
          people: p.people,
          per10k: p.per10k,
          depPer10k: p.depPer10k,
        })) ?? null,
      establishmentCount: i.establishmentCount,
      autarcie: flows?.autarcie ?? null,
      attractivite: flows?.attractivite ?? null,
      residentStays: flows ? flows.residentStays : null,
      accessScore: access?.weightedScore ?? null,
      populationBelowThreshold: access ? access.populationBelow : null,
      shareBelowThreshold: access?.shareBelow ?? null,
      pieces: analysis.contiguity.pieces.length,
      enclaves: analysis.contiguity.enclaves.length,
      holes: analysis.contiguity.holes,
      offendingCommunes: analysis.contiguity.offending,
      overlapsWith: (analysis.overlaps ?? []).map((o) => o.name).filter((n) => n !== name),
      sharedPopulation:
        i.population === null ? null : sharedCodes.reduce((s, c) => s + (populationOf(c) ?? 0), 0),
    });
  }
  const perimetersLoaded = base.layers.perimeters;
  const perimetersOf = (code: string) => loadedPerimeters.get(code) ?? [];
  const whole = computeTerritoryIndicators(base, base.indexByCode.keys());
  const view: RegionView = {
    layers: base.layers,
    populationYears: whole.populationYears,
    populationSources: whole.populationSources,
    flowsLoaded: extras.flowsOf !== null,
    accessLoaded: extras.accessOf !== null,
    rows,
    pairs,
    multiCovered,
    coverage: perimetersLoaded
      ? computeRegionCoverage(
          base.communes.map((c) => c.code),
          (code) => perimetersOf(code).length,
          populationOf,
        )
      : null,
    whiteZones: perimetersLoaded
      ? groupWhiteZones(base.communes, (c) => adjacency.neighbours.get(c) ?? [], perimetersOf)
      : null,
    issues: checkRegionPerimeters(base.membersByPerimeter, isLoaded, extras.perimeterFile),
    elapsedMs: 0,
  };
  view.elapsedMs = performance.now() - start;
  return { view, outlines };
}
