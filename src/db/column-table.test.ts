import { describe, expect, it } from 'vitest';
import { ColumnTable, columnValue, packColumn } from './column-table';

describe('packColumn', () => {
  it('keeps numbers in a Float64Array and NULL as null, never 0', () => {
    const column = packColumn([1.5, null, 0, -2]);
    expect(column.kind).toBe('number');
    if (column.kind !== 'number') return;
    expect(column.values).toBeInstanceOf(Float64Array);
    expect([0, 1, 2, 3].map((i) => columnValue(column, i))).toEqual([1.5, null, 0, -2]);
  });

  it('stores no mask when no value is NULL, and nothing when every value is', () => {
    const full = packColumn([1, 2]);
    expect(full.kind === 'number' && full.valid).toBeNull();
    expect(packColumn([null, null])).toEqual({ kind: 'null' });
    expect(columnValue(packColumn([null, null]), 1)).toBeNull();
  });

  it('keeps codes as strings with their leading zeros, equal strings shared', () => {
    const column = packColumn(['01001', null, '2A004', '01001']);
    expect(column.kind).toBe('string');
    expect([0, 1, 2, 3].map((i) => columnValue(column, i))).toEqual([
      '01001',
      null,
      '2A004',
      '01001',
    ]);
  });

  it('keeps booleans and their NULL', () => {
    const column = packColumn([true, null, false]);
    expect(column.kind).toBe('boolean');
    expect([0, 1, 2].map((i) => columnValue(column, i))).toEqual([true, null, false]);
  });

  it('keeps NaN and -0 as numbers, distinct from NULL', () => {
    const column = packColumn([Number.NaN, -0, null]);
    expect(columnValue(column, 0)).toBeNaN();
    expect(Object.is(columnValue(column, 1), -0)).toBe(true);
    expect(columnValue(column, 2)).toBeNull();
  });

  it('keeps lists, structs and mixed kinds as plain values', () => {
    const column = packColumn([[1, 2], null, { a: 1 }]);
    expect(column.kind).toBe('value');
    expect([0, 1, 2].map((i) => columnValue(column, i))).toEqual([[1, 2], null, { a: 1 }]);
    expect(packColumn(['1', 1]).kind).toBe('value');
  });

  it('reads null past the last row', () => {
    expect(columnValue(packColumn([1]), 5)).toBeNull();
    expect(columnValue(packColumn(['a']), 5)).toBeNull();
    expect(columnValue(packColumn([true]), 5)).toBeNull();
  });
});

describe('ColumnTable', () => {
  const rows = [
    { code: '01001', population: 1000, share_75p: null, ages_loaded: false },
    { code: '01002', population: null, share_75p: 0.25, ages_loaded: true },
  ];
  const table = ColumnTable.fromRows(rows);

  it('gives back the rows it was built from', () => {
    expect(table.numRows).toBe(2);
    expect(table.names).toEqual(['code', 'population', 'share_75p', 'ages_loaded']);
    expect(table.toRows()).toStrictEqual(rows);
  });

  it('reads typed values, null when missing, of the wrong kind or of no such column', () => {
    expect(table.number('population', 0)).toBe(1000);
    expect(table.number('population', 1)).toBeNull();
    expect(table.number('code', 0)).toBeNull();
    expect(table.string('code', 1)).toBe('01002');
    expect(table.value('unknown', 0)).toBeNull();
  });

  it('keeps the last of two columns with the same name, as query rows do', () => {
    const twice = new ColumnTable(1, [
      { name: 'n', column: packColumn([1]) },
      { name: 'n', column: packColumn([2]) },
    ]);
    expect(twice.row(0)).toEqual({ n: 2 });
  });
});
