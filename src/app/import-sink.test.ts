import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE_CONNECTORS } from '../../test/support/connectors';
import { squareRing } from '../../test/support/shapes';
import { computeCommuneMetrics } from '../core/geo/commune-metrics';
import type { Commune, StayFlow } from '../core/types';
import { toContourChunk } from '../workers/import-contours';
import type { Connector } from '../db/connector';
import type { NodeConnector } from '../db/node-connector';
import { communeRecords, ImportSink } from './import-sink';

const stay = (zoneCode: string, stays: number | null): StayFlow => ({
  zoneCode,
  finess: '500000013',
  stays,
  year: 2023,
  field: 'MCO',
});

/** A connector handed over only when the test says so (DuckDB « still starting »). */
function later(conn: Connector): { promise: Promise<Connector>; start: () => void } {
  let start: () => void = () => undefined;
  const promise = new Promise<Connector>((resolve) => {
    start = () => resolve(conn);
  });
  return { promise, start };
}

describe.each(NODE_CONNECTORS)('ImportSink on a real DuckDB ($name)', ({ create }) => {
  let conn: NodeConnector;
  beforeAll(async () => {
    conn = await create();
  });
  afterAll(async () => {
    await conn.close();
  });
  const zones = async () =>
    (await conn.query<{ zone_code: string }>('SELECT zone_code FROM stays ORDER BY rowid')).map(
      (r) => r.zone_code,
    );

  it('keeps chunks received before DuckDB is ready and stages them in arrival order', async () => {
    const duckdb = later(conn);
    const sink = new ImportSink(duckdb.promise);
    // Before DuckDB: the worker is not held (nothing to await), the chunks wait.
    expect(sink.append('stays', [stay('50100', 3)])).toBeUndefined();
    expect(sink.append('stays', [stay('50C02', null), stay('50200', 7)])).toBeUndefined();
    duckdb.start();
    const staged = await sink.staged;
    // Once DuckDB is ready, each chunk is awaited (back-pressure on big files).
    const append = sink.append('stays', [stay('50300', 1)]);
    expect(append).toBeInstanceOf(Promise);
    await append;
    await sink.flushed();
    await staged.commit();
    expect(await zones()).toEqual(['50100', '50C02', '50200', '50300']);
  });

  it('stages the communes of a flat contour chunk with the area computed in the worker', async () => {
    const geometry = { type: 'Polygon' as const, coordinates: [squareRing(-1.5, 49, 0.1)] };
    const commune: Commune = {
      code: '50129',
      name: 'Cherbourg-en-Cotentin',
      dep: '50',
      epci: null,
      epciName: null,
      postalCodes: ['50100'],
      population: null,
      geometry,
      metrics: computeCommuneMetrics(geometry),
    };
    const chunk = toContourChunk({
      fileIndex: -1,
      kind: 'communes',
      rows: [commune],
      rowsDone: 1,
      bytesDone: 0,
      bytesTotal: 0,
    });
    const [record] = communeRecords(chunk);
    expect(record?.geometry).toEqual(geometry);
    const sink = new ImportSink(Promise.resolve(conn));
    await sink.append('communes', communeRecords(chunk));
    await sink.flushed();
    await (await sink.staged).commit();
    const rows = await conn.query<{ code: string; area: number }>(
      'SELECT code, area_km2 AS area FROM communes',
    );
    expect(rows).toEqual([{ code: '50129', area: commune.metrics?.areaKm2 }]);
  });

  it('reports a failed append at the end and rolls back, leaving the loaded data', async () => {
    const sink = new ImportSink(Promise.resolve(conn));
    await sink.staged;
    const bad = { ...stay('50400', 2), year: 'deux mille' } as unknown as StayFlow;
    await expect(sink.append('stays', [bad])).rejects.toThrow();
    // A later chunk does not hide the failure.
    await expect(sink.append('stays', [stay('50500', 1)])).rejects.toThrow();
    await expect(sink.flushed()).rejects.toThrow();
    await sink.rollback();
    expect(await zones()).toEqual(['50100', '50C02', '50200', '50300']);
  });

  it('rejects with DuckDB’s start failure, and rolls back without a connector', async () => {
    const sink = new ImportSink(Promise.reject(new Error('DuckDB-WASM n’a pas démarré')));
    expect(sink.append('stays', [stay('50600', 1)])).toBeUndefined();
    await expect(sink.flushed()).rejects.toThrow('n’a pas démarré');
    await expect(sink.rollback()).resolves.toBeUndefined();
  });
});
