/**
 * Golden case test/fixtures/locate-establishments/hopitaux-50-01: the 737 GISCO hospitals located
 * in the COG 2026 contours of the 12 départements of ../shared/data. `out.json` was computed
 * independently with GDAL/SpatiaLite `ST_Contains` (see the fixture's README.md).
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { locatePoints } from '../../src/core/geo/locate-points';
import type { Commune, Establishment } from '../../src/core/types';
import { parseCommunes, type CommunesResult } from '../../src/io/parse-communes';
import { parseFinessGeoJson } from '../../src/io/parse-finess-geojson';
import { locateEstablishments } from '../../src/workers/locate-establishments';
import { describeShared, sharedPath } from '../support/shared-data';

const FIXTURE = path.join(import.meta.dirname, '../fixtures/locate-establishments/hopitaux-50-01');

interface Case {
  points: string;
  communes: string[];
}
interface Golden {
  points: number;
  located: number;
  hospitalsByCommune: Record<string, number>;
  outside: { finess: string; nom: string; lon: number; lat: number }[];
}

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;

describeShared('golden: GISCO hospitals located in the COG 2026 communes (hopitaux-50-01)', () => {
  const input = readJson<Case>(path.join(FIXTURE, 'in/case.json'));
  const golden = readJson<Golden>(path.join(FIXTURE, 'out.json'));
  let parsed: CommunesResult[] = [];
  let communes: Commune[] = [];
  let establishments: Establishment[] = [];

  beforeAll(() => {
    parsed = input.communes.map((file) =>
      parseCommunes(fs.readFileSync(sharedPath(file), 'utf8'), { file }),
    );
    communes = parsed.flatMap((p) => p.rows);
    const pointsFile = fs.readFileSync(sharedPath(input.points), 'utf8');
    establishments = parseFinessGeoJson(pointsFile, { file: input.points }).rows;
  });

  it('reads every contour of the 12 départements', () => {
    expect(parsed.flatMap((p) => p.issues).filter((i) => i.severity === 'error')).toEqual([]);
    expect(communes).toHaveLength(parsed.reduce((n, p) => n + p.featureCount, 0));
  });

  it('gives exactly the GDAL count of hospitals per commune and the same points outside', () => {
    expect(establishments).toHaveLength(golden.points);
    const codes = locatePoints(
      establishments.map((e) => ({ lon: e.lon as number, lat: e.lat as number })),
      communes,
    );
    const counts: Record<string, number> = {};
    for (const code of codes) if (code !== null) counts[code] = (counts[code] ?? 0) + 1;
    expect(counts).toEqual(golden.hospitalsByCommune);
    const outside = establishments.filter((_, i) => codes[i] === null).map((e) => e.finessEt);
    expect(outside).toEqual(golden.outside.map((o) => o.finess));
  });

  it('places the hospitals through locateEstablishments and reports the points outside', () => {
    const r = locateEstablishments(input.points, establishments, communes);
    expect(r.located).toBe(golden.located);
    expect(r.rows.filter((e) => e.communeCode !== '')).toHaveLength(golden.located);
    const outside = r.issues.find((i) => i.code === 'outside-communes');
    expect(outside?.message).toContain(`${golden.outside.length} établissement(s)`);
    for (const o of golden.outside) expect(outside?.message).toContain(o.finess);
    expect(r.issues.map((i) => i.code).sort()).toEqual(['located-by-position', 'outside-communes']);
  });

  it('puts 21 hospitals in Sud-Manche (EPCI 200069425 and 200042604), as GDAL does', () => {
    const sudManche = new Set(
      communes.filter((c) => c.epci === '200069425' || c.epci === '200042604').map((c) => c.code),
    );
    expect(sudManche.size).toBe(127);
    const located = locateEstablishments(input.points, establishments, communes).rows;
    const inside = located.filter((e) => sudManche.has(e.communeCode)).length;
    const gdal = [...sudManche].reduce((n, c) => n + (golden.hospitalsByCommune[c] ?? 0), 0);
    expect([inside, gdal]).toEqual([21, 21]);
  });
});
