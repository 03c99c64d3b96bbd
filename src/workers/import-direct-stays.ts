/**
 * A big PMSI stays file read by DuckDB (`importDirect`): `parsePmsiStays`'s rules decide each
 * distinct raw zone, FINESS, count, year and field (`readPmsiZone`, `readFiness`,
 * `parseNumberCell`, `readPmsiYear`), DuckDB applies them to every row; the zones are then read as
 * their detected kind (`StayZoneStep`, on the distinct zones with their stays) and the kept rows
 * appended to the staging table. A decimal count goes into the INTEGER column rounded half away
 * from zero, as the CSV load of the JS path rounds it.
 */
import { FINESS_RE, parseNumberCell, readFiness, yearFromFileName } from '../io';
import { IssueLog, MaskedTally } from '../io/issues';
import {
  KNOWN_PMSI_FIELDS,
  PMSI_MESSAGES,
  PMSI_ZONE_RE,
  readPmsiYear,
  readPmsiZone,
} from '../io/parse-pmsi-stays';
import type { ImportReport } from './import-api';
import { DIRECT_CAPS, directReport, replayEvents, type DirectHead } from './import-direct-shared';
import type { DirectDuckDb, DirectEntry, DirectEvent } from '../core/direct-import-types';
import { StayZoneStep, type ZoneContext } from './import-stays';

/** Slots of the lines table -> roles of the PMSI column mapping. */
export const STAYS_SLOTS = {
  zone: 'zone',
  finess: 'finess',
  stays: 'stays',
  year: 'year',
  field: 'field',
} as const;

type Slot = keyof typeof STAYS_SLOTS;

/**
 * Raw values whose decision the SQL typing makes by itself, without a dictionary entry
 * (`buildStaysTypedSql`): a zone or FINESS number already in its final form (`readPmsiZone`,
 * `readFiness` keep it as it is), a count of digits only (`parseNumberCell`: that number), a year
 * of 1990–2100 or an empty cell (`readPmsiYear`: that year, or none without a warning), a known
 * field written in capitals or an empty field. Only the other values are sent to JS and listed.
 */
const FINAL_FORM: Record<Slot, RegExp> = {
  zone: PMSI_ZONE_RE,
  finess: FINESS_RE,
  stays: /^[0-9]{1,15}$/,
  year: /^(?:199[0-9]|20[0-9]{2}|2100)?$/,
  field: new RegExp(`^(?:${[...KNOWN_PMSI_FIELDS].join('|')})?$`),
};

/**
 * Types, checks and appends the stays of an opened file; returns its report.
 *
 * @example const report = await importStaysDirect(head, handle, { zones }, duckdb);
 */
export async function importStaysDirect(
  head: DirectHead,
  handle: string,
  context: { zones: ZoneContext },
  db: DirectDuckDb,
): Promise<ImportReport> {
  const parsed = head.parsed;
  if (parsed.kind !== 'stays') throw new Error('importStaysDirect: not a stays file');
  const file = head.file.name;
  const mapping = parsed.mapping;
  const fileYear = mapping.year ? null : yearFromFileName(file);
  for (const slot of Object.keys(STAYS_SLOTS) as Slot[]) {
    // Values already in their final form need no entry (most of them); the year of the file's
    // name replaces every cell (one entry per distinct cell).
    const unlessMatching =
      slot === 'year' && fileYear !== null ? undefined : FINAL_FORM[slot].source;
    const values = await db.distinct(handle, [slot], unlessMatching ? { unlessMatching } : {});
    const decide = DECIDE[slot];
    const entries = values.map((v) => decide(v.keys[0] ?? '', fileYear));
    await db.setDictionary(handle, slot, 1, entries);
  }
  const check = await db.checkStays(handle, head.format.width, DIRECT_CAPS);
  const log = new IssueLog(file);
  const columnOf: Record<string, string | undefined> = {
    'invalid-code': mapping.zone ?? undefined,
    'invalid-finess': mapping.finess ?? undefined,
    'invalid-number': mapping.stays ?? undefined,
    'non-integer': mapping.stays ?? undefined,
    'invalid-year': mapping.year ?? undefined,
  };
  replayEvents(log, check.events, head.format, (e) => ({
    text: eventMessage(e),
    column: columnOf[e.code],
  }));
  const c = check.counts;
  const masked = new MaskedTally(file, mapping.stays ?? '', 'séjours');
  for (const m of check.maskedExamples) masked.add(m.line, m.raw.trim());
  masked.addUnlisted(c.masked - check.maskedExamples.length);
  masked.flush(log);
  if (c.empty > 0)
    log.add(
      'warning',
      'empty-value',
      PMSI_MESSAGES.emptyValues(c.empty, c.first_empty ?? 0),
      undefined,
      mapping.stays ?? undefined,
      c.empty,
    );
  if (c.repaired > 0)
    log.add(
      'warning',
      'repaired-code',
      PMSI_MESSAGES.repaired(c.repaired),
      undefined,
      undefined,
      c.repaired,
    );
  for (const f of check.unknownFields)
    log.add(
      'warning',
      'unknown-field',
      PMSI_MESSAGES.unknownField(f.field, f.n),
      undefined,
      mapping.field ?? undefined,
    );
  const repeated = c.accepted - c.distinct_flows;
  if (repeated > 0) log.add('info', 'repeated-flow', PMSI_MESSAGES.repeatedFlows(repeated));
  const parserIssues = [...head.headIssues, ...log.finish()];

  const step = new StayZoneStep(
    file,
    check.zones.map((z) => ({ zoneCode: z.zone })),
    context.zones,
    head.options.zoneKind,
  );
  const changed = step.applyToZones(
    check.zones.map((z) => ({ zone: z.zone, stays: z.stays, rows: z.n })),
  );
  const zoneMap = changed.map((z) => ({ keys: [z.from], value: z.to, flag: 'reconciled' }));
  await db.setDictionary(handle, 'zonemap', 1, zoneMap);
  const insertion = db.insertStays(handle, step.kind);
  // The zone report is written while DuckDB appends the rows (its own threads).
  const zoneIssues = step.issues();
  const inserted = await insertion;
  if (inserted !== c.accepted)
    throw new Error(`importStaysDirect: ${c.accepted} rows kept, ${inserted} appended`);
  return directReport(head, c.row_count, inserted, parserIssues, 0, zoneIssues);
}

function eventMessage(e: DirectEvent): string {
  const raw = (e.a ?? '').trim();
  switch (e.code) {
    case 'invalid-code':
      return PMSI_MESSAGES.invalidZone(raw);
    case 'invalid-finess':
      return PMSI_MESSAGES.invalidFiness(raw);
    case 'invalid-number':
      return PMSI_MESSAGES.invalidNumber(raw);
    case 'non-integer':
      return PMSI_MESSAGES.nonInteger(raw);
    case 'invalid-year':
      return PMSI_MESSAGES.invalidYear(raw);
    default:
      throw new Error(`importStaysDirect: unexpected event ${e.code}`);
  }
}

/** The JS rule for each distinct raw cell of a slot (the cell is trimmed, as the parser does). */
const DECIDE: Record<Slot, (raw: string, fileYear: number | null) => DirectEntry> = {
  zone: (raw) => {
    const z = readPmsiZone(raw.trim());
    const flag = z.code === null ? 'invalid' : z.repaired ? 'repaired' : 'ok';
    return { keys: [raw], value: z.code, flag };
  },
  finess: (raw) => {
    const f = readFiness(raw.trim());
    const flag = f.code === null ? 'invalid' : f.repaired ? 'repaired' : 'ok';
    return { keys: [raw], value: f.code, flag };
  },
  stays: (raw) => {
    const n = parseNumberCell(raw.trim());
    if (n.kind !== 'number') return { keys: [raw], value: null, flag: n.kind };
    if (n.value < 0) return { keys: [raw], value: null, flag: 'invalid' };
    const flag = Number.isInteger(n.value) ? 'number' : 'non-integer';
    return { keys: [raw], value: null, num: n.value, flag };
  },
  year: (raw, fileYear) => {
    if (fileYear !== null) return { keys: [raw], value: null, num: fileYear, flag: 'ok' };
    const y = readPmsiYear(raw.trim());
    return { keys: [raw], value: null, num: y.year, flag: y.warn ? 'warn' : 'ok' };
  },
  field: (raw) => {
    const f = raw.trim().toUpperCase();
    return {
      keys: [raw],
      value: f,
      flag: f !== '' && !KNOWN_PMSI_FIELDS.has(f) ? 'unknown' : 'known',
    };
  },
};
