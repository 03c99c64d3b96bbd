/**
 * The age structure of the INSEE base « évolution et structure de la population »
 * (`base-cc-evol-struct-pop-20YY`: `PYY_POP0014`, `PYY_POP1529`, …, `PYY_POP7589`, `PYY_POP90P`),
 * read into the six age bands of `PopulationRecord.ages` (75P = 7589 + 90P).
 */
import { AGE_BANDS, type AgeBand } from '../core/types';
import { findColumn, type ColumnRef } from './csv-table';
import type { IssueLog } from './issues';
import { parseNumberCell } from './parse-number';
import { yearOfInseePrefix } from './plausible-year';

const AGE_SOURCE = ['0014', '1529', '3044', '4559', '6074', '7589', '90P', '75P'] as const;

/** The age columns of the most recent `PYY_` prefix of a header. */
export interface AgeColumns {
  year: number;
  pop: ColumnRef;
  bands: Partial<Record<(typeof AGE_SOURCE)[number], ColumnRef>>;
}

/**
 * Finds the most recent `PYY_POP` prefix and its age columns (base-cc-evol has P21, P15, P10);
 * null without a plausible `PYY_POP` (`P99_POP` is not 2099); no bands (a warning) when some are
 * missing.
 *
 * @example detectAgeColumns(['CODGEO', 'P21_POP', 'P15_POP'], log)?.year; // 2021
 */
export function detectAgeColumns(headers: string[], log: IssueLog): AgeColumns | null {
  const years = new Map<string, number>();
  for (const h of headers) {
    const m = /^P(\d\d)_POP$/i.exec(h.trim());
    const year = m?.[1] ? yearOfInseePrefix('P', m[1]) : null;
    // `P99_POP` is no INSEE census column (1999 is `D99_POP`): not read as 2099.
    if (m?.[1] && year !== null) years.set(m[1], year);
  }
  const sorted = [...years.keys()].sort((a, b) => (years.get(b) ?? 0) - (years.get(a) ?? 0));
  const yy = sorted[0];
  if (yy === undefined) return null;
  const pop = findColumn(headers, [`P${yy}_POP`]);
  if (!pop) return null;
  const bands: AgeColumns['bands'] = {};
  for (const b of AGE_SOURCE) {
    const c = findColumn(headers, [`P${yy}_POP${b}`]);
    if (c) bands[b] = c;
  }
  const year = years.get(yy) ?? 0;
  if (sorted.length > 1) {
    log.add(
      'info',
      'age-vintage',
      `plusieurs millésimes (${sorted.map((s) => `P${s}_`).join(', ')}) : ${year} retenu (le plus récent).`,
    );
  }
  const has75 =
    bands['75P'] !== undefined || (bands['7589'] !== undefined && bands['90P'] !== undefined);
  const missing = AGE_BANDS.filter((b) => b !== '75P' && bands[b] === undefined);
  if (!has75 || missing.length > 0) {
    log.add(
      'warning',
      'missing-ages',
      `colonnes d’âge incomplètes pour P${yy}_ (manquent : ${[...missing.map((b) => `P${yy}_POP${b}`), ...(has75 ? [] : [`P${yy}_POP7589 + P${yy}_POP90P`])].join(', ')}) : population lue, structure par âge ignorée.`,
      1,
    );
    return { year, pop, bands: {} };
  }
  return { year, pop, bands };
}

/**
 * The six age bands of one row (75P = 75P, else 7589 + 90P); null when one is empty or masked.
 *
 * @example readAges(['832', '150'], { '0014': { index: 1, name: 'P21_POP0014' } }); // null (other bands missing)
 */
export function readAges(
  cells: string[],
  bands: AgeColumns['bands'],
): Record<AgeBand, number> | null {
  const value = (b: (typeof AGE_SOURCE)[number]): number | null => {
    const c = bands[b];
    if (!c) return null;
    const n = parseNumberCell(cells[c.index] ?? '');
    return n.kind === 'number' ? n.value : null;
  };
  const out: Partial<Record<AgeBand, number>> = {};
  for (const b of AGE_BANDS) {
    let v: number | null;
    if (b === '75P') {
      v = value('75P');
      if (v === null) {
        const a = value('7589');
        const c = value('90P');
        v = a === null || c === null ? null : a + c;
      }
    } else v = value(b);
    if (v === null) return null;
    out[b] = v;
  }
  return out as Record<AgeBand, number>;
}
