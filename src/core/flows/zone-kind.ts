/**
 * What the residence zones of a PMSI file are: ATIH geographic codes, postal codes or INSEE commune
 * codes. The three look alike (5 characters) and collide: 3,003 of the 6,310 postal codes of the
 * COG 2026 are also the INSEE code of ANOTHER commune (postal code 01400 = Châtillon-sur-Chalaronne
 * and 9 others; INSEE 01400 = Seillonnaz). Reading a postal code as an INSEE code sends the stays to
 * the wrong commune without a word, so the kind is decided explicitly, per file.
 */

import type { ZoneKind } from '../types';
export type { ZoneKind } from '../types';

export const ZONE_KIND_LABELS: Record<ZoneKind, string> = {
  pmsi: 'codes géographiques PMSI (ATIH)',
  postal: 'codes postaux',
  insee: 'codes commune INSEE',
};

/** How stays were placed on communes, as the Flux panel, the CLI and the exports name it. */
export const ALLOCATION_METHOD_LABELS: Record<
  'pmsi-zone' | 'postal-code' | 'commune-code' | 'unplaced',
  string
> = {
  'pmsi-zone': 'table ATIH des codes géographiques',
  'postal-code': 'codes postaux',
  'commune-code': 'codes commune INSEE',
  unplaced: 'non placés (aucune commune chargée)',
};

/** The reference sets the zones are matched against. */
export interface ZoneKindReferences {
  /** Postal codes (COG / La Poste, and those of the loaded contours). */
  postalCodes: { has(code: string): boolean };
  /** Commune codes, current or old (COG passage table, loaded contours). */
  communeCodes: { has(code: string): boolean };
  /** Codes of a loaded ATIH correspondence table (empty when none is loaded). */
  atihZones: { has(code: string): boolean; readonly size: number };
}

/** Outcome of {@link detectZoneKind}. */
export interface ZoneKindDetection {
  kind: ZoneKind;
  /** True when the codes alone do not tell (every code is both a postal and an INSEE code). */
  ambiguous: boolean;
  /** French sentence: why this kind. */
  reason: string;
  counts: {
    /** Distinct zone codes considered (special `99…` codes excluded). */
    zones: number;
    /** Merged ATIH codes such as `50C02`. */
    merged: number;
    inAtihTable: number;
    postalOnly: number;
    communeOnly: number;
    /** Codes that are both a postal code and a commune code. */
    both: number;
    neither: number;
  };
}

/** ATIH merged geographic code: département + `C` + 2 digits (`50C02`, `2AC01`, `97C11`…). */
export function isMergedPmsiCode(code: string): boolean {
  return /^(\d{2}|2A|2B|9[78])C\d{2}$/.test(code);
}

/** ATIH special residence codes (foreign country, unknown residence): `99…`. */
export function isSpecialPmsiCode(code: string): boolean {
  return code.startsWith('99');
}

/**
 * Decides how a file's residence zones are read, following the ATIH rule (DOMAIN.md section 2: a
 * PMSI geographic code is a postal code, or a `DDCnn` merge of small postal codes):
 * 1. a loaded ATIH table that knows at least half of the zones, or merged `DDCnn` codes → `pmsi`;
 * 2. clearly more codes that are only commune codes than codes that are only postal codes → `insee`;
 * 3. otherwise → `postal` (ambiguous when no code tells, e.g. every code is both).
 * Never INSEE by default: a code that is both is read as a postal code.
 *
 * Source: ATIH, « Liste des codes géographiques PMSI » (codes built from La Poste postal codes,
 * merged below 1,000 inhabitants).
 *
 * @param zoneCodes - The zone codes of the file (repeats allowed).
 * @example
 * detectZoneKind(['01400', '01000'], refs).kind; // 'postal' (01000 is a postal code only)
 */
export function detectZoneKind(
  zoneCodes: Iterable<string>,
  refs: ZoneKindReferences,
): ZoneKindDetection {
  const counts = {
    zones: 0,
    merged: 0,
    inAtihTable: 0,
    postalOnly: 0,
    communeOnly: 0,
    both: 0,
    neither: 0,
  };
  for (const code of new Set(zoneCodes)) {
    if (code === '' || isSpecialPmsiCode(code)) continue;
    counts.zones += 1;
    if (refs.atihZones.has(code)) counts.inAtihTable += 1;
    if (isMergedPmsiCode(code)) {
      counts.merged += 1;
      continue;
    }
    const postal = refs.postalCodes.has(code);
    const commune = refs.communeCodes.has(code);
    if (postal && commune) counts.both += 1;
    else if (postal) counts.postalOnly += 1;
    else if (commune) counts.communeOnly += 1;
    else counts.neither += 1;
  }
  const n = counts.zones;
  if (refs.atihZones.size > 0 && n > 0 && counts.inAtihTable >= n / 2) {
    return {
      kind: 'pmsi',
      ambiguous: false,
      reason: `${counts.inAtihTable} zone(s) sur ${n} dans la table ATIH chargée`,
      counts,
    };
  }
  if (counts.merged > 0) {
    return {
      kind: 'pmsi',
      ambiguous: false,
      reason: `${counts.merged} code(s) regroupé(s) de type 50C02 : codes géographiques PMSI`,
      counts,
    };
  }
  if (counts.communeOnly > 2 * counts.postalOnly && counts.communeOnly >= Math.max(1, n * 0.1)) {
    return {
      kind: 'insee',
      ambiguous: false,
      reason: `${counts.communeOnly} code(s) sur ${n} sont des codes commune et pas des codes postaux (${counts.postalOnly} l’inverse)`,
      counts,
    };
  }
  const ambiguous = counts.postalOnly === 0 && counts.communeOnly === 0;
  return {
    kind: 'postal',
    ambiguous,
    reason: ambiguous
      ? `aucun code ne permet de trancher (${counts.both} sont à la fois code postal et code commune) : lus comme codes postaux, règle ATIH`
      : `${counts.postalOnly} code(s) sur ${n} sont des codes postaux et pas des codes commune (${counts.communeOnly} l’inverse)`,
    counts,
  };
}
