/**
 * Types of the access analysis (E2SFCA, DOMAIN.md section 4.4). Codes are strings everywhere.
 */
import type { AgeBand } from '../types';

/** One step of a stepwise distance decay: weight applied to travel times `< upToMinutes`. */
export interface DecayStep {
  /** Upper bound (exclusive) of the step, in minutes; the previous step's bound is the lower one. */
  upToMinutes: number;
  /** Weight 0–1 applied to supply and demand reached within the step. */
  weight: number;
}

/** A commune as the access analysis sees it: centroid (WGS84) and population. */
export interface AccessCommune {
  code: string;
  lon: number;
  lat: number;
  /** Population municipale (latest vintage); 0 when unknown. */
  population: number;
  /** Population by INSEE age band, or null when the file had no age structure. */
  ages: Record<AgeBand, number> | null;
}

/**
 * One activity of a professional (an Annuaire Santé row), with the optional columns that a
 * supplementary « activité » file can give (`etp`, `nb_actes`, `age`).
 */
export interface SupplyActivity {
  /** `Identification nationale PP`: the person. */
  personId: string;
  /** Commune of the place of practice. */
  communeCode: string;
  /** Full-time equivalent of this activity (0–1.5 typically); null when unknown. */
  fte?: number | null;
  /** Consultations and visits per year at this place; null when unknown. */
  consultations?: number | null;
  /** Age of the professional in years; null when unknown. */
  age?: number | null;
}

/** A commune-to-commune travel time (origin = residence, destination = place of practice). */
export interface TravelTimeRecord {
  origin: string;
  destination: string;
  minutes: number;
}

/** One row of the DREES APL workbook (DOMAIN.md section 3.7); null values are missing cells. */
export interface AplRecord {
  code: string;
  /** APL aux médecins généralistes, consultations per year per standardised inhabitant. */
  apl: number | null;
  /** The same for GPs aged 65 or less, 62 or less, 60 or less. */
  apl65: number | null;
  apl62: number | null;
  apl60: number | null;
  standardisedPopulation: number | null;
  population: number | null;
}

/**
 * One row of a supplementary « activité des professionnels » file (or of a reworked Annuaire Santé
 * extract with these columns): FTE, activity and age of a person, optionally for one commune.
 */
export interface ProfessionalActivityRecord {
  /** `Identification nationale PP` (RPPS), a string. */
  personId: string;
  /** Commune of the place of practice; null when the row is for the person as a whole. */
  communeCode: string | null;
  /** Full-time equivalent; null when the file has no FTE column or the cell is empty/masked. */
  fte: number | null;
  /** Consultations and visits per year (« nombre d’actes »); null when unknown. */
  consultations: number | null;
  /** Age in years (read, or computed from the birth year); null when unknown. */
  age: number | null;
}
