/**
 * Reading of numeric cells written the French way (`1 234,5`, non-breaking spaces as thousands
 * separators) and recognition of the masks of statistical secrecy (DOMAIN.md section 2).
 */

/** What a numeric cell holds. */
export type NumberCell =
  { kind: 'number'; value: number } | { kind: 'masked' } | { kind: 'empty' } | { kind: 'invalid' };

const MASK_WORDS = new Set([
  's',
  'ns',
  'n s',
  '*',
  '**',
  '***',
  'nd',
  'n d',
  'n/d',
  'secret',
  'secret stat',
  'secret statistique',
  'masque',
  'confidentiel',
]);

function simplify(raw: string): string {
  return raw
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.\s\u00a0\u202f]+/g, ' ')
    .trim();
}

/**
 * Whether a cell is a statistical-secrecy mask: `1 à 10`, `<11`, `< 5`, `≤10`, `s`, `NS`, `*`, `nd`,
 * `secret`… (ATIH ScanSanté, INSEE, Assurance Maladie conventions).
 *
 * @example
 * isMaskedValue('1 à 10'); // true
 * isMaskedValue('<11'); // true
 * isMaskedValue('0'); // false
 */
export function isMaskedValue(raw: string): boolean {
  const s = simplify(raw);
  if (s === '') return false;
  if (MASK_WORDS.has(s)) return true;
  if (/^\d+ ?(a|-) ?\d+$/.test(s)) return true;
  return /^(<|≤|<=|inf|inferieur a) ?=? ?\d+$/.test(s);
}

/**
 * Parses a numeric cell: French decimal comma, spaces or non-breaking spaces as thousands
 * separators, masks of statistical secrecy recognised as `masked` (never as 0).
 *
 * @example
 * parseNumberCell('1 234,5'); // { kind: 'number', value: 1234.5 }
 * parseNumberCell('1 à 10'); // { kind: 'masked' }
 * parseNumberCell(''); // { kind: 'empty' }
 */
export function parseNumberCell(raw: string): NumberCell {
  const t = raw.trim();
  if (t === '') return { kind: 'empty' };
  if (isDigits(t)) return { kind: 'number', value: Number(t) }; // fast path, same result
  if (isMaskedValue(t)) return { kind: 'masked' };
  let s = t.replace(/(?<=\d)[\s\u00a0\u202f\u2009'](?=\d{3}(?!\d))/g, '');
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    // The last separator is the decimal one: `1.234,5` (FR) or `1,234.5` (EN).
    s = lastComma > lastDot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  } else if (lastComma >= 0) {
    if (s.indexOf(',') !== lastComma) return { kind: 'invalid' };
    s = s.replace(',', '.');
  }
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(s)) return { kind: 'invalid' };
  const value = Number(s);
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid' };
}

/** True for a non-empty string of ASCII digits only (no regex: called once per numeric cell). */
function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return s.length > 0;
}

/** What a cell expected to hold a whole count (inhabitants) holds. */
export type CountCell =
  | NumberCell
  /** A count written with dots between groups of three digits (`1.234`): read as thousands. */
  | { kind: 'thousands-dots'; value: number }
  /** A count with a decimal part (`3,5`): not a count. */
  | { kind: 'decimal'; value: number }
  | { kind: 'negative'; value: number };

/**
 * Parses a cell that must hold a whole count (a population): like `parseNumberCell`, but a
 * decimal part, a negative value, and dots between groups of three digits are told apart so that
 * the caller can say which. `1.234` is ambiguous — 1.234 in English, 1 234 for a French reader
 * (some spreadsheets write thousands with dots) — and a count cannot be 1.234: it is read as
 * 1 234 and flagged.
 *
 * @example parseCountCell('1.234') // { kind: 'thousands-dots', value: 1234 }
 * @example parseCountCell('3,5') // { kind: 'decimal', value: 3.5 }
 * @example parseCountCell('-12') // { kind: 'negative', value: -12 }
 */
export function parseCountCell(raw: string): CountCell {
  const t = raw.trim();
  if (/^\d{1,3}(\.\d{3})+$/.test(t))
    return { kind: 'thousands-dots', value: Number(t.replace(/\./g, '')) };
  const cell = parseNumberCell(t);
  if (cell.kind !== 'number') return cell;
  if (cell.value < 0) return { kind: 'negative', value: cell.value };
  if (!Number.isInteger(cell.value)) return { kind: 'decimal', value: cell.value };
  return cell;
}
