/**
 * Issue helpers shared by the parsers: French messages that name the file, the line and the column,
 * a per-code cap so a 2-million-line file cannot produce 2 million issues (the overflow is counted
 * in one summary issue), and the tally of masked values (statistical secrecy, DOMAIN.md section 2).
 */
import type { DataIssue } from '../core/types';

type Severity = DataIssue['severity'];

/**
 * A feature of a GeoJSON / TopoJSON file (1-based, « entité n° N »), with what it is when known
 * (« commune 50502 », « CPTS du Bocage »): where a text file would have a line.
 */
export interface FeatureRef {
  feature: number;
  label?: string;
}

/**
 * Where an issue is, as the message prefix: the file, then its line or its feature, then the
 * column.
 *
 * @example
 * where('pmsi.csv', 12, 'nb_sejours'); // 'pmsi.csv, ligne 12, colonne nb_sejours'
 * where('communes.geojson', { feature: 3, label: 'commune 50502' }); // 'communes.geojson, entité n° 3 (commune 50502)'
 */
export function where(file: string, row?: number | FeatureRef, column?: string): string {
  let s = file;
  if (typeof row === 'object') {
    s += `, entité n° ${row.feature}`;
    if (row.label) s += ` (${row.label})`;
  } else if (row !== undefined) s += row === 1 ? ', ligne 1 (en-tête)' : `, ligne ${row}`;
  if (column !== undefined && column !== '') s += `, colonne ${column}`;
  return s;
}

/**
 * Quotes a raw value for a message with French guillemets, shortened past 40 characters.
 *
 * @example
 * quote('douze'); // '« douze »'
 */
export function quote(value: string): string {
  const v = value.length > 40 ? `${value.slice(0, 37)}…` : value;
  return `« ${v} »`;
}

/** Rejected data rows (errors on a line after the header) are listed one by one up to this many. */
export const MAX_LISTED_REJECTIONS = 100_000;

/**
 * Collects issues for one file; detailed issues are capped per code, the rest are counted in one
 * summary issue (Observable Plot `src/warnings.js` keeps the UI readable the same way). Errors on a
 * data row (a rejected row) are not capped below {@link MAX_LISTED_REJECTIONS}: every rejected row
 * gets its own line in the report.
 *
 * @example
 * const log = new IssueLog('pmsi.csv');
 * log.add('error', 'invalid-number', 'valeur « douze » non numérique', 12, 'nb_sejours');
 * log.finish()[0].message; // 'pmsi.csv, ligne 12, colonne nb_sejours : valeur « douze » non numérique'
 */
export class IssueLog {
  readonly issues: DataIssue[] = [];
  private readonly overflow = new Map<string, { severity: Severity; count: number }>();
  private readonly perCode = new Map<string, number>();

  constructor(
    readonly file: string,
    private readonly maxPerCode = 20,
  ) {}

  /**
   * Adds an issue; `message` is the part after « fichier, ligne, colonne : » (or « fichier,
   * entité n° N, colonne : » when `row` is a feature of a GeoJSON file).
   */
  add(
    severity: Severity,
    code: string,
    message: string,
    row?: number | FeatureRef,
    column?: string,
    count?: number,
  ): void {
    const n = (this.perCode.get(code) ?? 0) + 1;
    this.perCode.set(code, n);
    const rejection =
      severity === 'error' && row !== undefined && (typeof row === 'object' || row > 1);
    if (n > (rejection ? MAX_LISTED_REJECTIONS : this.maxPerCode)) {
      const o = this.overflow.get(code) ?? { severity, count: 0 };
      o.count += 1;
      this.overflow.set(code, o);
      return;
    }
    const issue: DataIssue = {
      severity,
      code,
      message: `${where(this.file, row, column)} : ${message}`,
      file: this.file,
    };
    if (typeof row === 'object') issue.feature = row.feature;
    else if (row !== undefined) issue.row = row;
    if (column !== undefined && column !== '') issue.column = column;
    if (count !== undefined) issue.count = count;
    this.issues.push(issue);
  }

  /**
   * Counts `count` more issues of `code` that are not listed (the caller listed the first ones and
   * knows the total, e.g. from a SQL count): they join the overflow summary of the code.
   */
  addUnlisted(severity: Severity, code: string, count: number): void {
    if (count <= 0) return;
    this.perCode.set(code, (this.perCode.get(code) ?? 0) + count);
    const o = this.overflow.get(code) ?? { severity, count: 0 };
    o.count += count;
    this.overflow.set(code, o);
  }

  /** Adds issues produced elsewhere (e.g. by the decoder), uncapped. */
  addAll(issues: readonly DataIssue[]): void {
    this.issues.push(...issues);
  }

  /** Number of issues of a code seen so far, including the capped ones. */
  count(code: string): number {
    return this.perCode.get(code) ?? 0;
  }

  /** Whether at least one error was recorded. */
  hasErrors(): boolean {
    return this.issues.some((i) => i.severity === 'error');
  }

  /** The issues, followed by one summary per capped code. */
  finish(): DataIssue[] {
    const out = [...this.issues];
    for (const [code, o] of this.overflow) {
      out.push({
        severity: o.severity,
        code,
        message:
          `${this.file} : ${o.count} autre(s) signalement(s) du même type (${code}) non détaillé(s) ; ` +
          `seuls les premiers sont listés.`,
        file: this.file,
        count: o.count,
      });
    }
    return out;
  }
}

/**
 * Counts masked values of one column and produces ONE warning per file and column, with the
 * count and the first examples (DOMAIN.md section 2: a masked value is null + warning, never 0).
 *
 * @example
 * const tally = new MaskedTally('pmsi.csv', 'nb_sejours', 'séjours');
 * tally.add(3, '1 à 10');
 * tally.flush(log); // one 'masked-value' warning: « 1 valeur(s) masquée(s) … (ligne 3 (« 1 à 10 »)) »
 */
export class MaskedTally {
  private count = 0;
  private readonly examples: string[] = [];

  constructor(
    private readonly file: string,
    private readonly column: string,
    private readonly what: string,
  ) {}

  add(row: number, raw: string): void {
    this.count += 1;
    if (this.examples.length < 5) this.examples.push(`ligne ${row} (${quote(raw)})`);
  }

  /** Counts `n` more masked values without example (the caller added the first ones). */
  addUnlisted(n: number): void {
    this.count += n;
  }

  get total(): number {
    return this.count;
  }

  /** Appends the summary warning to `log` when at least one value was masked. */
  flush(log: IssueLog): void {
    if (this.count === 0) return;
    const more = this.count > this.examples.length ? ', …' : '';
    log.add(
      'warning',
      'masked-value',
      `${this.count} valeur(s) masquée(s) par le secret statistique (${this.examples.join(', ')}${more}) ` +
        `lue(s) comme inconnue(s) (null), jamais comme 0 ; les totaux de ${this.what} qui en dépendent ` +
        'sont des minima. Rien à corriger si la source masque les petits effectifs.',
      undefined,
      this.column,
      this.count,
    );
  }
}

/**
 * Error for a required column that the header does not have; lists accepted names and found headers.
 *
 * @example
 * missingColumnIssue('pmsi.csv', 'nb_sejours', ['nb_sejours', 'nb_sej'], ['code_geo', 'finess']).message;
 * // 'pmsi.csv, ligne 1 (en-tête) : colonne obligatoire « nb_sejours » introuvable (…). Colonnes trouvées : code_geo, finess. …'
 */
export function missingColumnIssue(
  file: string,
  label: string,
  aliases: readonly string[],
  headers: readonly string[],
): DataIssue {
  const accepted = aliases.slice(0, 8).join(', ');
  const found = headers.length > 0 ? headers.filter((h) => h !== '').join(', ') : '(aucune)';
  return {
    severity: 'error',
    code: 'missing-column',
    message:
      `${where(file, 1)} : colonne obligatoire « ${label} » introuvable (noms acceptés : ${accepted}). ` +
      `Colonnes trouvées : ${found}. Renommez la colonne dans l'en-tête ou indiquez la correspondance.`,
    file,
    row: 1,
    column: label,
  };
}
