/**
 * Types of the patient-flow analyses (DOMAIN.md 4.2–4.3). Stays come by PMSI residence zone ×
 * FINESS; they are allocated to communes pro rata of population (`buildCommuneStaysSql`) before
 * any commune-level analysis, and the FINESS reported by the PMSI (EJ for ex-DGF public hospitals,
 * ET for clinics) is tied to an establishment commune by `resolveDestinations`.
 */

/** Stays of one residence commune in one establishment, after the zone → commune allocation. */
export interface CommuneFlow {
  commune: string;
  /** FINESS as reported by the PMSI (EJ or ET). */
  finess: string;
  /** Known stays allocated to the commune (fractional); null when every source cell was masked. */
  stays: number | null;
  /** Masked source cells (secret statistique) allocated to the commune. */
  maskedCells: number;
  /** Sum of the allocation weights of those masked cells (their share owned by the commune). */
  maskedWeight: number;
}

/** Stays of one PMSI residence zone in one establishment, as in the source file (summed). */
export interface ZoneFlow {
  zone: string;
  finess: string;
  /** Known stays; null when every cell of the pair is masked. */
  stays: number | null;
  maskedCells: number;
}

/** Share of a PMSI zone given to a commune (`buildStayAllocationSql`). */
export interface ZoneAllocation {
  zone: string;
  commune: string;
  weight: number;
}

/** An establishment of the FINESS directory, as needed to place a PMSI FINESS. */
export interface FlowEstablishment {
  finessEt: string;
  finessEj: string;
  name: string;
  communeCode: string;
  categoryCode: string;
  /** The file's own label of the category (families are read from it when the code is absent). */
  categoryLabel?: string;
  lon: number | null;
  lat: number | null;
}

/** Everything the flow analyses need, as plain cloneable data (read from DuckDB by db/flow-inputs). */
export interface FlowInputs {
  communeFlows: CommuneFlow[];
  zoneFlows: ZoneFlow[];
  allocation: ZoneAllocation[];
  /** Zones of the stays file tied to no loaded commune (foreign `99…`, other départements…). */
  unallocated: { zone: string; cells: number; stays: number | null; maskedCells: number }[];
  establishments: FlowEstablishment[];
  /** Every loaded commune with its latest population (null when unknown) and centroid. */
  communes: {
    code: string;
    name: string;
    population: number | null;
    lon: number | null;
    lat: number | null;
  }[];
  perimeters: { perimeterName: string; communeCode: string }[];
  /** How the stays were tied to communes: zones and stays per allocation method (`unplaced` apart). */
  allocationMethods: AllocationMethodCount[];
}

/** Zones and stays placed by one allocation method (`buildAllocationSummarySql`). */
export interface AllocationMethodCount {
  method: 'pmsi-zone' | 'postal-code' | 'commune-code' | 'unplaced';
  /** How the zone codes were read: ATIH codes, postal codes or INSEE codes. */
  zoneKind: 'pmsi' | 'postal' | 'insee';
  zones: number;
  /** Known stays (masked cells apart); null when all are masked. */
  stays: number | null;
  maskedCells: number;
}

/** Where a reported FINESS is. */
export interface Destination {
  finess: string;
  /** Commune of the establishment (the « pôle » of the basin methods). */
  communeCode: string;
  name: string;
  /** Whether the PMSI FINESS matched an ET (site) or an EJ (legal entity). */
  level: 'ET' | 'EJ';
  /** FINESS ET of the site used for the position. */
  siteFiness: string;
  lon: number | null;
  lat: number | null;
}

/** Neighbours of each commune (shared border), by code. */
export type Adjacency = Readonly<Record<string, readonly string[]>>;
