import type { CommuneFlow, Destination } from './flow-types';

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
  /** Share of the establishment's known stays coming from the territory (0–1), null if no stays. */
  shareOfActivity: number | null;
}

/** Flow indicators of a territory (DOMAIN.md 4.2). Rates are over known (unmasked) stays. */
export interface TerritoryFlows {
  communeCount: number;
  /** Known stays of the territory's residents, all establishments. */
  residentStays: number;
  /** Known stays of the residents in the territory's establishments. */
  internalStays: number;
  /** Known stays, all residences, in the territory's establishments. */
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
  /**
   * Masked cells (secret statistique, e.g. « 1 à 10 ») of the residents: counted apart, never as 0.
   * `cells` counts the source cells touching the territory; `weightedCells` is their allocated share;
   * `maxStays` an upper bound (10 stays per masked cell).
   */
  masked: { cells: number; weightedCells: number; maxStays: number };
  /** Stays to FINESS that match no loaded establishment (counted as outside the territory). */
  unplacedStays: number;
}

/**
 * Flow indicators of a territory T (a set of communes) from stays allocated to communes:
 * taux d'autarcie, de fuite, d'attractivité, top destinations, market share of each
 * establishment, masked cells. Formulas of DOMAIN.md 4.2, as used by ScanSanté / ATIH
 * (« taux de fuite », « taux d'attractivité ») and by the ARS diagnostics.
 *
 * @param flows stays by residence commune × FINESS (after the zone → commune allocation)
 * @param destinations where each FINESS is (`resolveDestinations`)
 * @param territory commune codes of T
 * @example
 * computeTerritoryFlows(flows, dest, ['96001', '96002']).fuite // 0.25
 */
export function computeTerritoryFlows(
  flows: readonly CommuneFlow[],
  destinations: ReadonlyMap<string, Destination>,
  territory: Iterable<string>,
): TerritoryFlows {
  const inT = new Set(territory);
  const located = (finess: string) => {
    const code = destinations.get(finess)?.communeCode;
    return code !== undefined && inT.has(code);
  };
  let residentStays = 0;
  let internalStays = 0;
  let establishmentStays = 0;
  let unplacedStays = 0;
  const masked = { cells: 0, weightedCells: 0, maxStays: 0 };
  const fromT = new Map<string, number>();
  const total = new Map<string, number>();
  for (const f of flows) {
    const resident = inT.has(f.commune);
    if (resident) {
      masked.cells += f.maskedCells;
      masked.weightedCells += f.maskedWeight;
    }
    if (f.stays === null) continue;
    total.set(f.finess, (total.get(f.finess) ?? 0) + f.stays);
    const inside = located(f.finess);
    if (inside) establishmentStays += f.stays;
    if (!resident) continue;
    residentStays += f.stays;
    if (inside) internalStays += f.stays;
    if (!destinations.has(f.finess)) unplacedStays += f.stays;
    fromT.set(f.finess, (fromT.get(f.finess) ?? 0) + f.stays);
  }
  masked.maxStays = masked.weightedCells * 10;
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
  return {
    communeCount: inT.size,
    residentStays,
    internalStays,
    establishmentStays,
    autarcie,
    fuite: autarcie === null ? null : 1 - autarcie,
    attractivite:
      establishmentStays > 0 ? (establishmentStays - internalStays) / establishmentStays : null,
    topDestinations: [...fromT.keys()].map(share).sort(byStays),
    marketShares: [...total.keys()].filter(located).map(share).sort(byStays),
    masked,
    unplacedStays,
  };
}
