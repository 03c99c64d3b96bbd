/**
 * Resolves a commune code as found in a user's file to a current commune (DOMAIN.md section 2,
 * « COG changes every year »): current codes pass, Paris/Lyon/Marseille arrondissements go to their
 * commune, old codes follow the passage table, codes that lost their leading zero are repaired when
 * the repaired code is known.
 */

/** The reference list of communes: current codes and the old -> current passage table. */
export interface CommuneReferential {
  current: ReadonlySet<string>;
  passages: ReadonlyMap<string, string>;
  /** Where the referential comes from (shown to the user). */
  source: string;
}

/** How a code was resolved. */
export type CodeResolution =
  | { code: string; how: 'current' | 'arrondissement' | 'old-code' | 'leading-zero' }
  | { code: null; how: 'unknown' };

/**
 * Resolves one commune code. `extra` holds codes that are valid although not in the referential
 * (the communes of the loaded contour file, e.g. the fictitious demo département 96).
 *
 * Sources: INSEE Code officiel géographique; passage table = `anciensCodes` of
 * `@etalab/decoupage-administratif` (communes nouvelles); arrondissements municipaux 75101–75120,
 * 69381–69389, 13201–13216 -> 75056, 69123, 13055.
 *
 * @example
 * resolveCommuneCode('75112', ref, new Set()); // { code: '75056', how: 'arrondissement' }
 * resolveCommuneCode('1001', ref, new Set()); // { code: '01001', how: 'leading-zero' }
 */
export function resolveCommuneCode(
  raw: string,
  ref: CommuneReferential,
  extra: ReadonlySet<string>,
): CodeResolution {
  const code = raw.trim().toUpperCase();
  const direct = resolveFive(code, ref, extra);
  if (direct) return direct;
  if (/^\d{4}$/.test(code)) {
    const repaired = resolveFive(`0${code}`, ref, extra);
    if (repaired?.code) return { code: repaired.code, how: 'leading-zero' };
  }
  return { code: null, how: 'unknown' };
}

function resolveFive(
  code: string,
  ref: CommuneReferential,
  extra: ReadonlySet<string>,
): CodeResolution | null {
  if (extra.has(code) || ref.current.has(code)) return { code, how: 'current' };
  const arrondissement = arrondissementCommune(code);
  if (arrondissement) return { code: arrondissement, how: 'arrondissement' };
  const passed = ref.passages.get(code);
  if (passed !== undefined) return { code: passed, how: 'old-code' };
  return null;
}

/**
 * The commune of a Paris, Lyon or Marseille arrondissement municipal code, or null.
 *
 * @example arrondissementCommune('69387'); // '69123'
 */
export function arrondissementCommune(code: string): string | null {
  const n = /^\d{5}$/.test(code) ? Number(code) : NaN;
  if (n >= 75101 && n <= 75120) return '75056';
  if (n >= 69381 && n <= 69389) return '69123';
  if (n >= 13201 && n <= 13216) return '13055';
  return null;
}
