/**
 * The indicators of every loaded commune (`buildCommuneIndicatorsSql`), kept by columns on the main
 * thread: national data has 35,000 communes × 30 columns, which as one object per commune cost
 * ≈ 27 MB of JS heap; here numbers sit in typed arrays (`ColumnTable`), codes in one array with a
 * code → index map. Reads give the values of the SQL row (`null` when missing, never 0).
 */
import type { ColumnTable } from '../db/column-table';
import type { Row } from '../db/connector';

/** One row of `buildCommuneIndicatorsSql` (code and name are strings; numbers may be null). */
export type CommuneRow = Row & { code: string; name: string };

/** A commune as the search box and the name lists know it. */
export interface CommuneName {
  code: string;
  name: string;
}

export class CommuneTable {
  /** INSEE codes (strings, leading zeros kept), in the order of the query (by code). */
  readonly codes: readonly string[];
  private readonly indexByCode: ReadonlyMap<string, number>;

  constructor(private readonly table: ColumnTable) {
    const codes = table.column('code');
    this.codes = codes?.kind === 'string' ? codes.values.map((c) => c ?? '') : [];
    this.indexByCode = new Map(this.codes.map((code, i) => [code, i]));
  }

  /** Number of communes. */
  get size(): number {
    return this.codes.length;
  }

  /** Index of the commune `code`, -1 when it is not loaded. */
  indexOf(code: string): number {
    return this.indexByCode.get(code) ?? -1;
  }

  /** Name of the commune at `index` ('' out of range). */
  name(index: number): string {
    return this.table.string('name', index) ?? '';
  }

  /** Name of the commune `code`, undefined when it is not loaded. */
  nameOf(code: string): string | undefined {
    const index = this.indexOf(code);
    return index < 0 ? undefined : this.name(index);
  }

  /** The value of `column` for the commune at `index`, as in the SQL row (`null` when missing). */
  value(column: string, index: number): unknown {
    return this.table.value(column, index);
  }

  /** The number of `column` at `index`; null when missing (not loaded, NULL), never 0. */
  number(column: string, index: number): number | null {
    return this.table.number(column, index);
  }

  /** The row of the commune `code` (built on each call), undefined when it is not loaded. */
  rowOf(code: string): CommuneRow | undefined {
    const index = this.indexOf(code);
    return index < 0 ? undefined : this.table.row<CommuneRow>(index);
  }

  /** Code and name of each commune, built as they are read (for the search and name lists). */
  *names(): Generator<CommuneName> {
    for (let i = 0; i < this.codes.length; i++) {
      yield { code: this.codes[i] ?? '', name: this.name(i) };
    }
  }
}
