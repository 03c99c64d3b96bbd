/**
 * A big Annuaire Santé activity file read by DuckDB (`importDirect`): `parseAnnuaireSante`'s
 * rules decide each distinct raw commune and postal code (`readCommuneCode`, `readPostalCode`),
 * the COG reconciliation each distinct commune code (`reconcileRecords`), the address check each
 * distinct (commune, postal code) pair, `isGeneralPractitioner` each distinct profession and
 * savoir-faire; DuckDB applies them to every row and appends the kept rows to the staging table.
 */
import { reconcileRecords } from '../core/reconcile/reconcile-records';
import { isGeneralPractitioner } from '../core/territory/is-general-practitioner';
import type { DataIssue } from '../core/types';
import { ANNUAIRE_COLUMNS, readCommuneCode, readPostalCode } from '../io';
import { POSTAL_CODE_RE } from '../io/codes';
import { IssueLog } from '../io/issues';
import { ANNUAIRE_MESSAGES } from '../io/parse-annuaire-sante';
import {
  addressIssues,
  addressMismatch,
  tallyMismatch,
  type AddressTally,
} from './annuaire-checks';
import type { ImportReport } from './import-api';
import { DIRECT_CAPS, directReport, replayEvents, type DirectHead } from './import-direct-shared';
import type { DirectDistinct, DirectDuckDb, DirectEntry } from '../core/direct-import-types';
import type { ReconcileContext } from './import-reconcile';

/** Slots of the lines table -> fields of the Annuaire mapping. */
export const ANNUAIRE_SLOTS = {
  person: 'personId',
  prof: 'professionCode',
  profLabel: 'professionLabel',
  spec: 'specialtyCode',
  specLabel: 'specialtyLabel',
  mode: 'modeCode',
  commune: 'communeCode',
  postal: 'postalCode',
  finess: 'finessSite',
  sector: 'sectorCode',
} as const;

/**
 * What the lines of an Annuaire file keep trimmed as the reader trims them (every cell but the
 * commune and postal codes, decided per distinct raw value) and which trimmed cells a row needs
 * (`parseAnnuaireSante` rejects a row without person or profession).
 */
export const ANNUAIRE_LINES = {
  trimmed: ['person', 'prof', 'profLabel', 'spec', 'specLabel', 'mode', 'finess', 'sector'],
  required: ['person', 'prof'],
} as const satisfies Record<string, readonly (keyof typeof ANNUAIRE_SLOTS)[]>;

/**
 * Types, checks and appends the activities of an opened file; returns its report.
 *
 * @example const report = await importAnnuaireDirect(head, handle, context, duckdb);
 */
export async function importAnnuaireDirect(
  head: DirectHead,
  handle: string,
  context: ReconcileContext,
  db: DirectDuckDb,
): Promise<ImportReport> {
  const file = head.file.name;
  const mapping = head.parsed.columnMapping ?? {};
  // Every distinct commune is reconciled; only those that change go back (a current code in its
  // final form is kept as is); postal codes in their final form are not even listed.
  const distinctCommunes = await db.distinct(handle, ['commune'], { keptOnly: true });
  const communes = reconcileCommunes(file, distinctCommunes, context);
  await db.setDictionary(handle, 'commune', 1, communes.entries.filter(changes));
  const postalValues = await db.distinct(handle, ['postal'], {
    keptOnly: true,
    unlessMatching: POSTAL_CODE_RE.source,
  });
  await db.setDictionary(handle, 'postal', 1, postalValues.map(decidePostal));
  const check = await db.checkAnnuaire(handle, head.format.width, DIRECT_CAPS);

  const log = new IssueLog(file);
  replayEvents(log, check.events, head.format, (e) => {
    const raw = (e.a ?? '').trim();
    if (e.code === 'missing-value') {
      const column = e.a === 'person' ? ANNUAIRE_COLUMNS.personId : ANNUAIRE_COLUMNS.professionCode;
      return { text: ANNUAIRE_MESSAGES.missingValue, column };
    }
    if (e.code === 'invalid-code')
      return {
        text: ANNUAIRE_MESSAGES.invalidCommune(raw),
        column: mapping.communeCode ?? undefined,
      };
    if (e.code === 'invalid-postal-code')
      return {
        text: ANNUAIRE_MESSAGES.invalidPostal(raw),
        column: mapping.postalCode ?? undefined,
      };
    throw new Error(`importAnnuaireDirect: unexpected event ${e.code}`);
  });
  const c = check.counts;
  if (c.repaired > 0)
    log.add(
      'warning',
      'repaired-code',
      ANNUAIRE_MESSAGES.repaired(c.repaired),
      undefined,
      undefined,
      c.repaired,
    );
  const parserIssues = [...head.headIssues, ...log.finish()];

  const gp = check.specialties
    .filter((s) =>
      isGeneralPractitioner({
        professionCode: s.prof,
        specialtyCode: s.spec,
        specialtyLabel: s.label,
      }),
    )
    .map((s) => ({ keys: [s.prof, s.spec, s.label], value: null, flag: 'gp' }));
  await db.setDictionary(handle, 'gp', 3, gp);
  const addresses = await checkAddresses(file, handle, check.pairs, c.without_commune, context, db);
  const inserted = await db.insertAnnuaire(handle);
  if (inserted !== c.accepted)
    throw new Error(`importAnnuaireDirect: ${c.accepted} rows kept, ${inserted} appended`);
  return directReport(head, c.row_count, inserted, parserIssues, communes.repaired, [
    ...communes.issues,
    ...addresses,
  ]);
}

/** Whether an entry changes its raw value (a value absent from a dictionary is kept, `ok`). */
function changes(e: DirectEntry): boolean {
  return e.flag !== 'ok' || e.value !== e.keys[0];
}

function decidePostal(v: DirectDistinct): DirectEntry {
  const raw = v.keys[0] ?? '';
  const t = raw.trim();
  if (t === '') return { keys: [raw], value: null, flag: 'empty' };
  const read = readPostalCode(t);
  const flag = read.code === null ? 'invalid' : read.repaired ? 'repaired' : 'ok';
  return { keys: [raw], value: read.code, flag };
}

/**
 * Reads each distinct raw commune cell (`readCommuneCode`) and reconciles each distinct code with
 * `reconcileRecords`, once, weighted by its number of rows: the grouped issues list the examples,
 * counts and « … » the file's rows would give.
 */
function reconcileCommunes(
  file: string,
  values: readonly DirectDistinct[],
  context: ReconcileContext,
): { entries: DirectEntry[]; issues: DataIssue[]; repaired: number } {
  const read = values.map((v) => {
    const raw = v.keys[0] ?? '';
    const t = raw.trim();
    return { raw, rows: v.rows, code: t === '' ? null : readCommuneCode(t), empty: t === '' };
  });
  const weights = new Map<string, number>();
  for (const r of read)
    if (r.code?.code) weights.set(r.code.code, (weights.get(r.code.code) ?? 0) + r.rows);
  const fed = [...weights.keys()].map((communeCode) => ({ communeCode }));
  const r = reconcileRecords(
    file,
    { kind: 'professionals', rows: fed },
    context.ref,
    context.extraCommunes,
    undefined,
    (i) => weights.get(fed[i]?.communeCode ?? '') ?? 1,
  );
  const final = new Map<string, string>();
  fed.forEach((row, i) => final.set(row.communeCode, r.rows[i]?.communeCode ?? row.communeCode));
  const entries = read.map((x): DirectEntry => {
    if (x.empty) return { keys: [x.raw], value: null, flag: 'empty' };
    const code = x.code?.code ?? null;
    if (code === null) return { keys: [x.raw], value: null, flag: 'invalid' };
    return {
      keys: [x.raw],
      value: final.get(code) ?? code,
      flag: x.code?.repaired ? 'repaired' : 'ok',
    };
  });
  return { entries, issues: r.issues, repaired: r.repairedCount };
}

/** `checkActivityAddresses` on the distinct (commune, postal code) pairs and the example rows. */
async function checkAddresses(
  file: string,
  handle: string,
  pairs: readonly { commune: string; postal: string | null; n: number }[],
  withoutCommune: number,
  context: ReconcileContext,
  db: DirectDuckDb,
): Promise<DataIssue[]> {
  const tally: AddressTally = { sameDep: 0, otherDep: 0, withoutCommune, examples: [] };
  const flagged: DirectEntry[] = [];
  for (const p of pairs) {
    const m = addressMismatch(p.commune, p.postal, context.postal, context.ref);
    if (!m) continue;
    if (m.otherDep) tally.otherDep += p.n;
    else tally.sameDep += p.n;
    flagged.push({
      keys: [p.commune, p.postal ?? ''],
      value: null,
      flag: m.otherDep ? 'other' : 'same',
    });
  }
  if (flagged.length > 0) {
    await db.setDictionary(handle, 'pairs', 2, flagged);
    for (const row of await db.mismatchExamples(handle)) {
      const m = addressMismatch(row.commune, row.postal, context.postal, context.ref);
      const example = { personId: row.person, communeCode: row.commune, postalCode: row.postal };
      if (m) tallyMismatch(tally, example, m, 0);
    }
  }
  return addressIssues(file, tally, context.postal);
}
