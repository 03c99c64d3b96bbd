/**
 * Domain types shared by every layer. Codes (INSEE, FINESS, PMSI, RPPS, EPCI SIREN, postal codes)
 * are strings everywhere: never let a number type near them (DOMAIN.md section 2).
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { CommuneMetrics } from './geo/commune-metrics';

/** A data quality message produced by a parser or an analysis; never shown by the producer itself. */
export interface DataIssue {
  severity: 'error' | 'warning' | 'info';
  /** Stable machine code, e.g. `masked-value`, `unknown-commune`, `missing-column`. */
  code: string;
  /** French message for the user; names what is wrong and how to fix it. */
  message: string;
  /** File name as the user knows it. */
  file: string;
  /** 1-based line number in the file (header = line 1), when the issue is about a row. */
  row?: number;
  /**
   * 1-based number of the feature (« entité n° N ») of a GeoJSON / TopoJSON file, when the issue
   * is about one feature: what `row` is to a line of a text file (JSON has no lines to speak of).
   */
  feature?: number;
  /** Column name as written in the file's header. */
  column?: string;
  /**
   * For an issue that groups several rows (no `row`): how many rows it counts, the number written
   * in its message; lets the issues of a file read in chunks be summed into one (`aggregateChunkIssues`).
   */
  count?: number;
}

/** What every parser returns. */
export interface ParseResult<T> {
  rows: T[];
  issues: DataIssue[];
}

/** A commune with its contour (WGS84, lon/lat). */
export interface Commune {
  /** Code INSEE (COG), 5 characters, e.g. `01001`, `2A004`, `96123`. */
  code: string;
  name: string;
  /** Département code, e.g. `01`, `2A`, `971`, `96`. */
  dep: string;
  /** EPCI SIREN (9 characters) or null when unknown. */
  epci: string | null;
  epciName: string | null;
  /** Postal codes of the commune (La Poste), strings of 5 characters. */
  postalCodes: string[];
  /** Population carried by the contour file itself, when it has one (not the INSEE vintage). */
  population: number | null;
  geometry: Polygon | MultiPolygon;
  /**
   * Area and point inside of `geometry` (`computeCommuneMetrics`), computed by the import worker
   * where the contours are read, so that the main thread does not run Turf on every commune;
   * absent on records that did not go through the import (they are computed when loaded).
   */
  metrics?: CommuneMetrics;
}

/** Age bands used across the app (INSEE structure: 0–14, 15–29, 30–44, 45–59, 60–74, 75+). */
export const AGE_BANDS = ['0014', '1529', '3044', '4559', '6074', '75P'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** Population of one commune for one vintage (INSEE). */
export interface PopulationRecord {
  code: string;
  /**
   * Census year of the population, read from the data (`P21_POP` -> 2021, `population_2021`, an
   * `annee` column) or chosen by the user; null = année inconnue (never a file name's COG year).
   */
  year: number | null;
  /** Population municipale (PMUN). */
  population: number;
  /** Population by age band, when the file has the age structure; null otherwise. */
  ages: Record<AgeBand, number> | null;
}

/** One activity row of the Annuaire Santé (RPPS/Adeli): a (person, place of practice) pair. */
export interface ProfessionalActivity {
  /** `Identification nationale PP`: the person. Count people with it, not rows. */
  personId: string;
  /** `Code profession` (10 médecin, 21 pharmacien, 40 dentiste, 50 sage-femme, 60 infirmier, 70 MK…). */
  professionCode: string;
  professionLabel: string;
  /** `Code savoir-faire` (SM54 médecine générale…), empty string when none. */
  specialtyCode: string;
  specialtyLabel: string;
  /** L libéral, S salarié, B bénévole; empty when unknown. */
  modeCode: string;
  /** Commune of the place of practice (INSEE code) or null when absent. */
  communeCode: string | null;
  postalCode: string | null;
  finessSite: string | null;
  sectorCode: string;
}

/** An establishment of the FINESS directory (one geographic site). */
export interface Establishment {
  /** FINESS géographique (ET), 9 characters. */
  finessEt: string;
  /** FINESS juridique (EJ), 9 characters. */
  finessEj: string;
  name: string;
  /** Commune INSEE code. */
  communeCode: string;
  /** FINESS category code (`categetab`), e.g. `355` centre hospitalier. */
  categoryCode: string;
  /** The file's own label for the category. */
  categoryLabel: string;
  /** WGS84, converted from Lambert 93 / UTM with proj4; null when the file had no coordinates. */
  lon: number | null;
  lat: number | null;
}

/** Hospital stays from one residence zone to one establishment (PMSI long format). */
export interface StayFlow {
  /** PMSI geographic code (e.g. `96C01`, `96100`), postal code or commune code: see `zoneKind`. */
  zoneCode: string;
  /**
   * How `zoneCode` is read, decided per file at import (`detectZoneKind`, or the user's choice);
   * absent = postal code (the ATIH rule), never a commune code by default.
   */
  zoneKind?: ZoneKind;
  /** FINESS as reported by the PMSI: EJ for ex-DGF public hospitals, ET for private clinics. */
  finess: string;
  /** Number of stays; null when the source masked it (`1 à 10`, `<11`, `s`…). */
  stays: number | null;
  year: number | null;
  /** MCO, SSR, HAD, PSY; empty when not given. */
  field: string;
}

/** ATIH correspondence row: a PMSI geographic code covers one or several postal codes. */
export interface PmsiZonePostalCode {
  zoneCode: string;
  postalCode: string;
}

/** Membership of a commune in a CPTS perimeter (one row per commune and CPTS). */
export interface PerimeterMember {
  perimeterName: string;
  communeCode: string;
}

/** How the residence zones of a PMSI file are read (core/flows/zone-kind.ts). */
export type ZoneKind = 'pmsi' | 'postal' | 'insee';

/** The kinds of file the app recognises. */
export type DataKind =
  | 'communes'
  | 'population'
  | 'professionals'
  | 'establishments'
  | 'stays'
  | 'pmsi-zones'
  | 'perimeters';

/** Everything the app has loaded, as typed records (what the parsers produce and DuckDB receives). */
export interface Dataset {
  communes: Commune[];
  population: PopulationRecord[];
  professionals: ProfessionalActivity[];
  establishments: Establishment[];
  stays: StayFlow[];
  pmsiZones: PmsiZonePostalCode[];
  perimeters: PerimeterMember[];
}
