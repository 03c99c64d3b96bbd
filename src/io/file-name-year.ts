/**
 * A year written as a separate token of a file name (`pmsi-sejours-2023-96.csv`): used only for
 * the year of PMSI stays, presented as « déduite du nom du fichier ». Never for a population: the
 * year in a population file's name is often the COG or publication year (`communes-cog2026`,
 * `comparateur-2024`), not the census year.
 */
import { isPlausibleYear } from './plausible-year';

/**
 * First year from 1990 to next year written as its own token in a file name (between separators `-`, `_`, `.`,
 * space, parentheses, or at an end), ignoring the folders; null when there is none. A year glued
 * to letters or digits (`cog2026`, `x20231`) is not a token; a year past next year (`2099`) is
 * not a plausible year of data.
 *
 * @example
 * yearFromFileName('pmsi-sejours-2023-96-fictif.csv'); // 2023
 * yearFromFileName('communes-france-cog2026.csv'); // null
 */
export function yearFromFileName(file: string, now: Date = new Date()): number | null {
  const name = file.replace(/^.*[\\/]/, '');
  const m = /(?<![\p{L}\p{N}])(199\d|20\d\d)(?![\p{L}\p{N}])/u.exec(name);
  return m?.[1] && isPlausibleYear(Number(m[1]), now) ? Number(m[1]) : null;
}
