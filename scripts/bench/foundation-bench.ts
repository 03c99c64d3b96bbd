/**
 * Foundation benchmark (issue « socle »): for the demo and for the 34,868 communes of France
 * (../shared/data/geo/national-cog2026/, when present), the time to parse and load the data into
 * DuckDB (Node, the same SQL as the app), to compute the choropleth classes, and — in headless
 * Chromium with the built app — the whole load and the map drawing. Medians of several runs.
 * Then the goals of issue « échelle nationale » (national-map-bench.ts): national map and recolour
 * against a plain MapLibre page, memory, cold demo start.
 */
import fs from 'node:fs';
import path from 'node:path';
import { computeClassBreaks } from '../../src/core/classify/compute-class-breaks';
import { loadDataset } from '../../src/db/load-dataset';
import { createNodeConnector } from '../../src/db/node-connector';
import { buildCommuneIndicatorsSql } from '../../src/db/sql';
import { emptyDataset } from '../../src/workers/analysis-api';
import { importFiles, type ImportFile } from '../../src/workers/import-api';
import { benchMapInBrowser } from './map-bench';
import { benchColdStart } from './cold-start-bench';
import {
  benchNationalMap,
  NATIONAL_DATASET,
  NATIONAL_GEOJSON,
  NATIONAL_POPULATION,
} from './national-map-bench';
import { median, report, timeRuns } from './stats';

const DEMO_DIR = path.resolve(import.meta.dirname, '../../data/demo');

function readFiles(paths: string[]): ImportFile[] {
  return paths.map((p) => ({ name: path.basename(p), blob: new Blob([fs.readFileSync(p)]) }));
}

async function benchNode(label: string, paths: string[], runs: number): Promise<void> {
  const files = readFiles(paths);
  const conn = await createNodeConnector();
  let dataset = emptyDataset();
  report(
    `${label} : lecture des fichiers (chemin d’import unique, sans DuckDB)`,
    await timeRuns(runs, async () => {
      const collected = emptyDataset();
      await importFiles(files, [], [], (chunk) => {
        const target = collected[chunk.kind] as unknown[];
        for (const row of chunk.rows) target.push(row);
      });
      dataset = collected;
    }),
  );
  report(
    `${label} : chargement dans DuckDB (${dataset.communes.length} communes)`,
    await timeRuns(runs, () => loadDataset(conn, dataset)),
  );
  let rows: Record<string, unknown>[] = [];
  report(
    `${label} : requête des indicateurs communaux`,
    await timeRuns(runs, async () => {
      rows = await conn.query(buildCommuneIndicatorsSql());
    }),
  );
  const density = rows.map((r) => r.density_km2 as number | null);
  for (const method of ['quantile', 'jenks', 'equal'] as const) {
    report(
      `${label} : classes ${method} (5 classes, ${density.length} valeurs)`,
      await timeRuns(runs * 3, () => computeClassBreaks(density, method, 5)),
    );
  }
  await conn.close();
}

function printBrowser(label: string, measures: Record<string, number>): void {
  for (const [name, ms] of Object.entries(measures)) {
    console.log(
      `${`${label} (Chromium) : ${name}`.padEnd(58)} médiane ${ms.toFixed(1).padStart(9)} ms`,
    );
  }
}

export async function run(): Promise<void> {
  const manifest = JSON.parse(fs.readFileSync(path.join(DEMO_DIR, 'manifest.json'), 'utf8')) as {
    files: { path: string }[];
  };
  await benchNode(
    'Démo',
    manifest.files.map((f) => path.join(DEMO_DIR, f.path)),
    5,
  );
  const demoBrowser = await benchMapInBrowser(null, 3);
  printBrowser('Démo', demoBrowser);
  await benchColdStart(5);

  if (!fs.existsSync(NATIONAL_GEOJSON)) {
    console.log(`France entière : NON MESURÉ (${NATIONAL_GEOJSON} absent).`);
    return;
  }
  await benchNode('France', [NATIONAL_GEOJSON, NATIONAL_POPULATION], 3);
  const national = NATIONAL_DATASET;
  const nationalBrowser = await benchMapInBrowser(national, 3);
  printBrowser('France', nationalBrowser);
  const ratio =
    median([nationalBrowser['map-draw'] ?? NaN]) / median([demoBrowser['map-draw'] ?? NaN]);
  console.log(`Rapport dessin de la carte France / démo : ×${ratio.toFixed(1)}`);
  await benchNationalMap(national, NATIONAL_GEOJSON, 3);
}
