/**
 * Applies {@link resolveCommuneCode} to the commune-code column of parsed records (population,
 * professionals, establishments, CPTS lists) and says what it did: one grouped issue per kind of
 * change, with counts and the first examples, so every repaired or unknown code is visible.
 */
import type { DataIssue, PerimeterMember, PopulationRecord } from '../types';
import { resolveCommuneCode, type CommuneReferential } from './resolve-commune-code';

/** Records whose commune code can be reconciled, by kind. */
export type ReconcilableRecords =
  | { kind: 'population'; rows: PopulationRecord[] }
  | { kind: 'professionals'; rows: { communeCode: string | null }[] }
  | { kind: 'establishments'; rows: { communeCode: string }[] }
  | { kind: 'perimeters'; rows: PerimeterMember[] };

/** Outcome of {@link reconcileRecords}. */
export interface ReconcileResult<T> {
  rows: T[];
  /** Records whose code was changed (old code, arrondissement, leading zero). */
  repairedCount: number;
  /** Records whose code matches no commune (kept as is, reported). */
  unknownCount: number;
  issues: DataIssue[];
}

/** One example of a grouped issue: the code as read, what it became (null: unknown), its line. */
interface Example {
  raw: string;
  to: string | null;
  line: number | undefined;
}

const COLUMN: Record<ReconcilableRecords['kind'], string> = {
  population: 'code commune',
  professionals: 'Code commune (coord. structure)',
  establishments: 'code commune',
  perimeters: 'Code INSEE',
};

/**
 * Reconciles the commune codes of one file's records. Population records that end on the same
 * current commune and year are summed (merged communes); CPTS memberships are deduplicated.
 * Unknown codes are kept unchanged and reported (never silently dropped); with `lineOf` (the file
 * line of each record, CPTS lists), the examples of a grouped issue cite their line. With
 * `weightOf`, a record stands for that many lines of the file (a distinct code read by DuckDB with
 * its number of rows): counts and messages are those of the file's lines.
 *
 * @example
 * const r = reconcileRecords('pop.csv', { kind: 'population', rows }, ref, new Set());
 * // r.repairedCount, r.unknownCount, r.issues (grouped: 'old-commune-code', 'unknown-commune'…)
 */
export function reconcileRecords<R extends ReconcilableRecords>(
  file: string,
  records: R,
  ref: CommuneReferential,
  extra: ReadonlySet<string>,
  lineOf?: (index: number) => number | undefined,
  weightOf: (index: number) => number = () => 1,
): ReconcileResult<R['rows'][number]> {
  const groups = new Map<string, { count: number; examples: Map<string, Example> }>();
  let repairedCount = 0;
  let unknownCount = 0;
  const resolve = (raw: string, index: number, line?: number): string => {
    const r = resolveCommuneCode(raw, ref, extra);
    if (r.how === 'current') return r.code;
    const weight = weightOf(index);
    const g = groups.get(r.how) ?? { count: 0, examples: new Map<string, Example>() };
    g.count += weight;
    if (g.examples.size < 8) g.examples.set(`${raw}|${line}`, { raw, to: r.code, line });
    groups.set(r.how, g);
    if (r.code === null) {
      unknownCount += weight;
      return raw;
    }
    repairedCount += weight;
    return r.code;
  };
  let rows: unknown[];
  switch (records.kind) {
    case 'population':
      rows = sumPopulation(records.rows.map((p, i) => ({ ...p, code: resolve(p.code, i) })));
      break;
    case 'perimeters': {
      const seen = new Set<string>();
      rows = records.rows
        .map((m, i) => ({ ...m, communeCode: resolve(m.communeCode, i, lineOf?.(i)) }))
        .filter((m) => {
          const key = `${m.perimeterName}|${m.communeCode}`;
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        });
      break;
    }
    case 'professionals':
      // A record is copied only when its code changes (2 M rows: most codes are current).
      rows = records.rows.map((p, i) => {
        if (p.communeCode === null) return p;
        const code = resolve(p.communeCode, i);
        return code === p.communeCode ? p : { ...p, communeCode: code };
      });
      break;
    case 'establishments':
      // An empty code is absent, not unknown: the establishment is placed by its position
      // (`locateEstablishments`), which reports those it cannot place.
      rows = records.rows.map((e, i) =>
        e.communeCode.trim() === '' ? e : { ...e, communeCode: resolve(e.communeCode, i) },
      );
      break;
  }
  const issues = [...groups].map(([how, g]) =>
    groupIssue(file, how, g.count, g.examples, COLUMN[records.kind], ref.source),
  );
  return { rows: rows as R['rows'][number][], repairedCount, unknownCount, issues };
}

/** Sums the records that map to one current commune, per census year (null = année inconnue). */
function sumPopulation(rows: PopulationRecord[]): PopulationRecord[] {
  const byKey = new Map<string, PopulationRecord>();
  for (const p of rows) {
    const key = `${p.code}|${p.year ?? 'inconnue'}`;
    const known = byKey.get(key);
    if (!known) {
      byKey.set(key, { ...p, ages: p.ages ? { ...p.ages } : null });
      continue;
    }
    known.population += p.population;
    if (known.ages && p.ages)
      for (const k of Object.keys(known.ages) as (keyof typeof known.ages)[])
        known.ages[k] += p.ages[k];
    else known.ages = null;
  }
  return [...byKey.values()];
}

function groupIssue(
  file: string,
  how: string,
  count: number,
  examples: Map<string, Example>,
  column: string,
  source: string,
): DataIssue {
  const list = [...examples.values()]
    .map(
      (e) =>
        `${e.raw}${e.to === null ? '' : ` → ${e.to}`}${e.line === undefined ? '' : ` (ligne ${e.line})`}`,
    )
    .join(', ');
  const more = count > examples.size ? ', …' : '';
  const base = { file, column, severity: 'warning' as const, count };
  switch (how) {
    case 'arrondissement':
      return {
        ...base,
        code: 'arrondissement-code',
        message: `${file}, colonne ${column} : ${count} ligne(s) avec un code d’arrondissement municipal rattaché à sa commune (${list}${more}). Rien à corriger.`,
      };
    case 'old-code':
      return {
        ...base,
        code: 'old-commune-code',
        message: `${file}, colonne ${column} : ${count} ligne(s) avec un code de commune qui n’existe plus, remplacé par celui de la commune actuelle (${list}${more} ; table de passage ${source}). Vérifiez le millésime du fichier.`,
      };
    case 'leading-zero':
      return {
        ...base,
        code: 'repaired-leading-zero',
        message: `${file}, colonne ${column} : ${count} code(s) commune à 4 chiffres complété(s) par un zéro initial perdu dans un tableur (${list}${more}). Enregistrez la colonne au format Texte pour l’éviter.`,
      };
    default:
      return {
        ...base,
        code: 'unknown-commune',
        message: `${file}, colonne ${column} : ${count} ligne(s) avec un code commune inconnu (${list}${more}), ni commune actuelle (${source}), ni ancienne, ni commune des contours chargés : lignes gardées mais rattachées à aucune commune de la carte. Corrigez le code (5 caractères, ex. 01001, 2A004).`,
      };
  }
}
