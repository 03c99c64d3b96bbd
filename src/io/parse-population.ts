/**
 * INSEE population files -> `PopulationRecord[]` (DOMAIN.md section 3.2): populations légales
 * (`REG;DEP;CODCOM;COM;Commune;PMUN;PCAP;PTOT`, older `CODREG;REG;CODDEP;…;CODCOM;COM;PMUN;…`,
 * or simple `code;population`) and the age structure base `base-cc-evol-struct-pop-20YY`
 * (`CODGEO;PYY_POP;PYY_POP0014;…;PYY_POP90P`).
 */
import type { AgeBand, ParseResult, PopulationRecord } from '../core/types';
import { communeCodeFromParts, readCommuneCode } from './codes';
import { parseCsvTable, pickColumn, type ColumnRef } from './csv-table';
import type { Separator } from './detect-separator';
import { IssueLog, missingColumnIssue, quote } from './issues';
import { parseCountCell, parseNumberCell } from './parse-number';
import { FIRST_PLAUSIBLE_YEAR, isPlausibleYear } from './plausible-year';
import { detectAgeColumns, readAges, type AgeColumns } from './population-ages';
import {
  findDatedPopulationColumns,
  isPopulationKey,
  yearOfColumnName,
} from './population-columns';

/**
 * Kept here for the io index; it serves the PMSI stays only: a population's year is never read
 * from its file name.
 */

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
  /** Census year imposed by the user (overrides the columns). */
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

/**
 * Parses an INSEE population file. The commune code is `DEP` + `CODCOM` (zero-padded) or a
 * `CODGEO`-like column; the population is `PMUN` (population municipale), `PYY_POP`, or the most
 * recent of the columns named with their year (`population_2021`, `PMUN2021`, `pop_2019`; the
 * totale `PTOT`/`PTOT2021` only when no municipale exists, with a warning). The census year is
 * read from the data, never from the file name (a `cog2026` or `2024` there is not a census year):
 * the year chosen by the user (`options.year`, or the column `columns.year`), else the year in the
 * population column's name (`P21_POP` -> 2021, `population_2021` -> 2021), else an
 * `annee`/`millesime`/`year` column, else null (« année inconnue ») with a warning. Age bands:
 * 0014, 1529, 3044, 4559, 6074 and 75P = 7589 + 90P.
 *
 * @example
 * const { rows } = parsePopulation('CODGEO;P21_POP\n01001;832', { file: 'base-cc-2024.csv' });
 * // rows[0] = { code: '01001', year: 2021, population: 832, ages: null }
 * parsePopulation('DEP;CODCOM;PMUN\n01;001;832', { file: 'populations-2021.csv' }).rows[0]?.year;
 * // null (année inconnue: no year in the data)
 */
export function parsePopulation(text: string, options: PopulationOptions): PopulationResult {
  const log = new IssueLog(options.file);
  const isHeader = (keys: string[]): boolean =>
    keys.some((k) => k === 'codgeo' || isPopulationKey(k));
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
    rowCount: rows.length + table.rejectedLines.length,
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
  const popCol =
    col('population') ?? (chosen.population ? undefined : autoPopulation(headers, age, col, log));
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
        ['PMUN', 'P21_POP', 'population', 'population_municipale', 'population_2021', 'PTOT'],
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
  const { fixedYear, yearCol } = chooseYear(popCol, options, chosen.year, col, log);
  used.year = yearCol;

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
    const pop = readPopulation(rawPop, code, line, popCol.name, log);
    if (pop === null) return;
    const previous = seen.get(code);
    if (previous !== undefined) {
      // Rejected (an error on its line): the first occurrence is kept, this one is not used.
      log.add(
        'error',
        'duplicate-code',
        `commune ${code} déjà présente ligne ${previous} ; ligne rejetée (la première est gardée) : ` +
          'supprimez le doublon.',
        line,
      );
      return;
    }
    seen.set(code, line);
    let year = fixedYear;
    if (yearCol) {
      const raw = cells[yearCol.index] ?? '';
      const y = parseNumberCell(raw);
      if (y.kind === 'number' && isPlausibleYear(y.value)) year = y.value;
      else
        log.add(
          'warning',
          'invalid-year',
          `année ${quote(raw)} illisible ou invraisemblable (attendue entre ${FIRST_PLAUSIBLE_YEAR} et l’an prochain) pour ${code} : année inconnue (corrigez la cellule, ex. 2021).`,
          line,
          yearCol.name,
        );
    }
    let ages: Record<AgeBand, number> | null = null;
    if (age) {
      ages = readAges(cells, age.bands);
      if (ages === null) agesMissing++;
    }
    out.push({ code, year, population: pop, ages });
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

type ColumnOf = (field: PopulationField) => ColumnRef | undefined;

/**
 * The population column when no alias (`PMUN`, `population`…) matched: the age base's `PYY_POP`,
 * else the most recent dated municipale (`population_2021`), else the totale (`PTOT`, then the most
 * recent dated totale) with a warning.
 */
function autoPopulation(
  headers: readonly string[],
  age: AgeColumns | null,
  col: ColumnOf,
  log: IssueLog,
): ColumnRef | undefined {
  if (age) return age.pop;
  const dated = findDatedPopulationColumns(headers);
  const municipal = dated.filter((d) => !d.total);
  const chosen = municipal[0] ?? col('totalPopulation') ?? dated[0];
  if (chosen === undefined) return undefined;
  const candidates = municipal.length > 0 ? municipal : dated.filter((d) => d.total);
  if (candidates.length > 1 && candidates[0]?.index === chosen.index) {
    log.add(
      'info',
      'population-vintage',
      `plusieurs colonnes de population (${candidates.map((d) => d.name).join(', ')}) : ` +
        `« ${chosen.name} » retenue (la plus récente). Choisissez-en une autre dans l’aperçu de l’import si besoin.`,
      1,
      chosen.name,
    );
  }
  if (municipal.length === 0) {
    log.add(
      'warning',
      'total-population',
      `pas de population municipale (PMUN) : population totale « ${chosen.name} » utilisée.`,
      1,
      chosen.name,
    );
  }
  return chosen;
}

/**
 * Where the census year comes from, in order: the user's year (`options.year`), the year column
 * the user chose, the year in the population column's name (`P21_POP`, `population_2021`), an
 * `annee`-like column; else none (« année inconnue », warning). Never the file name.
 */
function chooseYear(
  popCol: ColumnRef,
  options: PopulationOptions,
  chosenYear: string | undefined,
  col: ColumnOf,
  log: IssueLog,
): { fixedYear: number | null; yearCol: ColumnRef | undefined } {
  if (options.year !== undefined) return { fixedYear: options.year, yearCol: undefined };
  const yearCol = col('year');
  if (yearCol && chosenYear) return { fixedYear: null, yearCol };
  const fromName = yearOfColumnName(popCol.name);
  if (fromName !== null) {
    log.add(
      'info',
      'year-from-column',
      `année de la population : ${fromName}, lue dans le nom de la colonne « ${popCol.name} ».`,
      1,
      popCol.name,
    );
    return { fixedYear: fromName, yearCol: undefined };
  }
  if (yearCol) return { fixedYear: null, yearCol };
  log.add(
    'warning',
    'unknown-year',
    `année de la population inconnue : ni colonne annee (ou millesime), ni année vraisemblable dans le nom de la colonne « ${popCol.name} » ` +
      '(comme P21_POP ou population_2021). Le nom du fichier n’est pas lu (« cog2026 », « 2024 » y désignent ' +
      'la géographie ou la publication, pas le recensement) : ajoutez au fichier une colonne annee (ex. 2021).',
    1,
    popCol.name,
  );
  return { fixedYear: null, yearCol: undefined };
}

/**
 * Population above which a commune's figure is refused: more than Paris, the largest French
 * commune, has had since 1975 (2 299 830 inhabitants then; 2 103 778 in the COG 2026 file).
 */
const MAX_COMMUNE_POPULATION = 2_300_000;

/**
 * Reads one population cell, or logs why the commune is left out (empty, masked, not a number,
 * negative, decimal, more than the largest commune) and returns null. `1.234` is read as 1 234
 * with a warning (dots as thousands separators).
 */
function readPopulation(
  raw: string,
  code: string,
  line: number,
  column: string,
  log: IssueLog,
): number | null {
  const pop = parseCountCell(raw);
  const reject = (why: string, fix: string) => {
    log.add(
      'error',
      'invalid-number',
      `population ${why} pour ${code} ; commune ignorée (${fix}).`,
      line,
      column,
    );
    return null;
  };
  switch (pop.kind) {
    case 'empty':
      return reject('vide', 'complétez la valeur ou retirez la ligne');
    case 'masked':
      return reject(`${quote(raw)} masquée`, 'complétez la valeur ou retirez la ligne');
    case 'invalid':
      return reject(`${quote(raw)} non numérique`, 'nombre d’habitants attendu, ex. 1234');
    case 'negative':
      return reject(
        `${quote(raw)} négative`,
        'un nombre d’habitants est positif : corrigez la valeur',
      );
    case 'decimal':
      return reject(
        `${quote(raw)} décimale`,
        'un nombre entier d’habitants est attendu : vérifiez la colonne choisie ou la valeur',
      );
    case 'thousands-dots':
    case 'number':
      break;
  }
  if (pop.value > MAX_COMMUNE_POPULATION)
    return reject(
      `${quote(raw)} invraisemblable (plus que Paris, la plus grande commune de France, 2,1 millions d’habitants)`,
      'vérifiez la colonne choisie ou la valeur',
    );
  if (pop.kind === 'thousands-dots')
    log.add(
      'warning',
      'ambiguous-number',
      `population ${quote(raw)} lue ${pop.value.toLocaleString('fr-FR')} habitants pour ${code} (points lus comme séparateurs de milliers) ; vérifiez la valeur.`,
      line,
      column,
    );
  return pop.value;
}
