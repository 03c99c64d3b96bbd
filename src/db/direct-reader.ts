/**
 * Files read by DuckDB itself (issue « National scale », part 2): a big Annuaire Santé or PMSI
 * file is registered with DuckDB (browser: the user's `File` by `registerFileHandle`, no copy into
 * JS strings; Node: its path) and read by `read_csv`, line by line, every cell VARCHAR. The import
 * worker drives it step by step (`importDirect`): it asks for the distinct raw values of a column,
 * decides each one with the JS rules of the parsers and the COG reconciliation, sends back the
 * decisions as dictionaries, and DuckDB applies them to every row, computes the issue events
 * (capped per kind, with their totals) and appends the kept rows to the import's staging table.
 * Only distinct values, counts and at most the listed issues cross between DuckDB and JS.
 */
import type {
  DirectAnnuaireCheck as AnnuaireCheck,
  DirectCaps as EventCaps,
  DirectDistinct as DistinctValues,
  DirectDistinctOptions as DistinctOptions,
  DirectDuckDb,
  DirectEntry as DictionaryEntry,
  DirectEvent as IssueEvent,
  DirectFileRef as DirectFile,
  DirectStaysCheck as StaysCheck,
} from '../core/direct-import-types';
import type { Connector } from './connector';
import type { StagedImport } from './staged-import';
import {
  annuaireTables,
  buildAnnuaireCountsSql,
  buildAnnuaireEventsSql,
  buildAnnuaireInsertSql,
  buildAnnuaireMismatchExamplesSql,
  buildAnnuairePairsSql,
  buildAnnuaireSpecialtiesSql,
  buildAnnuaireTypedSql,
} from './sql/direct-annuaire-sql';
import {
  buildCappedEventsSql,
  buildCreateDictionarySql,
  buildDirectLinesSql,
  buildDistinctSql,
  type DictionarySource,
  type LineFormat,
} from './sql/direct-lines-sql';
import { fillDictionary } from './direct-dictionary';
import { INLINE_DICTIONARY_MAX } from './sql/direct-inline-sql';
import {
  buildStaysCountsSql,
  buildStaysEventsSql,
  buildStaysFlowsSql,
  buildStaysInsertSql,
  buildStaysMaskedExamplesSql,
  buildStaysTypedSql,
  buildStaysUnknownFieldsSql,
  buildStaysZonesSql,
  staysTables,
  type StaysSlot,
  type StaysTables,
} from './sql/direct-stays-sql';
import { sqlIdentifier, sqlString } from './sql/sql-literals';
export type { LineFormat } from './sql/direct-lines-sql';

/** Where the reader registers a file of the import (a browser `File`, a local path…). */
export type RegisterDirectFile = (file: DirectFile, registeredName: string) => Promise<void>;

let handleCounter = 0;

/** Reads the big files of one import with DuckDB; rows go to `staged`. */
export class DirectReader implements DirectDuckDb {
  private readonly open = new Map<
    string,
    { registered: string; tables: string[]; views: string[] }
  >();
  /**
   * How each dictionary table (`handle_name`) is read by the typed SQL: not at all when it has no
   * entry, inline when it has at most `options.inlineMax` entries (the lines keep their file order), else
   * joined. The table is created in every case (other statements join it by name).
   */
  private readonly sources = new Map<string, DictionarySource>();
  private threadCount: Promise<number> | null = null;

  /**
   * @param onLinesRead - Told the number of data lines DuckDB read from a file, as soon as it has
   *   read them (the app's progress bar: rows are appended only at the end of the checks).
   * @param options - `inlineMax`: largest dictionary written inline (default
   *   `INLINE_DICTIONARY_MAX`); `csvMin`: entries from which a dictionary is loaded as CSV
   *   (default `CSV_DICTIONARY_MIN`). The tests set both to 0 to join and load every dictionary
   *   the other way.
   */
  constructor(
    private readonly conn: Connector,
    private readonly staged: StagedImport,
    private readonly register: RegisterDirectFile,
    private readonly onLinesRead: (lines: number) => void = () => undefined,
    private readonly options: { inlineMax?: number; csvMin?: number } = {},
  ) {}

  /**
   * Registers the file and reads its lines (header excluded) into a temporary table.
   *
   * @returns The handle of the file for the next steps, its number of non-blank data lines and
   *   whether one of them holds a double quote (counted in the same scan).
   * @example const { handle, rowCount } = await reader.openLines({ fileIndex: 0, name: 'pmsi.csv' }, format);
   */
  async openLines(
    file: DirectFile,
    format: LineFormat,
  ): Promise<{ handle: string; rowCount: number; quoted: boolean }> {
    handleCounter += 1;
    const handle = `direct_lines_${handleCounter}`;
    const registered = `perimetre-direct-${handleCounter}-${file.name}`;
    // The raw lines of a cut made apart are dropped by its SQL, here too if it failed.
    this.open.set(handle, { registered, tables: [handle, `${handle}_raw`], views: [] });
    try {
      await this.register(file, registered);
      const apart = (await this.threads()) > 1;
      await this.conn.exec(buildDirectLinesSql(handle, registered, format, apart));
      const [row] = await this.conn.query<{ n: number; quoted: boolean | null }>(
        `SELECT count(*)::INTEGER AS n, bool_or(quoted) AS quoted FROM ${handle}`,
      );
      this.onLinesRead(row?.n ?? 0);
      return { handle, rowCount: row?.n ?? 0, quoted: row?.quoted === true };
    } catch (error) {
      await this.close(handle); // e.g. a file DuckDB cannot decode: nothing left behind
      throw error;
    }
  }

  /** DuckDB's threads (1 in DuckDB-WASM): with more, the lines are cut apart from their reading. */
  private threads(): Promise<number> {
    this.threadCount ??= this.conn
      .query<{ n: number }>("SELECT current_setting('threads')::INTEGER AS n")
      .then(([row]) => Number(row?.n ?? 1));
    return this.threadCount;
  }

  /**
   * Distinct raw values of slots of the lines, in order of first line (see {@link DistinctOptions}).
   */
  async distinct(
    handle: string,
    slots: readonly string[],
    options: DistinctOptions = {},
  ): Promise<DistinctValues[]> {
    const where = options.keptOnly ? 'NOT rejected' : 'TRUE';
    // Tested on each distinct value rather than on each row (a regular expression costs more
    // than grouping the row).
    const having =
      options.unlessMatching === undefined
        ? 'TRUE'
        : `NOT regexp_matches(k0, ${sqlString(options.unlessMatching)})`;
    const sql = buildDistinctSql(handle, slots.map(sqlIdentifier), where, having);
    const rows = await this.conn.query<Record<string, unknown>>(sql);
    return rows.map((r) => ({
      keys: slots.map((_, i) => String(r[`k${i}`] ?? '')),
      rows: Number(r.n),
      firstLine: Number(r.first_line),
    }));
  }

  /** Creates the dictionary `name` of the file (e.g. `zone`) with its entries. */
  async setDictionary(
    handle: string,
    name: string,
    keyCount: number,
    entries: readonly DictionaryEntry[],
  ): Promise<void> {
    const table = `${handle}_${name}`;
    this.open.get(handle)?.tables.push(table);
    const inlineMax = this.options.inlineMax ?? INLINE_DICTIONARY_MAX;
    this.sources.set(
      table,
      entries.length === 0 ? 'empty' : entries.length <= inlineMax ? entries : 'table',
    );
    await this.conn.exec(buildCreateDictionarySql(table, keyCount));
    await fillDictionary(this.conn, table, keyCount, entries, this.options.csvMin);
  }

  /** Types a PMSI file with its dictionaries (zone, finess, stays, year, field) and checks it. */
  async checkStays(handle: string, width: number, caps: EventCaps): Promise<StaysCheck> {
    const t = staysTables(handle);
    this.open.get(handle)?.views.push(t.typed);
    await this.conn.exec(buildStaysTypedSql(t, this.staysSources(t)));
    const [counts] = await this.conn.query<Omit<StaysCheck['counts'], 'distinct_flows'>>(
      buildStaysCountsSql(t),
    );
    const flows = async (hashed: boolean) => {
      const [row] = await this.conn.query<{ flows: number }>(buildStaysFlowsSql(t, hashed));
      return row?.flows ?? 0;
    };
    // Distinct hashes are as many as the kept rows only when no flow repeats (see the SQL).
    const hashedFlows = await flows(true);
    const distinctFlows = hashedFlows === counts?.accepted ? hashedFlows : await flows(false);
    return {
      events: await this.events(buildStaysEventsSql(t, width), caps),
      counts: { ...(counts as StaysCheck['counts']), distinct_flows: distinctFlows },
      maskedExamples: await this.conn.query(buildStaysMaskedExamplesSql(t, 5)),
      unknownFields: await this.conn.query(buildStaysUnknownFieldsSql(t)),
      zones: await this.conn.query(buildStaysZonesSql(t)),
    };
  }

  /**
   * Appends the kept stays to the staging table, zones reconciled (`zonemap`); sorted by line
   * only when a dictionary is joined (the inline ones keep the lines in file order).
   */
  async insertStays(handle: string, zoneKind: string): Promise<number> {
    const t = staysTables(handle);
    const target = await this.staged.target('stays');
    const zoneMap = this.source(t.zoneMap);
    const sources = [...Object.values(this.staysSources(t)), zoneMap];
    const sorted = sources.includes('table');
    return this.insert(buildStaysInsertSql(t, target, sqlString(zoneKind), zoneMap, sorted));
  }

  /** How the typed view of a PMSI file reads each of its dictionaries. */
  private staysSources(t: StaysTables): Record<StaysSlot, DictionarySource> {
    return {
      zone: this.source(t.zone),
      finess: this.source(t.finess),
      stays: this.source(t.stays),
      year: this.source(t.year),
      field: this.source(t.field),
    };
  }

  /** Types an Annuaire file with its dictionaries (commune, postal) and checks it. */
  async checkAnnuaire(handle: string, width: number, caps: EventCaps): Promise<AnnuaireCheck> {
    const t = annuaireTables(handle);
    this.open.get(handle)?.tables.push(t.typed);
    await this.conn.exec(
      buildAnnuaireTypedSql(t, {
        commune: this.source(t.commune),
        postal: this.source(t.postal),
      }),
    );
    const [counts] = await this.conn.query<AnnuaireCheck['counts']>(buildAnnuaireCountsSql(t));
    return {
      events: await this.events(buildAnnuaireEventsSql(t, width), caps),
      counts: counts as AnnuaireCheck['counts'],
      pairs: await this.conn.query(buildAnnuairePairsSql(t)),
      specialties: await this.conn.query(buildAnnuaireSpecialtiesSql(t)),
    };
  }

  /** First rows whose (commune, postal) pair is in the `pairs` dictionary (examples, file order). */
  mismatchExamples(
    handle: string,
  ): Promise<{ line: number; person: string; commune: string; postal: string; flag: string }[]> {
    return this.conn.query(buildAnnuaireMismatchExamplesSql(annuaireTables(handle)));
  }

  /** Appends the kept activities (GPs through the `gp` dictionary) to the staging table. */
  async insertAnnuaire(handle: string): Promise<number> {
    const t = annuaireTables(handle);
    const target = await this.staged.target('professionals');
    const sources = { commune: this.source(t.commune), postal: this.source(t.postal) };
    return this.insert(buildAnnuaireInsertSql(t, target, { ...sources, gp: this.source(t.gp) }));
  }

  /** Drops the file's temporary tables and its registration. */
  async close(handle: string): Promise<void> {
    const entry = this.open.get(handle);
    if (!entry) return;
    this.open.delete(handle);
    for (const table of entry.tables) this.sources.delete(table);
    // One call (a round trip to DuckDB's worker in the browser), the views first.
    const drops = [
      ...entry.views.map((view) => `DROP VIEW IF EXISTS ${view}`),
      ...entry.tables.map((table) => `DROP TABLE IF EXISTS ${table}`),
    ];
    await this.conn.exec(drops.join(';\n'));
    await this.conn.dropFile(entry.registered);
  }

  /** How the typed SQL reads the dictionary `table` (joined when it was never set). */
  private source(table: string): DictionarySource {
    return this.sources.get(table) ?? 'table';
  }

  private async events(eventsSql: string, caps: EventCaps): Promise<IssueEvent[]> {
    return this.conn.query<IssueEvent>(buildCappedEventsSql(eventsSql, caps.warnings, caps.errors));
  }

  private async insert(sql: string): Promise<number> {
    const [row] = await this.conn.query<{ Count: number }>(sql);
    return Number(row?.Count ?? 0);
  }
}
