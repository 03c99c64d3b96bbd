/**
 * Supply S_j per commune from professionals' activities (DOMAIN.md sections 3.3 and 4.4): people
 * (an activity row is not a person), optionally weighted by FTE or counted in consultations, and
 * optionally without the professionals above an age bound (as the DREES APL « ≤ 65 ans »).
 */
import type { SupplyActivity } from './types';

/** What one unit of supply is. */
export type SupplyMode = 'people' | 'fte' | 'consultations';

/** Options of {@link buildSupply}. */
export interface SupplyOptions {
  mode: SupplyMode;
  /** Professionals strictly older than this are left out; null keeps everyone. */
  maxAge: number | null;
}

/** Result of {@link buildSupply}. */
export interface SupplyResult {
  /** S_j per commune, in the order of `codes`. */
  values: Float64Array;
  /** Distinct people counted. */
  people: number;
  /** Distinct people left out because of the age bound. */
  excludedByAge: number;
  /** Distinct people kept although their age is unknown (age bound set). */
  unknownAge: number;
  /** Activities without the value the mode needs (FTE or consultations): counted as 0. */
  missingValue: number;
  /** Activities in a commune absent from `codes` (not counted). */
  outsideCommunes: number;
}

/**
 * Supply per commune. In `people` mode a person practising in m communes counts 1/m in each, so
 * the total is the number of people (RPPS rows are activities, DOMAIN.md section 2). In `fte` and
 * `consultations` modes the activity's own value is summed (DREES APL: activity converted to FTE).
 * A missing value counts 0 and is reported, never guessed.
 *
 * @param codes - Commune codes, in the order of the result.
 * @param activities - Activities of the chosen profession.
 * @example
 * buildSupply(['96001', '96002'], [{ personId: 'a', communeCode: '96001' }, { personId: 'a', communeCode: '96002' }], { mode: 'people', maxAge: null }).values; // [0.5, 0.5]
 */
export function buildSupply(
  codes: readonly string[],
  activities: readonly SupplyActivity[],
  options: SupplyOptions,
): SupplyResult {
  const indexOf = new Map(codes.map((c, i) => [c, i]));
  const values = new Float64Array(codes.length);
  const placesOf = new Map<string, Set<string>>();
  const excluded = new Set<string>();
  const unknownAge = new Set<string>();
  let outside = 0;
  let missing = 0;
  const kept: SupplyActivity[] = [];
  for (const a of activities) {
    if (options.maxAge !== null) {
      if (a.age === null || a.age === undefined) unknownAge.add(a.personId);
      else if (a.age > options.maxAge) {
        excluded.add(a.personId);
        continue;
      }
    }
    if (!indexOf.has(a.communeCode)) {
      outside += 1;
      continue;
    }
    kept.push(a);
    const places = placesOf.get(a.personId) ?? new Set<string>();
    places.add(a.communeCode);
    placesOf.set(a.personId, places);
  }
  if (options.mode !== 'people') {
    for (const a of kept) {
      const i = indexOf.get(a.communeCode) as number;
      const raw = options.mode === 'fte' ? a.fte : a.consultations;
      if (raw === null || raw === undefined || !Number.isFinite(raw)) missing += 1;
      else values[i] = (values[i] as number) + raw;
    }
  } else {
    // Each (person, commune) pair once, whatever the number of rows in that commune.
    for (const [, places] of placesOf) {
      for (const code of places) {
        const i = indexOf.get(code) as number;
        values[i] = (values[i] as number) + 1 / places.size;
      }
    }
  }
  return {
    values,
    people: placesOf.size,
    excludedByAge: excluded.size,
    unknownAge: unknownAge.size,
    missingValue: missing,
    outsideCommunes: outside,
  };
}
