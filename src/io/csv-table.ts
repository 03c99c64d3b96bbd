/**
 * Delimited text -> table of strings with a header (no type inference: codes stay strings,
 * STYLE.md « Conventions »; quoted text split by `splitCsvRecords`, which rejects a line with a
 * broken quote and reads on), plus the header-name matching used by every tabular
 * parser. Parsers find columns by name, never by position.
 */
import { detectSeparator, type Separator } from './detect-separator';
import { MAX_QUOTED_FIELD_LINES, splitCsvRecords, type CsvRecords } from './csv-records';
import { IssueLog, quote } from './issues';

/** A delimited file read as strings, with the 1-based line of each row (header = line 1). */
export interface CsvTable {
  separator: Separator;
  /** Header cells as written (trimmed, BOM removed, trailing empty cells removed). */
  headers: string[];
  /** `headers` normalised with {@link normalizeHeader}. */
  keys: string[];
  /** 1-based line of the header (1 unless title lines precede it). */
  headerLine: number;
  /** Data rows, each padded or cut to `headers.length` cells. */
  rows: string[][];
  /** 1-based line of each row in the file. */
  lines: number[];
  /**
   * Lines rejected before reaching `rows` (a broken quote, `splitCsvRecords`), already reported as
   * errors: they are rows read, so parsers add them to their row count.
   */
  rejectedLines: number[];
}

/** Options of {@link parseCsvTable}. */
export interface CsvTableOptions {
  /** Imposed separator; detected when absent. */
  separator?: Separator;
  /** False for files without quoting (Annuaire Santé): lines are split as is, faster and safer. */
  quotes?: boolean;
  /** Recognises the header row; when the first row fails, the next 30 rows are tried (title lines). */
  isHeader?: (keys: string[]) => boolean;
}

/** A column found in a header: its index and its name as written. */
export interface ColumnRef {
  index: number;
  name: string;
}

/**
 * Normalises a header name for matching: BOM removed, camelCase split, accents stripped, lower
 * case, spaces/underscores/hyphens collapsed to one space, curly apostrophes made straight.
 *
 * @example
 * normalizeHeader('Nombre de  Séjours'); // 'nombre de sejours'
 * normalizeHeader('codeGeo'); // 'code geo'
 * normalizeHeader('INSEE_COM'); // 'insee com'
 */
export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

/**
 * Finds the first column matching one of `aliases` (in order of preference), comparing normalised
 * names, then the same names without spaces (`NBSEJOURS` matches `nb_sejours`).
 *
 * @example
 * findColumn(['Code géo', 'FINESS', 'Nb séjours'], ['code_geo', 'codegeo']); // { index: 0, name: 'Code géo' }
 */
export function findColumn(
  headers: readonly string[],
  aliases: readonly string[],
): ColumnRef | undefined {
  const keys = headers.map(normalizeHeader);
  const compact = keys.map((k) => k.replace(/ /g, ''));
  for (const pass of [keys, compact]) {
    for (const alias of aliases) {
      const a = normalizeHeader(alias);
      const target = pass === keys ? a : a.replace(/ /g, '');
      const index = pass.indexOf(target);
      if (index >= 0) return { index, name: headers[index] ?? alias };
    }
  }
  return undefined;
}

/**
 * The column of one field: the header the user chose (`chosen`, from the import panel's mapping),
 * else the first alias found ({@link findColumn}). A chosen header absent from the file is an
 * error on line 1 naming the columns there are, and the field is then left unmapped.
 *
 * @example
 * pickColumn(['INSEE', 'Nom', 'Habitants'], ['pmun', 'population'], 'Habitants', log, 'population');
 * // { index: 2, name: 'Habitants' }
 */
export function pickColumn(
  headers: readonly string[],
  aliases: readonly string[],
  chosen: string | undefined,
  log: IssueLog,
  field: string,
): ColumnRef | undefined {
  if (chosen === undefined || chosen === '') return findColumn(headers, aliases);
  const index = headers.indexOf(chosen);
  const found = index >= 0 ? { index, name: chosen } : findColumn(headers, [chosen]);
  if (!found) {
    log.add(
      'error',
      'missing-column',
      `colonne « ${chosen} » choisie pour « ${field} » introuvable dans l'en-tête ; colonnes : ` +
        `${headers.join(', ')}. Choisissez une de ces colonnes dans l'aperçu de l'import.`,
      1,
      chosen,
    );
  }
  return found;
}

/**
 * Parses delimited text into a {@link CsvTable}: strings only, header row, BOM trimmed, empty lines
 * skipped, trailing empty header cells dropped (the final `|` of the Annuaire Santé), rows of the
 * wrong length reported in `log`.
 *
 * @example
 * const log = new IssueLog('f.csv');
 * const t = parseCsvTable('code;nom\n01001;Abergement', log);
 * // t.headers = ['code', 'nom'], t.rows = [['01001', 'Abergement']], t.lines = [2]
 */
export function parseCsvTable(
  text: string,
  log: IssueLog,
  options: CsvTableOptions = {},
): CsvTable {
  const body = text.replace(/^\uFEFF/, '');
  const separator = options.separator ?? detectSeparator(body);
  // Without any quote character, records are lines split on the separator: the plain splitter
  // gives the same cells and lines, several times faster (big PMSI files).
  const raw =
    options.quotes === false
      ? splitPlain(body, separator)
      : body.includes('"')
        ? splitCsvRecords(body, separator)
        : splitUnquoted(body, separator);
  let headerAt = 0;
  if (options.isHeader) {
    const limit = Math.min(raw.cells.length, 31);
    for (let i = 0; i < limit; i++) {
      if (options.isHeader((raw.cells[i] ?? []).map(normalizeHeader))) {
        headerAt = i;
        break;
      }
    }
  }
  const headerLine = raw.lines[headerAt] ?? 1;
  if (headerAt > 0) {
    log.add(
      'info',
      'skipped-title-lines',
      `${headerAt} ligne(s) de titre ignorée(s) avant l'en-tête.`,
      headerLine,
    );
  }
  const { headers, keys } = readHeader(raw.cells[headerAt] ?? [], headerLine, log);
  const rejectedLines = reportQuotes(raw, headers, headerLine, log);
  const rows: string[][] = [];
  const lines: number[] = [];
  for (let i = headerAt + 1; i < raw.cells.length; i++) {
    const cells = raw.cells[i] ?? [];
    const line = raw.lines[i] ?? 0;
    fitRow(cells, headers.length, separator, line, log);
    rows.push(cells);
    lines.push(line);
  }
  return { separator, headers, keys, headerLine, rows, lines, rejectedLines };
}

/** Reports broken quotes (one error per rejected line) and multi-line fields; returns the lines. */
function reportQuotes(
  raw: RawCells,
  headers: readonly string[],
  headerLine: number,
  log: IssueLog,
): number[] {
  const rejected: number[] = [];
  for (const b of raw.broken ?? []) {
    const column = headers[b.field] ?? `n° ${b.field + 1}`;
    const what =
      b.kind === 'unclosed'
        ? `guillemet non fermé (ni sur cette ligne ni dans les ${MAX_QUOTED_FIELD_LINES - 1} suivantes)`
        : 'guillemet mal fermé (du texte suit le guillemet fermant)';
    log.add(
      'error',
      'broken-quote',
      `${what} : ligne rejetée, la lecture reprend à la ligne suivante. Fermez le guillemet ou ` +
        'retirez-le (une valeur entre guillemets s’écrit "valeur", un guillemet à l’intérieur se double : "").',
      b.line,
      column,
    );
    if (b.line > headerLine) rejected.push(b.line);
  }
  for (const m of raw.multiline ?? []) {
    log.add(
      'warning',
      'multiline-field',
      `valeur entre guillemets sur plusieurs lignes, de la ligne ${m.line} à la ligne ${m.endLine}, ` +
        'lue comme une seule ligne de données. Si ce n’est pas voulu, un guillemet est mal placé : ' +
        'fermez-le ou retirez-le.',
      m.line,
    );
  }
  return rejected;
}

/**
 * Header cells as written (BOM and spaces trimmed, trailing empty cells dropped) and their
 * normalised keys; a column present twice is reported.
 *
 * @example
 * readHeader(['\uFEFFa', 'b', ''], 1, log); // { headers: ['a', 'b'], keys: ['a', 'b'] }
 */
export function readHeader(
  cells: readonly string[],
  line: number,
  log: IssueLog,
): { headers: string[]; keys: string[] } {
  const headers = cells.map((h) => h.replace(/^\uFEFF/, '').trim());
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  const keys = headers.map(normalizeHeader);
  keys.forEach((k, i) => {
    if (k !== '' && keys.indexOf(k) < i) {
      log.add(
        'warning',
        'duplicate-header',
        `colonne « ${headers[i] ?? ''} » présente deux fois dans l'en-tête : seule la première est lue ; renommez l'autre.`,
        line,
        headers[i],
      );
    }
  });
  return { headers, keys };
}

/**
 * Pads or cuts a row to `width` cells; reports missing cells and non-empty extra cells (empty
 * extra cells, such as the final `|` of the Annuaire Santé, are dropped silently).
 *
 * @example
 * const cells = ['1', '2', ''];
 * fitRow(cells, 2, '|', 2, log); // cells is now ['1', '2'], nothing reported
 */
export function fitRow(
  cells: string[],
  width: number,
  separator: Separator,
  line: number,
  log: IssueLog,
): void {
  if (cells.length < width) {
    log.add(
      'warning',
      'short-row',
      `${cells.length} champ(s) au lieu de ${width} : cellules manquantes lues comme vides ` +
        `(séparateur ${quote(separator)} oublié ou ligne coupée ?).`,
      line,
    );
    while (cells.length < width) cells.push('');
  } else if (cells.length > width) {
    const extra = cells.slice(width);
    if (extra.some((c) => c.trim() !== '')) {
      log.add(
        'warning',
        'long-row',
        `${cells.length} champ(s) au lieu de ${width} : ${quote(extra.join(separator))} ignoré ` +
          '(séparateur présent dans une valeur non entre guillemets ?).',
        line,
      );
    }
    cells.length = width;
  }
}

type RawCells = Pick<CsvRecords, 'cells' | 'lines'> & Partial<CsvRecords>;

function isBlank(cells: string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/**
 * Text without any `"`, split as `splitCsvRecords` would: CR and CRLF are line ends, rows whose
 * cells are all blank are skipped, lines are counted from 1.
 */
function splitUnquoted(text: string, separator: Separator): RawCells {
  const cells: string[][] = [];
  const lines: number[] = [];
  const src = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  let start = 0;
  for (let line = 1; start <= src.length; line++) {
    let end = src.indexOf('\n', start);
    if (end < 0) end = src.length;
    const row = src.slice(start, end).split(separator);
    if (!isBlank(row)) {
      cells.push(row);
      lines.push(line);
    }
    start = end + 1;
  }
  return { cells, lines };
}

/** Unquoted delimited text: every line is split on the separator, quotes are data. */
function splitPlain(text: string, separator: Separator): RawCells {
  const cells: string[][] = [];
  const lines: number[] = [];
  const all = text.split('\n');
  for (let i = 0; i < all.length; i++) {
    let line = all[i] ?? '';
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line.trim() === '') continue;
    cells.push(line.split(separator));
    lines.push(i + 1);
  }
  return { cells, lines };
}
