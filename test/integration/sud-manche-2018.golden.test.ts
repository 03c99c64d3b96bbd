/**
 * Golden case test/fixtures/territory/sud-manche-2018: Sud-Manche built on the 2018 Manche
 * contours reconciled with `reconcileContours` must be the territory built on the current (COG
 * 2026) contours. `out.json` was computed independently with GDAL/SpatiaLite (see the fixture's
 * README.md); the computed side uses the project's core (dissolve, adjacency, contiguity).
 */
import fs from 'node:fs';
import path from 'node:path';
import { area } from '@turf/turf';
import Papa from 'papaparse';
import { beforeAll, expect, it } from 'vitest';
import { buildCommuneAdjacency } from '../../src/core/geo/commune-adjacency';
import { computeCommuneMetrics } from '../../src/core/geo/commune-metrics';
import { buildCommuneTopology, dissolveCommunes } from '../../src/core/geo/dissolve-communes';
import { reconcileContours } from '../../src/core/reconcile/reconcile-contours';
import { computeContiguity } from '../../src/core/territory/compute-contiguity';
import type { Commune } from '../../src/core/types';
import { loadCommuneReferential } from '../../src/io/commune-referential';
import { parseCommunes } from '../../src/io/parse-communes';
import { describeShared, sharedPath } from '../support/shared-data';

const FIXTURE = path.join(import.meta.dirname, '../fixtures/territory/sud-manche-2018');

interface Case {
  contours2018: string;
  contoursCurrent: string;
  communesTable: string;
  epci: string[];
}
interface Golden {
  communes: number;
  areaKm2: number;
  areaRelativeTolerance: number;
  areaKm2Sphere: number;
  areaSphereRelativeTolerance: number;
  outlineParts: number;
  contiguityPieces: number;
  holes: number;
  enclaves: number;
  withoutReconciliation: { communes: number; holes: number; enclaves: string[][]; areaKm2: number };
}

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;

/** The territory as the app builds it: dissolved outline, contiguity, area. */
function buildTerritory(communes: readonly Commune[], codes: readonly string[]) {
  const topology = buildCommuneTopology(communes);
  const adjacency = buildCommuneAdjacency(topology);
  const present = codes.filter((c) => topology.indexByCode.has(c));
  const outline = dissolveCommunes(topology, present);
  const centroids = new Map(
    communes.map((c) => {
      const m = computeCommuneMetrics(c.geometry);
      return [c.code, [m.centroidLon, m.centroidLat] as [number, number]];
    }),
  );
  const contiguity = computeContiguity(
    adjacency,
    present,
    (code) => centroids.get(code) ?? null,
    outline?.geometry ?? null,
  );
  return {
    communes: present.length,
    areaKm2: outline ? area(outline) / 1e6 : 0,
    outlineParts: outline?.geometry.coordinates.length ?? 0,
    contiguityPieces: contiguity.pieces.length,
    holes: contiguity.holes,
    enclaves: contiguity.enclaves.map((e) => [...e].sort()).sort(),
  };
}

const near = (actual: number, expected: number, relative: number) =>
  expect(Math.abs(actual - expected) / expected).toBeLessThanOrEqual(relative);

describeShared('golden: Sud-Manche on the 2018 contours reconciled (sud-manche-2018)', () => {
  const input = readJson<Case>(path.join(FIXTURE, 'in/case.json'));
  const golden = readJson<Golden>(path.join(FIXTURE, 'out.json'));
  const read = (file: string) =>
    parseCommunes(fs.readFileSync(sharedPath(file), 'utf8'), { file }).rows;
  let codes: string[] = [];
  let contours2018: Commune[] = [];
  let reconciled: ReturnType<typeof reconcileContours>;

  beforeAll(async () => {
    const table = Papa.parse<Record<string, string>>(
      fs.readFileSync(sharedPath(input.communesTable), 'utf8'),
      { header: true, skipEmptyLines: true },
    );
    codes = table.data.filter((r) => input.epci.includes(r.epci ?? '')).map((r) => r.code ?? '');
    contours2018 = read(input.contours2018);
    reconciled = reconcileContours(
      input.contours2018,
      contours2018,
      await loadCommuneReferential(),
    );
  });

  it('dissolves the old communes 50206 and 50516 onto 50597 and 50025, and says so', () => {
    expect(contours2018).toHaveLength(476);
    expect(reconciled.rows).toHaveLength(445);
    expect(reconciled.issues.map((i) => [i.severity, i.code])).toEqual([
      ['info', 'old-contours-dissolved'],
    ]);
    expect(reconciled.issues[0]?.message).toContain('50206 → 50597 (avec 50597)');
    expect(reconciled.issues[0]?.message).toContain('50516 → 50025 (avec 50025)');
  });

  it('gives the GDAL figures: 127 communes, area, 4 outline parts, 1 piece, no hole, no enclave', () => {
    const t = buildTerritory(reconciled.rows, codes);
    expect(t.communes).toBe(golden.communes);
    near(t.areaKm2, golden.areaKm2, golden.areaRelativeTolerance);
    near(t.areaKm2, golden.areaKm2Sphere, golden.areaSphereRelativeTolerance);
    expect(t.outlineParts).toBe(golden.outlineParts);
    expect(t.contiguityPieces).toBe(golden.contiguityPieces);
    expect(t.holes).toBe(golden.holes);
    expect(t.enclaves).toHaveLength(golden.enclaves);
  });

  it('is the same territory as the one built on the current contours', () => {
    const fromOld = buildTerritory(reconciled.rows, codes);
    const fromCurrent = buildTerritory(read(input.contoursCurrent), codes);
    expect({ ...fromOld, areaKm2: 0 }).toEqual({ ...fromCurrent, areaKm2: 0 });
    near(fromOld.areaKm2, fromCurrent.areaKm2, 1e-6);
  });

  it('shows the two holes and enclaves of the old contours taken as they are', () => {
    const t = buildTerritory(contours2018, codes);
    expect(t.communes).toBe(golden.withoutReconciliation.communes);
    expect(t.holes).toBe(golden.withoutReconciliation.holes);
    expect(t.enclaves).toEqual(golden.withoutReconciliation.enclaves);
    near(t.areaKm2, golden.withoutReconciliation.areaKm2, golden.areaRelativeTolerance);
  });
});
