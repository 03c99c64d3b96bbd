/**
 * Dossier benchmark (issue « The promoter's path »): time to build the dossier « Diagnostic
 * territorial » (figures, three SVG maps, HTML) of a 130-commune real territory grown from
 * Saint-Lô on the Manche contours and INSEE populations of ../shared/data, through the same
 * worker function as the app and `perimetre dossier`. Target: under 2 s, a wait the button shows
 * with its progress; the baseline in the same run is the territory analysis alone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadInputsIntoDuckDb } from '../../src/cli/load-inputs';
import { cliSources } from '../../src/cli/commands/territory';
import { queryTerritoryInput } from '../../src/db/territory-input';
import { buildTerritoryDossier } from '../../src/workers/dossier-api';
import {
  analyseTerritoryCodes,
  prepareTerritories,
  preparedTerritories,
} from '../../src/workers/territory-api';
import { SHARED_DIR } from './map-bench';
import { median, report, timeRuns } from './stats';

const TARGET_MS = 2000;
const SIZE = 130;
const SEED = '50502'; // Saint-Lô

export async function run(): Promise<void> {
  const files = [
    path.join(SHARED_DIR, 'geo/communes-cog2026/communes-50.geojson'),
    path.join(SHARED_DIR, 'population/communes-france-cog2026.csv'),
  ];
  if (!files.every((f) => fs.existsSync(f))) {
    console.log('Dossier (Manche) : NON MESURÉ (../shared/data absent)');
    return;
  }
  const inputs = await loadInputsIntoDuckDb(files, {});
  const { input, geometries } = await queryTerritoryInput(inputs.conn, inputs.contours);
  await inputs.conn.close();
  await prepareTerritories(input, geometries);
  const { context } = preparedTerritories();
  const seen = new Set([SEED]);
  const queue = [SEED];
  while (queue.length && seen.size < SIZE)
    for (const next of context.adjacency.neighbours.get(queue.shift()!) ?? [])
      if (seen.size < SIZE && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
  const codes = [...seen];
  const analysis = await analyseTerritoryCodes(codes);
  const meta = {
    territoryName: 'Bench Saint-Lô',
    date: new Date().toISOString().slice(0, 10),
    fictitious: false,
    sources: cliSources(inputs.reports, false, analysis),
  };
  const analyse = await timeRuns(5, () => analyseTerritoryCodes(codes));
  let size = 0;
  const build = await timeRuns(5, async () => {
    const d = await buildTerritoryDossier({ codes, meta, flows: null, access: null });
    size = d.html.length;
  });
  report(`Manche : analyse du territoire (${codes.length} communes)`, analyse);
  report(
    `Manche : dossier complet (${codes.length} communes, ${Math.round(size / 1024)} Ko)`,
    build,
  );
  const m = median(build);
  console.log(
    `Dossier : ${m.toFixed(0)} ms (cible < ${TARGET_MS} ms) ${m < TARGET_MS ? 'PASS' : 'FAIL'} ; ${(m / median(analyse)).toFixed(1)} × l’analyse seule`,
  );
}
