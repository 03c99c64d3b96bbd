/**
 * INSEE population files -> `PopulationRecord[]` (DOMAIN.md section 3.2): populations légales
 * (`REG;DEP;CODCOM;COM;Commune;PMUN;PCAP;PTOT`, older `CODREG;REG;CODDEP;…;CODCOM;COM;PMUN;…`,
 * or simple `code;population`) and the age structure base `base-cc-evol-struct-pop-20YY`
 * (`CODGEO;PYY_POP;PYY_POP0014;…;PYY_POP90P`).
 */
import { AGE_BANDS, type AgeBand, type ParseResult, type PopulationRecord } from '../core/types';
import { communeCodeFromParts, readCommuneCode } from './codes';
import { findColumn, parseCsvTable, pickColumn, type ColumnRef } from './csv-table';
import type { Separator } from './detect-separator';
import { IssueLog, missingColumnIssue, quote } from './issues';
import { parseNumberCell } from './parse-number';

/** Accepted column names, in order of preference. */
export const POPULATION_COLUMN_ALIASES = {
  dep: ['DEP', 'CODDEP', 'code_departement', 'code_dep'],
  commune: ['CODCOM', 'code_commune_seul'],
  code: ['CODGEO', 'code', 'code_insee', 'DEPCOM', 'INSEE_COM', 'code_commune', 'insee', 'COM'],
  population: ['PMUN', 'population_municipale', 'population', 'pop'],
  totalPopulation: ['PTOT', 'population_totale'],
  year: ['annee', 'année', 'millesime', 'year'],
} as const;

/** Options of {@link parsePopulation}. */
export interface PopulationOptions {
  file: string;
  /** Millésime imposed by the user (overrides the column and the file name). */
  year?: number;
  separator?: Separator;
  /**
   * Header chosen by the user for a field (overrides {@link POPULATION_COLUMN_ALIASES}); a chosen
   * `code` wins over the `DEP` + `CODCOM` pair.
   */
  columns?: Partial<Record<PopulationField, string>>;
}

/** Fields of a population file. */
export type PopulationField = keyof typeof POPULATION_COLUMN_ALIASES;

/** Result of {@link parsePopulation}: records plus the layout recognised. */
export interface PopulationResult extends ParseResult<PopulationRecord> {
  layout: 'populations-legales' | 'structure-ages' | 'simple' | null;
  /** Number of data rows read. */
  rowCount: number;
  /** Header used for each field (null when none): shown and correctable in the import panel. */
  mapping: Record<Exclude<PopulationField, 'totalPopulation'>, string | null>;
  headers: string[];
}

const AGE_SOURCE = ['0014', '1529', '3044', '4559', '6074', '7589', '90P', '75P'] as const;

/**
 * Parses an INSEE population file. The commune code is `DEP` + `CODCOM` (zero-padded) or a
 * `CODGEO`-like column; the population is `PMUN` (population municipale) or `PYY_POP`. The
 * millésime comes from the `PYY_` prefix (2000 + YY), else an `annee` column, else `options.year`,
 * else the first year 1990–2099 in the file name; when none is found the year is 0 (meaning
 * « inconnu ») with a warning. Age bands: 0014, 1529, 3044, 4559, 6074 and 75P = 7589 + 90P.
 *
 * @example
 * const { rows } = parsePopulation('REG;DEP;CODCOM;COM;Commune;PMUN;PCAP;PTOT\n84;01;001;01001;L’Abergement;832;15;847', {
 *   file: 'populations-legales-2021.csv',
 * });
 * // rows[0] = { code: '01001', year: 2021, population: 832, ages: null }
 */
export function parsePopulation(text: string, options: PopulationOptions): PopulationResult {
  const log = new IssueLog(options.file);
  const isHeader = (keys: string[]): boolean =>
    keys.some((k) => k === 'pmun' || k === 'codgeo' || /^p\d\d pop$/.test(k) || k === 'population');
  const table = parseCsvTable(text, log, { separator: options.separator, isHeader });
  const { headers, rows, lines } = table;
  const chosen = options.columns ?? {};
  const col = (field: PopulationField): ColumnRef | undefined =>
    headers.length === 0
      ? undefined
      : pickColumn(headers, POPULATION_COLUMN_ALIASES[field], chosen[field], log, field);
  const used: Partial<Record<PopulationField, ColumnRef>> = {};
  const result = (
    recs: PopulationRecord[],
    layout: PopulationResult['layout'],
  ): PopulationResult => ({
    rows: recs,
    issues: log.finish(),
    layout,
    rowCount: rows.length,
    mapping: {
      dep: used.dep?.name ?? null,
      commune: used.commune?.name ?? null,
      code: used.code?.name ?? null,
      population: used.population?.name ?? null,
      year: used.year?.name ?? null,
    },
    headers,
  });
  if (headers.length === 0) {
    log.add('error', 'empty-file', 'fichier vide : en-tête INSEE attendu (ex. DEP;CODCOM;PMUN).');
    return result([], null);
  }

  const age = detectAgeColumns(headers, log);
  const codeChosen = chosen.code !== undefined && chosen.code !== '';
  let depCol = codeChosen ? undefined : col('dep');
  let comCol = codeChosen ? undefined : col('commune');
  if (!(depCol && comCol)) depCol = comCol = undefined;
  const codeCol = depCol && comCol ? undefined : col('code');
  let popCol = col('population') ?? (chosen.population ? undefined : age?.pop);
  if (popCol === undefined && !chosen.population) {
    popCol = col('totalPopulation');
    if (popCol !== undefined) {
      log.add(
        'warning',
        'total-population',
        'pas de population municipale (PMUN) : population totale (PTOT) utilisée.',
        1,
        popCol.name,
      );
    }
  }
  if (!(depCol && comCol) && codeCol === undefined) {
    log.addAll([
      missingColumnIssue(
        options.file,
        'CODGEO (ou DEP + CODCOM)',
        ['CODGEO', 'DEP + CODCOM', 'code', 'code_insee', 'DEPCOM'],
        headers,
      ),
    ]);
  }
  if (popCol === undefined) {
    log.addAll([
      missingColumnIssue(
        options.file,
        'PMUN',
        ['PMUN', 'P21_POP', 'population', 'population_municipale', 'PTOT'],
        headers,
      ),
    ]);
  }
  Object.assign(used, { dep: depCol, commune: comCol, code: codeCol, population: popCol });
  if (popCol === undefined || (!(depCol && comCol) && codeCol === undefined))
    return result([], null);

  const layout: PopulationResult['layout'] =
    age && popCol.index === age.pop.index
      ? 'structure-ages'
      : depCol && comCol
        ? 'populations-legales'
        : 'simple';
  const yearCol = col('year');
  used.year = yearCol;
  const fixedYear = age && popCol.index === age.pop.index ? age.year : (options.year ?? null);
  const fileYear = fixedYear === null && !yearCol ? yearFromFileName(options.file) : null;
  if (fixedYear === null && yearCol === undefined) {
    if (fileYear === null) {
      log.add(
        'warning',
        'unknown-year',
        'millésime introuvable (ni colonne annee, ni année dans le nom du fichier) : année notée 0 (inconnue). Renommez le fichier (ex. populations-legales-2021.csv) ou ajoutez une colonne annee.',
      );
    } else {
      log.add('info', 'year-from-file-name', `millésime ${fileYear} déduit du nom du fichier.`);
    }
  }

  const out: PopulationRecord[] = [];
  const seen = new Map<string, number>();
  let repaired = 0;
  let agesMissing = 0;
  rows.forEach((cells, r) => {
    const line = lines[r] ?? 0;
    let code: string | null;
    if (depCol && comCol) {
      const dep = cells[depCol.index] ?? '';
      const com = cells[comCol.index] ?? '';
      code = communeCodeFromParts(dep, com);
      if (code === null) {
        log.add(
          'error',
          'invalid-code',
          `code commune impossible à former avec ${depCol.name}=${quote(dep)} et ${comCol.name}=${quote(com)} ; ligne ignorée.`,
          line,
          comCol.name,
        );
        return;
      }
      if (dep.trim().length === 1 || com.trim().length < 5 - dep.trim().length) repaired++;
    } else {
      const c = codeCol as ColumnRef;
      const raw = cells[c.index] ?? '';
      const read = readCommuneCode(raw);
      if (read.code === null) {
        log.add(
          'error',
          'invalid-code',
          `code commune ${quote(raw)} invalide (5 caractères attendus, ex. 01001) ; ligne ignorée.`,
          line,
          c.name,
        );
        return;
      }
      if (read.repaired) repaired++;
      code = read.code;
    }
    const rawPop = cells[popCol.index] ?? '';
    const pop = parseNumberCell(rawPop);
    if (pop.kind !== 'number' || pop.value < 0) {
      log.add(
        'error',
        'invalid-number',
        `population ${pop.kind === 'empty' ? 'vide' : `${quote(rawPop)} ${pop.kind === 'masked' ? 'masquée' : 'non numérique'}`} ` +
          `pour ${code} ; nombre d’habitants attendu, commune ignorée (complétez la valeur ou retirez la ligne).`,
        line,
        popCol.name,
      );
      return;
    }
    const previous = seen.get(code);
    if (previous !== undefined) {
      log.add(
        'warning',
        'duplicate-code',
        `commune ${code} déjà présente ligne ${previous} ; ligne ignorée.`,
        line,
      );
      return;
    }
    seen.set(code, line);
    let year = fixedYear ?? fileYear ?? 0;
    if (fixedYear === null && yearCol) {
      const y = parseNumberCell(cells[yearCol.index] ?? '');
      if (y.kind === 'number' && Number.isInteger(y.value) && y.value >= 1900 && y.value <= 2100)
        year = y.value;
      else
        log.add(
          'warning',
          'invalid-year',
          `année ${quote(cells[yearCol.index] ?? '')} illisible : année notée 0 (inconnue).`,
          line,
          yearCol.name,
        );
    }
    let ages: Record<AgeBand, number> | null = null;
    if (age) {
      ages = readAges(cells, age.bands);
      if (ages === null) agesMissing++;
    }
    out.push({ code, year, population: pop.value, ages });
  });
  if (repaired > 0) {
    log.add(
      'warning',
      'repaired-code',
      `${repaired} code(s) commune complété(s) par des zéros initiaux (perdus par un tableur).`,
    );
  }
  if (agesMissing > 0) {
    log.add(
      'warning',
      'missing-ages',
      `${agesMissing} commune(s) sans tranches d’âge complètes (valeur vide, masquée ou illisible) : structure par âge inconnue pour elles.`,
    );
  }
  if (rows.length === 0)
    log.add('warning', 'no-data-rows', 'en-tête seul, aucune ligne de données.');
  return result(out, layout);
}

interface AgeColumns {
  year: number;
  pop: ColumnRef;
  bands: Partial<Record<(typeof AGE_SOURCE)[number], ColumnRef>>;
}

/** Finds the most recent `PYY_POP` prefix that has age bands (base-cc-evol has P21, P15, P10). */
function detectAgeColumns(headers: string[], log: IssueLog): AgeColumns | null {
  const prefixes = new Set<string>();
  for (const h of headers) {
    const m = /^P(\d\d)_POP$/i.exec(h.trim());
    if (m?.[1]) prefixes.add(m[1]);
  }
  const sorted = [...prefixes].sort((a, b) => Number(b) - Number(a));
  const yy = sorted[0];
  if (yy === undefined) return null;
  const pop = findColumn(headers, [`P${yy}_POP`]);
  if (!pop) return null;
  const bands: AgeColumns['bands'] = {};
  for (const b of AGE_SOURCE) {
    const c = findColumn(headers, [`P${yy}_POP${b}`]);
    if (c) bands[b] = c;
  }
  const year = 2000 + Number(yy);
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

function readAges(cells: string[], bands: AgeColumns['bands']): Record<AgeBand, number> | null {
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

/**
 * First plausible year (1990–2099) in a file name, or null.
 *
 * @example
 * yearFromFileName('populations-legales-2021-96-fictif.csv'); // 2021
 */
export function yearFromFileName(file: string): number | null {
  const m = /(?<!\d)(199\d|20\d\d)(?!\d)/.exec(file.replace(/^.*[\\/]/, ''));
  return m?.[1] ? Number(m[1]) : null;
}
