/**
 * Field separator detection for delimited text (INSEE and FINESS use `;`, the Annuaire Santé `|`,
 * some exports `,` or tab).
 */

/** The separators the parsers accept. */
export type Separator = ';' | ',' | '|' | '\t';

/** Candidates in order of preference when scores tie (French files use `;` first). */
export const SEPARATORS: readonly Separator[] = [';', '|', '\t', ','];

/**
 * Detects the separator from the first lines: the candidate that appears on the header line and
 * the same number of times on the following lines wins (quoted text is ignored). Defaults to `;`
 * for a one-column file.
 *
 * @example
 * detectSeparator('code_geo;finess;nb_sejours\n50C02;500000013;12'); // ';'
 * detectSeparator('a|b|\n1|2|'); // '|'
 */
export function detectSeparator(text: string): Separator {
  const lines = text
    .slice(0, 65536)
    .replace(/"(?:[^"]|"")*"/g, '""')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, 20);
  const first = lines[0];
  if (first === undefined) return ';';
  let best: Separator = ';';
  let bestScore = 0;
  for (const sep of SEPARATORS) {
    const n = count(first, sep);
    if (n === 0) continue;
    const rest = lines.slice(1);
    const consistent = rest.filter((l) => count(l, sep) === n).length;
    // Consistency across lines weighs more than the raw count (a comma inside a name is noise).
    const score = (rest.length === 0 ? 1 : consistent / rest.length) * 1000 + Math.min(n, 999);
    if (score > bestScore) {
      best = sep;
      bestScore = score;
    }
  }
  return best;
}

function count(line: string, sep: string): number {
  let n = 0;
  for (let i = line.indexOf(sep); i >= 0; i = line.indexOf(sep, i + 1)) n++;
  return n;
}
