/**
 * Joins a supplementary professional-activity file (FTE, consultations, age; DOMAIN.md section
 * 4.4: « S_j = supply at j (professionals in FTE, or consultations) ») to the Annuaire Santé
 * activities of one profession, on `Identification nationale PP` and, when the file gives it, on
 * the commune of practice.
 */
import type { ProfessionalActivityRecord, SupplyActivity } from './types';

/** Result of {@link joinActivityRecords}. */
export interface ActivityJoin {
  /** The activities, with `fte`, `consultations` and `age` filled where the file has them. */
  activities: SupplyActivity[];
  /** Distinct people of the profession found in the file. */
  matchedPeople: number;
  /** Distinct people of the profession absent from the file (their values stay unknown). */
  unmatchedPeople: number;
  /** Rows of the file whose person is not among this profession's activities (other professions). */
  unusedRecords: number;
  /** Rows with a commune where the person does not practise (per the Annuaire Santé): not used. */
  unmatchedPlaceRecords: number;
  /** Which columns the file gives (at least one row with a value). */
  has: { fte: boolean; consultations: boolean; age: boolean };
}

/**
 * Fills each activity from the file. A row with a commune applies to that (person, commune)
 * activity; a row without commune applies to the person as a whole: its FTE and consultations
 * are split evenly between the person's places of practice (as a person counts 1/m in each of
 * m communes), its age applies everywhere. A (person, commune) row wins over a person row.
 *
 * @param activities - Distinct (person, commune) activities of one profession (from DuckDB).
 * @param records - Rows of the activity file (see `parseProfessionalActivity`).
 * @example
 * joinActivityRecords(
 *   [{ personId: 'a', communeCode: '96001' }, { personId: 'a', communeCode: '96002' }],
 *   [{ personId: 'a', communeCode: null, fte: 1, consultations: 5000, age: 61 }],
 * ).activities[0]; // { personId: 'a', communeCode: '96001', fte: 0.5, consultations: 2500, age: 61 }
 */
export function joinActivityRecords(
  activities: readonly SupplyActivity[],
  records: readonly ProfessionalActivityRecord[],
): ActivityJoin {
  const byPlace = new Map<string, ProfessionalActivityRecord>();
  const byPerson = new Map<string, ProfessionalActivityRecord>();
  const has = { fte: false, consultations: false, age: false };
  for (const r of records) {
    if (r.communeCode === null) {
      if (!byPerson.has(r.personId)) byPerson.set(r.personId, r);
    } else {
      const key = `${r.personId}|${r.communeCode}`;
      if (!byPlace.has(key)) byPlace.set(key, r);
    }
    has.fte ||= r.fte !== null;
    has.consultations ||= r.consultations !== null;
    has.age ||= r.age !== null;
  }
  const placesOf = new Map<string, number>();
  for (const a of activities) placesOf.set(a.personId, (placesOf.get(a.personId) ?? 0) + 1);
  const matched = new Set<string>();
  const usedPeople = new Set<string>();
  const out = activities.map((a): SupplyActivity => {
    const place = byPlace.get(`${a.personId}|${a.communeCode}`);
    const person = byPerson.get(a.personId);
    if (place) {
      matched.add(a.personId);
      return {
        ...a,
        fte: place.fte,
        consultations: place.consultations,
        age: place.age ?? person?.age ?? null,
      };
    }
    if (person) {
      matched.add(a.personId);
      const m = placesOf.get(a.personId) ?? 1;
      return {
        ...a,
        fte: person.fte === null ? null : person.fte / m,
        consultations: person.consultations === null ? null : person.consultations / m,
        age: person.age,
      };
    }
    return { ...a, fte: null, consultations: null, age: null };
  });
  for (const a of activities) usedPeople.add(a.personId);
  const unusedRecords = records.filter((r) => !usedPeople.has(r.personId)).length;
  const activityKeys = new Set(activities.map((a) => `${a.personId}|${a.communeCode}`));
  const unmatchedPlaceRecords = records.filter(
    (r) =>
      r.communeCode !== null &&
      usedPeople.has(r.personId) &&
      !activityKeys.has(`${r.personId}|${r.communeCode}`),
  ).length;
  return {
    activities: out,
    matchedPeople: matched.size,
    unmatchedPeople: placesOf.size - matched.size,
    unusedRecords,
    unmatchedPlaceRecords,
    has,
  };
}
