/**
 * Golden case on real data through the one import path (the CLI's `loadInputsIntoDuckDb`, the
 * same `importFiles` as the app) and the territory analysis the CLI and the workbench run:
 * Sud-Manche on the current contours and on the 2018 contours gives the figures computed
 * independently in test/fixtures/territory/sud-manche/README.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { loadInputsIntoDuckDb } from '../../src/cli/load-inputs';
import { queryTerritoryInput } from '../../src/db/territory-input';
import { analyseTerritoryCodes, prepareTerritories } from '../../src/workers/territory-api';
import { describeShared, sharedPath } from '../support/shared-data';

const CASE = path.resolve(import.meta.dirname, '../fixtures/territory/sud-manche');
const spec = JSON.parse(fs.readFileSync(path.join(CASE, 'in/case.json'), 'utf8')) as {
  contours: string[];
  population: string;
  epci: string[];
};
const expected = JSON.parse(fs.readFileSync(path.join(CASE, 'out.json'), 'utf8')) as {
  communes: number;
  population: number;
  trancheSize: number;
  areaKm2Sphere: number;
  areaSphereRelativeTolerance: number;
  outlineParts: number;
  contiguityPieces: number;
  holes: number;
  enclaves: number;
};

describeShared('Sud-Manche through the import path (golden)', () => {
  for (const contours of spec.contours) {
    it(`gives the independent figures on ${path.basename(contours)}`, async () => {
      const inputs = await loadInputsIntoDuckDb([
        sharedPath(contours),
        sharedPath(spec.population),
      ]);
      try {
        const { input, geometries } = await queryTerritoryInput(inputs.conn, inputs.contours);
        const codes = fs
          .readFileSync(sharedPath(spec.population), 'utf8')
          .split('\n')
          .map((l) => l.split(','))
          .filter((c) => spec.epci.includes(c[5] ?? ''))
          .map((c) => c[0] ?? '');
        expect(codes).toHaveLength(expected.communes);
        await prepareTerritories(input, geometries);
        const a = await analyseTerritoryCodes(codes);
        const i = a.indicators;
        expect(i.unknownCodes).toEqual([]);
        expect(i.communeCount).toBe(expected.communes);
        expect(i.population).toBe(expected.population);
        expect(i.tranche?.tranche.size).toBe(expected.trancheSize);
        expect(Math.abs(i.areaKm2 / expected.areaKm2Sphere - 1)).toBeLessThan(
          expected.areaSphereRelativeTolerance,
        );
        expect(a.outline?.geometry.coordinates).toHaveLength(expected.outlineParts);
        expect(a.contiguity.pieces).toHaveLength(expected.contiguityPieces);
        expect(a.contiguity.holes).toBe(expected.holes);
        expect(a.contiguity.enclaves).toHaveLength(expected.enclaves);
      } finally {
        await inputs.conn.close();
      }
    });
  }
});
