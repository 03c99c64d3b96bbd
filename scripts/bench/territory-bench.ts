/**
 * Territory workbench benchmark (issue #4): time to re-analyse a 100-commune territory after an
 * edit (indicators with distinct people, ACI tranche, dissolve, contiguity, overlaps, white zones),
 * target < 50 ms, on the demo (all of its data, through DuckDB as the app does) and on the real
 * Manche communes (../shared/data, when present). Also the one-off context build.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CodedGeometry } from '../../src/core/geo/dissolve-communes';
import {
  analyseTerritory,
  buildTerritoryContext,
  type TerritoryContext,
} from '../../src/core/territory/analyse-territory';
import type { TerritoryInput } from '../../src/core/territory/territory-base';
import { queryTerritoryInput } from '../../src/db/territory-input';
import { loadInputsIntoDuckDb } from '../../src/cli/load-inputs';
import { readTerritoryCommunes } from '../../test/support/manche-communes';
import { SHARED_DIR } from './map-bench';
import { median, report, timeRuns } from './stats';

const TARGET_MS = 50;

/** A contiguous territory of `n` communes grown breadth-first from the first commune. */
function growTerritory(ctx: TerritoryContext, n: number): string[] {
  const start = ctx.base.communes[0]!.code;
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length && seen.size < n) {
    for (const next of ctx.adjacency.neighbours.get(queue.shift()!) ?? []) {
      if (seen.size >= n) break;
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return [...seen];
}

async function benchCase(
  label: string,
  input: TerritoryInput,
  geometries: CodedGeometry[],
): Promise<void> {
  let ctx: TerritoryContext | null = null;
  report(
    `${label} : préparation (agrégats, topologie, adjacence)`,
    await timeRuns(3, () => (ctx = buildTerritoryContext(input, geometries))),
  );
  const territory = growTerritory(ctx!, 100);
  const neighbour = [
    ...new Set(territory.flatMap((c) => ctx!.adjacency.neighbours.get(c) ?? [])),
  ].find((c) => !territory.includes(c))!;
  let toggle = false;
  const times = await timeRuns(30, () => {
    toggle = !toggle;
    return analyseTerritory(ctx!, toggle ? [...territory, neighbour] : territory);
  });
  report(`${label} : analyse après une modification (${territory.length} communes)`, times);
  console.log(
    `${label} : cible ${TARGET_MS} ms, médiane / cible = ${(median(times) / TARGET_MS).toFixed(2)}`,
  );
}

export async function run(): Promise<void> {
  const demo = await loadInputsIntoDuckDb([]);
  const { input, geometries } = await queryTerritoryInput(demo.conn, demo.contours);
  await demo.conn.close();
  await benchCase(
    `Démo (${input.communes.length} communes, ${input.activities.length} activités)`,
    input,
    geometries,
  );
  const manche = path.join(SHARED_DIR, 'geo/communes-cog2026/communes-50.geojson');
  if (!fs.existsSync(manche)) {
    console.log('Manche : NON MESURÉ (../shared/data absent)');
    return;
  }
  const { communes, geometries: mancheGeometries } = readTerritoryCommunes(manche, '50');
  await benchCase(
    `Manche réelle (${communes.length} communes)`,
    { communes, activities: [], establishments: [], perimeters: [] },
    mancheGeometries,
  );
}
