import type { Destination, FlowInputs } from './flow-types';

/** Upper bound of a masked cell (secret statistique « 1 à 10 »). */
const MAX_STAYS_PER_MASKED_CELL = 10;

/** One establishment in the indicators of a territory. */
export interface EstablishmentShare {
  finess: string;
  name: string;
  communeCode: string | null;
  /** Whether the establishment is located in the territory. */
  inTerritory: boolean;
  /** Known stays of the territory's residents in this establishment. */
  stays: number;
  /** Share of the territory's residents' known stays (part de marché in the territory, 0–1). */
  share: number;
  /**
   * Share of the establishment's known stays (all residence zones, including zones not placed on
   * the map) coming from the territory (0–1), null if no stays.
   */
  shareOfActivity: number | null;
}

/**
 * Masked cells (secret statistique, « 1 à 10 ») entering the rates, counted apart and never as 0.
 * A cell is one masked row of the stays file (zone × FINESS [× year × field]).
 */
export interface MaskedCells {
  /** Distinct masked cells entering any rate (a cell of a resident zone to T's establishments counts once). */
  cells: number;
  /** Masked cells of the zones touching T (any establishment): they enter autarcie and fuite. */
  residentCells: number;
  /** Share of those cells allocated to T's communes (sum of the zone → commune weights). */
  residentWeightedCells: number;
  /** Upper bound of the residents' stays they hide: 10 stays × `residentWeightedCells`. */
  residentMaxStays: number;
  /** Masked cells of T's establishments (any residence zone, placed or not): they enter attractivité. */
  establishmentCells: number;
  /** Upper bound of the stays they hide: 10 stays × `establishmentCells`. */
  establishmentMaxStays: number;
}

/** Stays of T's establishments from residence zones tied to no loaded commune. */
export interface UnallocatedZoneStays {
  /** Known stays (non-resident by definition: the zone is not in T). */
  stays: number;
  /** Share of all known stays of T's establishments (0–1); null without stays there. */
  share: number | null;
  /** Masked cells of those zones in T's establishments (included in `establishmentCells`). */
  maskedCells: number;
  /** The zones, by known stays in T's establishments descending. */
  zones: { zone: string; stays: number; maskedCells: number }[];
}

/** Flow indicators of a territory (DOMAIN.md 4.2). Rates are over known (unmasked) stays. */
export interface TerritoryFlows {
  communeCount: number;
  /** Known stays of the territory's residents (allocated to T's communes), all establishments. */
  residentStays: number;
  /** Known stays of the residents in the territory's establishments. */
  internalStays: number;
  /** Known stays of all residences (including zones not placed on the map) in T's establishments. */
  establishmentStays: number;
  /** taux d'autarcie = internal / resident stays; null without resident stays. */
  autarcie: number | null;
  /** taux de fuite = 1 − autarcie. */
  fuite: number | null;
  /** taux d'attractivité = non-resident stays in T's establishments / all their stays. */
  attractivite: number | null;
  /** Destinations of the residents, by stays descending. */
  topDestinations: EstablishmentShare[];
  /** Establishments located in the territory, by stays of the residents descending. */
  marketShares: EstablishmentShare[];
  masked: MaskedCells;
  /** Stays of T's residents to FINESS that match no loaded establishment (counted as outside T). */
  unplacedStays: number;
  /** Stays of T's establishments from zones not placed on the map (other départements, `99…`). */
  unallocatedZones: UnallocatedZoneStays;
}

/**
 * Flow indicators of a territory T (a set of communes): taux d'autarcie, de fuite,
 * d'attractivité, top destinations, market share of each establishment, masked cells. Formulas
 * of DOMAIN.md 4.2, as used by ScanSanté / ATIH (« taux de fuite », « taux d'attractivité ») and
 * by the ARS diagnostics:
 * - autarcie and fuite over the residents' stays allocated to T's communes (`communeFlows`);
 * - attractivité over EVERY stay of T's establishments as in the file (`zoneFlows`), including
 *   zones tied to no loaded commune (neighbouring départements, foreign `99…` codes), which are
 *   non-resident by definition; the residents' part is the allocated one (`internalStays`), since
 *   the allocation weights of a zone sum to 1;
 * - masked cells counted per rate (`MaskedCells`), bounded by 10 stays each, never as 0.
 *
 * @param inputs stays by commune (after the zone → commune allocation), by zone as in the file,
 *   and the allocation (its zones are the zones placed on the map)
 * @param destinations where each FINESS is (`resolveDestinations`)
 * @param territory commune codes of T
 * @example
 * computeTerritoryFlows(inputs, dest, ['96001', '96002']).attractivite // 0.51
 */
export function computeTerritoryFlows(
  inputs: Pick<FlowInputs, 'communeFlows' | 'zoneFlows' | 'allocation'>,
  destinations: ReadonlyMap<string, Destination>,
  territory: Iterable<string>,
): TerritoryFlows {
  const inT = new Set(territory);
  const located = (finess: string) => {
    const code = destinations.get(finess)?.communeCode;
    return code !== undefined && inT.has(code);
  };
  const residents = residentFlows(inputs.communeFlows, inT, destinations);
  const placed = new Set(inputs.allocation.map((a) => a.zone));
  const touching = new Set(
    inputs.allocation.filter((a) => a.weight > 0 && inT.has(a.commune)).map((a) => a.zone),
  );
  let establishmentStays = 0;
  const masked = { cells: 0, residentCells: 0, establishmentCells: 0 };
  const unallocated = new Map<string, { stays: number; maskedCells: number }>();
  const total = new Map<string, number>();
  for (const f of inputs.zoneFlows) {
    const inside = located(f.finess);
    const resident = touching.has(f.zone);
    if (resident) masked.residentCells += f.maskedCells;
    if (inside) masked.establishmentCells += f.maskedCells;
    if (resident || inside) masked.cells += f.maskedCells;
    if (f.stays !== null) total.set(f.finess, (total.get(f.finess) ?? 0) + f.stays);
    if (!inside) continue;
    establishmentStays += f.stays ?? 0;
    if (placed.has(f.zone)) continue;
    const z = unallocated.get(f.zone) ?? { stays: 0, maskedCells: 0 };
    z.stays += f.stays ?? 0;
    z.maskedCells += f.maskedCells;
    unallocated.set(f.zone, z);
  }
  const { residentStays, internalStays, fromT } = residents;
  const share = (finess: string): EstablishmentShare => {
    const stays = fromT.get(finess) ?? 0;
    const all = total.get(finess) ?? 0;
    const d = destinations.get(finess);
    return {
      finess,
      name: d?.name ?? `FINESS ${finess} (établissement non chargé)`,
      communeCode: d?.communeCode ?? null,
      inTerritory: located(finess),
      stays,
      share: residentStays > 0 ? stays / residentStays : 0,
      shareOfActivity: all > 0 ? stays / all : null,
    };
  };
  const byStays = (a: EstablishmentShare, b: EstablishmentShare) =>
    b.stays - a.stays || (a.finess < b.finess ? -1 : 1);
  const autarcie = residentStays > 0 ? internalStays / residentStays : null;
  const zones = [...unallocated]
    .map(([zone, z]) => ({ zone, ...z }))
    .sort((a, b) => b.stays - a.stays || (a.zone < b.zone ? -1 : 1));
  const unallocatedStays = zones.reduce((s, z) => s + z.stays, 0);
  return {
    communeCount: inT.size,
    residentStays,
    internalStays,
    establishmentStays,
    autarcie,
    fuite: autarcie === null ? null : 1 - autarcie,
    // The resident part is fractional (allocated): a rounding residue must not go below 0.
    attractivite:
      establishmentStays > 0
        ? Math.max(0, establishmentStays - internalStays) / establishmentStays
        : null,
    topDestinations: [...fromT.keys()].map(share).sort(byStays),
    marketShares: [...total.keys()].filter(located).map(share).sort(byStays),
    masked: {
      ...masked,
      residentWeightedCells: residents.maskedWeight,
      residentMaxStays: residents.maskedWeight * MAX_STAYS_PER_MASKED_CELL,
      establishmentMaxStays: masked.establishmentCells * MAX_STAYS_PER_MASKED_CELL,
    },
    unplacedStays: residents.unplacedStays,
    unallocatedZones: {
      stays: unallocatedStays,
      share: establishmentStays > 0 ? unallocatedStays / establishmentStays : null,
      maskedCells: zones.reduce((s, z) => s + z.maskedCells, 0),
      zones,
    },
  };
}

/** The residents' allocated stays: totals, by FINESS, and their masked share. */
function residentFlows(
  flows: FlowInputs['communeFlows'],
  inT: ReadonlySet<string>,
  destinations: ReadonlyMap<string, Destination>,
) {
  let residentStays = 0;
  let internalStays = 0;
  let unplacedStays = 0;
  let maskedWeight = 0;
  const fromT = new Map<string, number>();
  for (const f of flows) {
    if (!inT.has(f.commune)) continue;
    maskedWeight += f.maskedWeight;
    if (f.stays === null) continue;
    residentStays += f.stays;
    const code = destinations.get(f.finess)?.communeCode;
    if (code === undefined) unplacedStays += f.stays;
    else if (inT.has(code)) internalStays += f.stays;
    fromT.set(f.finess, (fromT.get(f.finess) ?? 0) + f.stays);
  }
  return { residentStays, internalStays, unplacedStays, maskedWeight, fromT };
}
