/**
 * The reconciliation step of the import, per kind of parsed file: commune codes resolved to the
 * current COG (`reconcileRecords`), Annuaire addresses checked against postal codes, PMSI zones
 * read as their detected kind (`StayZoneStep`). Called for whole files and for each chunk of a
 * streamed file, with the same context.
 */
import { reconcileRecords } from '../core/reconcile/reconcile-records';
import type { CommuneReferential } from '../core/reconcile/resolve-commune-code';
import type { DataIssue, ProfessionalActivity, StayFlow } from '../core/types';
import type { ParsedDataFile } from '../io';
import type { PostalReferential } from '../io/commune-referential';
import { checkActivityAddresses } from './annuaire-checks';
import type { StayZoneStep } from './import-stays';

/** What every file of an import is reconciled against. */
export interface ReconcileContext {
  ref: CommuneReferential;
  postal: PostalReferential;
  /** Commune codes valid although not in the COG (contours of the import or already loaded). */
  extraCommunes: ReadonlySet<string>;
}

/** Records of one parsed file (or chunk) after reconciliation. */
export interface Reconciled {
  rows: unknown[];
  /** Codes changed by the reconciliation (old codes, arrondissements, leading zeros). */
  repaired: number;
  issues: DataIssue[];
}

/**
 * Reconciles the records of a parsed file or chunk; contours are handled apart
 * (`reconcileContourFile`), stays need their file's `StayZoneStep`.
 *
 * @example const r = reconcileParsed(parsed, context, null); r.rows.length
 */
export function reconcileParsed(
  parsed: ParsedDataFile,
  context: ReconcileContext,
  zones: StayZoneStep | null,
): Reconciled {
  const { ref, extraCommunes } = context;
  switch (parsed.kind) {
    case 'population':
    case 'establishments':
    case 'perimeters': {
      const lines = parsed.kind === 'perimeters' ? parsed.lines : undefined;
      const r = reconcileRecords(
        parsed.fileName,
        { kind: parsed.kind, rows: parsed.rows } as never,
        ref,
        extraCommunes,
        lines ? (i) => lines[i] : undefined,
      );
      return { rows: r.rows, repaired: r.repairedCount, issues: r.issues };
    }
    case 'professionals': {
      const r = reconcileRecords(
        parsed.fileName,
        { kind: 'professionals', rows: parsed.rows },
        ref,
        extraCommunes,
      );
      const rows = r.rows as ProfessionalActivity[];
      const checks = checkActivityAddresses(parsed.fileName, rows, context.postal, ref);
      return { rows, repaired: r.repairedCount, issues: [...r.issues, ...checks] };
    }
    case 'stays': {
      if (!zones) throw new Error('reconcileParsed: stays need their StayZoneStep');
      return { rows: zones.apply(parsed.rows as StayFlow[]), repaired: 0, issues: [] };
    }
    case null:
      return { rows: [], repaired: 0, issues: [] };
    default:
      return { rows: parsed.rows, repaired: 0, issues: [] };
  }
}
