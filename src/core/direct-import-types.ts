/**
 * The DuckDB side of the direct import, written once for both sides: `DirectReader` of src/db
 * implements it and the import API of src/workers drives it (neither layer may import the other). Everything that crosses
 * is structured-cloneable, so in the app it goes through Comlink from the import worker to the
 * main thread, which holds DuckDB-WASM.
 */

/** A file of the import, as the caller registers it with DuckDB. */
export interface DirectFileRef {
  /** Index of the file in the import (the caller knows its `File` or its path). */
  fileIndex: number;
  name: string;
}

/** How DuckDB cuts the lines of a file (see `LineFormat` in src/db/sql/direct-lines-sql.ts). */
export interface DirectLineFormat {
  separator: string;
  encoding: 'utf-8' | 'windows-1252';
  width: number;
  blank: 'line' | 'cells';
  slots: Readonly<Record<string, number>>;
  trimmed?: readonly string[];
  required?: readonly string[];
}

/** A distinct tuple of raw values with its number of rows and first line. */
export interface DirectDistinct {
  keys: string[];
  rows: number;
  firstLine: number;
}

/** Which rows and values `distinct` returns. */
export interface DirectDistinctOptions {
  /** Only the rows the reader keeps (`rejected` false: the format's `required` cells are there). */
  keptOnly?: boolean;
  /**
   * Leave out the values of the first slot that match this regular expression (RE2 syntax, the
   * source of the JS rule's own expression): values already in their final form, which the
   * dictionary need not list (a value absent from a dictionary is kept as is, flag `ok`).
   */
  unlessMatching?: string;
}

/** The decision for one distinct tuple of raw values. */
export interface DirectEntry {
  keys: string[];
  value: string | null;
  num?: number | null;
  flag: string;
}

/** One issue event (the first ones of each code, with the code's total). */
export interface DirectEvent {
  line: number;
  phase: number;
  ord: number;
  code: string;
  severity: 'error' | 'warning';
  a: string | null;
  b: string | null;
  total: number;
}

/** Issues listed per warning code and per error code. */
export interface DirectCaps {
  warnings: number;
  errors: number;
}

/** A PMSI stays file once typed by DuckDB. */
export interface DirectStaysCheck {
  events: DirectEvent[];
  counts: {
    row_count: number;
    accepted: number;
    masked: number;
    empty: number;
    first_empty: number | null;
    repaired: number;
    distinct_flows: number;
  };
  maskedExamples: { line: number; raw: string }[];
  unknownFields: { field: string; n: number; first_line: number }[];
  zones: { zone: string; stays: number; n: number; first_line: number }[];
}

/** An Annuaire Santé file once typed by DuckDB. */
export interface DirectAnnuaireCheck {
  events: DirectEvent[];
  counts: { row_count: number; accepted: number; repaired: number; without_commune: number };
  pairs: { commune: string; postal: string | null; n: number; first_line: number }[];
  specialties: { prof: string; spec: string; label: string }[];
}

/** The steps DuckDB runs for the import API (implemented by `DirectReader`). */
export interface DirectDuckDb {
  openLines(
    file: DirectFileRef,
    format: DirectLineFormat,
  ): Promise<{ handle: string; rowCount: number; quoted: boolean }>;
  distinct(
    handle: string,
    slots: string[],
    options?: DirectDistinctOptions,
  ): Promise<DirectDistinct[]>;
  setDictionary(
    handle: string,
    name: string,
    keyCount: number,
    entries: DirectEntry[],
  ): Promise<void>;
  checkStays(handle: string, width: number, caps: DirectCaps): Promise<DirectStaysCheck>;
  insertStays(handle: string, zoneKind: string): Promise<number>;
  checkAnnuaire(handle: string, width: number, caps: DirectCaps): Promise<DirectAnnuaireCheck>;
  mismatchExamples(
    handle: string,
  ): Promise<{ line: number; person: string; commune: string; postal: string; flag: string }[]>;
  insertAnnuaire(handle: string): Promise<number>;
  close(handle: string): Promise<void>;
}
