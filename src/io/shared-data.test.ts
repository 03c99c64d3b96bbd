/** Checks against real open data in ../shared/data (see its SOURCES.md); skipped, visibly, when absent. */
import fs from 'node:fs';
import { expect, it } from 'vitest';
import { describeShared, sharedPath } from '../../test/support/shared-data';
import { parseDataFile } from './parse-data-file';

const read = (...p: string[]) => new Uint8Array(fs.readFileSync(sharedPath(...p)));

describeShared('io on real open data', () => {
  it('reads the Ain communes GeoJSON (391 communes, COG 2026)', () => {
    const r = parseDataFile(
      'communes-01.geojson',
      read('geo', 'communes-cog2026', 'communes-01.geojson'),
    );
    expect(r.kind).toBe('communes');
    expect(r.rows).toHaveLength(391);
    expect(r.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('reads the national TopoJSON (34,868 communes)', () => {
    const r = parseDataFile(
      'communes-france-cog2026-simplifie.topojson',
      read('geo', 'national-cog2026', 'communes-france-cog2026-simplifie.topojson'),
    );
    if (r.kind !== 'communes') throw new Error(`kind ${String(r.kind)}`);
    expect(r.rows).toHaveLength(34868);
    expect(r.rows.some((c) => c.code === '2A004')).toBe(true);
  });

  it('reads the GISCO hospitals GeoJSON as establishments, FINESS with leading zeros', () => {
    const r = parseDataFile(
      'hopitaux.geojson',
      read('finess', 'hopitaux-gisco-2020-zones-50-01.geojson'),
    );
    if (r.kind !== 'establishments') throw new Error(`kind ${String(r.kind)}`);
    expect(r.rows).toHaveLength(737);
    expect(r.rows.some((e) => e.finessEt === '010000024')).toBe(true);
  });
});
