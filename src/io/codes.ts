/**
 * Validation and repair of French codes kept as strings (DOMAIN.md section 2): commune (COG),
 * département, postal code, FINESS. A repair (a leading zero lost by a spreadsheet) is reported
 * by the caller as a warning; nothing here ever converts a code to a number.
 */

/** Commune code (COG): 5 digits, or `2A`/`2B` + 3 digits for Corsica. */
export const COMMUNE_CODE_RE = /^(?:\d{5}|2[AB]\d{3})$/;

/** FINESS number: 9 characters, département prefix (`2A`/`2B` for Corsica) + 7 digits. */
export const FINESS_RE = /^(?:\d{2}|2[AB])\d{7}$/;

/** Postal code: 5 digits. */
export const POSTAL_CODE_RE = /^\d{5}$/;

/** Result of reading a code: the normalised value (null when unusable) and whether it was repaired. */
export interface CodeRead {
  code: string | null;
  repaired: boolean;
}

/**
 * Reads a commune code; a 4-digit value (`1001`, or the number 1001) is repaired to `01001`.
 *
 * @example
 * readCommuneCode('1001'); // { code: '01001', repaired: true }
 * readCommuneCode('2a004'); // { code: '2A004', repaired: false }
 */
export function readCommuneCode(raw: unknown): CodeRead {
  if (typeof raw === 'number') {
    if (!Number.isInteger(raw) || raw < 1000 || raw > 99999) return { code: null, repaired: false };
    return { code: String(raw).padStart(5, '0'), repaired: raw < 10000 };
  }
  if (typeof raw !== 'string') return { code: null, repaired: false };
  const s = raw.trim().toUpperCase();
  if (COMMUNE_CODE_RE.test(s)) return { code: s, repaired: false };
  if (/^\d{4}$/.test(s)) return { code: `0${s}`, repaired: true };
  return { code: null, repaired: false };
}

/**
 * Département of a commune code: 3 characters for overseas (`971`…`989`), else 2 (`01`, `2A`).
 *
 * @example
 * depFromCommuneCode('97411'); // '974'
 * depFromCommuneCode('2B033'); // '2B'
 */
export function depFromCommuneCode(code: string): string {
  return /^9[78]/.test(code) ? code.slice(0, 3) : code.slice(0, 2);
}

/**
 * Reads a FINESS number; an 8-digit value is repaired by left-padding with `0` (GISCO and
 * spreadsheets drop the leading zero of `010000024`).
 *
 * @example
 * readFiness('10000024'); // { code: '010000024', repaired: true }
 */
export function readFiness(raw: string): CodeRead {
  const s = raw.trim().toUpperCase();
  if (FINESS_RE.test(s)) return { code: s, repaired: false };
  if (/^\d{8}$/.test(s)) return { code: `0${s}`, repaired: true };
  return { code: null, repaired: false };
}

/**
 * Reads a postal code; a 4-digit value is repaired to 5 digits (`1400` -> `01400`).
 *
 * @example
 * readPostalCode('1400'); // { code: '01400', repaired: true }
 */
export function readPostalCode(raw: unknown): CodeRead {
  const s = typeof raw === 'number' && Number.isInteger(raw) ? String(raw) : raw;
  if (typeof s !== 'string') return { code: null, repaired: false };
  const t = s.trim();
  if (POSTAL_CODE_RE.test(t)) return { code: t, repaired: false };
  if (/^\d{4}$/.test(t)) return { code: `0${t}`, repaired: true };
  return { code: null, repaired: false };
}

/**
 * Builds a commune code from a département and a commune number (INSEE populations légales
 * `DEP`+`CODCOM`, FINESS `departement`+`commune`). FINESS writes overseas départements `9A`…`9F`
 * (`9A` + `101` = `97101`). Returns null when the parts cannot make a valid code.
 *
 * @example
 * communeCodeFromParts('01', '1'); // '01001'
 * communeCodeFromParts('971', '01'); // '97101'
 * communeCodeFromParts('9D', '411'); // '97411'
 */
export function communeCodeFromParts(dep: string, com: string): string | null {
  let d = dep.trim().toUpperCase();
  const c = com.trim();
  if (/^9[A-F]$/.test(d)) d = '97';
  if (/^\d$/.test(d)) d = `0${d}`;
  if (!/^(?:\d{2,3}|2[AB])$/.test(d) || !/^\d{1,3}$/.test(c)) return null;
  if (c.length === 3 && d.length === 3) {
    // `971` + `101`: the commune number already repeats the last digit of the département.
    return c[0] === d[2] ? d.slice(0, 2) + c : null;
  }
  const code = d + c.padStart(5 - d.length, '0');
  return COMMUNE_CODE_RE.test(code) ? code : null;
}
