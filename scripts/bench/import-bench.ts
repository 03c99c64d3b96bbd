/**
 * Import at scale (issue #3): a 2,000,000-row Annuaire Santé file and a 1,000,000-row PMSI file,
 * generated in .bench-tmp/ (deleted afterwards). For each: rows/second of our import as the CLI
 * runs it (the app's path: `importFiles` streaming 16 MB chunks through the io parsers +
 * reconciliation, loaded chunk by chunk with `StagedImport` into the Node connector, native
 * DuckDB; never the whole file as JS objects), of PapaParse alone (no typing, no loading), of
 * native DuckDB `read_csv` on the same file (the ceiling), and of DuckDB-WASM's `read_csv` in Node
 * (the browser's engine, for scale). Goal: our import ≥ 0.5 × native `read_csv`, PASS/FAIL.
 * `BENCH_RUNS` (default 1: these runs take tens of seconds on a shared machine).
 * Then the CLI `territory --load` on a 2,000,000-row Annuaire in the real 52-column layout
 * (`annuaire-cli-bench.ts`: wall time, peak RSS, counts checked against an independent count).
 */
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { StagedImport } from '../../src/db/staged-import';
import {
  createNodeConnector,
  createWasmNodeConnector,
  type NodeConnector,
} from '../../src/db/node-connector';
import { ANNUAIRE_COLUMNS } from '../../src/io';
import { importFiles } from '../../src/workers/import-api';
import { run as runAnnuaireCli } from './annuaire-cli-bench';
import { median, report, timeRuns } from './stats';

const TMP = path.resolve(import.meta.dirname, '../../.bench-tmp');
const RUNS = Number(process.env.BENCH_RUNS ?? 1);

function writeLines(file: string, header: string, rows: number, line: (i: number) => string) {
  const fd = fs.openSync(file, 'w');
  fs.writeSync(fd, `${header}\n`);
  let buf: string[] = [];
  for (let i = 0; i < rows; i++) {
    buf.push(line(i));
    if (buf.length === 50_000) {
      fs.writeSync(fd, `${buf.join('\n')}\n`);
      buf = [];
    }
  }
  if (buf.length) fs.writeSync(fd, `${buf.join('\n')}\n`);
  fs.closeSync(fd);
}

const PROFESSIONS = [
  ['10', 'Médecin'],
  ['60', 'Infirmier'],
  ['70', 'Masseur-Kinésithérapeute'],
  ['21', 'Pharmacien'],
];

function annuaire(file: string, rows: number): void {
  const cols = [
    "Type d'identifiant PP",
    ...Object.values(ANNUAIRE_COLUMNS),
    'Libellé commune (coord. structure)',
  ];
  writeLines(file, `${cols.join('|')}|`, rows, (i) => {
    const [code, label] = PROFESSIONS[i % 4] as [string, string];
    const dep = String(1 + (i % 95)).padStart(2, '0');
    const commune = `${dep}${String(1 + (i % 300)).padStart(3, '0')}`;
    return [
      '8',
      `8100${String(Math.floor(i / 1.1)).padStart(8, '0')}`,
      code,
      label,
      code === '10' ? 'S' : '',
      code === '10' ? 'SM54' : '',
      code === '10' ? 'Médecine Générale' : '',
      i % 3 ? 'L' : 'S',
      commune,
      `${dep}100`,
      i % 7 ? '' : `${dep}0000${String(i % 1000).padStart(3, '0')}`,
      'SA07',
      'COMMUNE',
      '',
    ].join('|');
  });
}

function pmsi(file: string, rows: number): void {
  writeLines(file, 'code_geo;finess;nb_sejours;annee;champ', rows, (i) => {
    const dep = String(1 + (i % 95)).padStart(2, '0');
    return `${dep}${String(i % 997).padStart(3, '0')};${dep}${String(i % 9973).padStart(7, '0')};${i % 13 === 0 ? '1 à 10' : String(11 + (i % 200))};2023;MCO`;
  });
}

const GOAL_RATIO = 0.5;

async function ours(conn: NodeConnector, file: string): Promise<number> {
  const job = new StagedImport(conn);
  const [r] = await importFiles(
    [{ name: path.basename(file), blob: await fs.openAsBlob(file) }],
    [{}],
    [],
    (c) => job.append(c.kind, c.rows),
    0, // always the streamed path, whatever the size
  );
  await job.commit();
  return r?.acceptedCount ?? 0;
}

function papa(file: string, delimiter: string): Promise<number> {
  return new Promise((resolve, reject) => {
    let n = 0;
    Papa.parse(fs.createReadStream(file), {
      delimiter,
      header: true,
      dynamicTyping: false,
      step: () => {
        n += 1;
      },
      complete: () => resolve(n),
      error: reject,
    });
  });
}

async function readCsv(conn: NodeConnector, file: string, delim: string): Promise<number> {
  await conn.registerLocalFile('bench.csv', file);
  await conn.exec(
    `CREATE OR REPLACE TABLE t AS SELECT * FROM read_csv('bench.csv', delim = '${delim}', header = true, all_varchar = true, quote = '')`,
  );
  const [row] = await conn.query<{ n: number }>('SELECT count(*) AS n FROM t');
  await conn.dropFile('bench.csv');
  return row?.n ?? 0;
}

async function suite(label: string, file: string, rows: number, delim: string): Promise<void> {
  const mb = fs.statSync(file).size / 1e6;
  console.log(`\n${label} : ${rows.toLocaleString('fr-FR')} lignes, ${mb.toFixed(0)} Mo`);
  // Each DuckDB is opened once, outside the timings.
  const conn = await createNodeConnector();
  const wasm = await createWasmNodeConnector();
  const cases: [string, () => Promise<number>][] = [
    ['notre import, comme la CLI (flux 16 Mo -> parseurs -> DuckDB natif)', () => ours(conn, file)],
    ['PapaParse seul (sans typage ni chargement)', () => papa(file, delim)],
    ['DuckDB natif read_csv (plafond)', () => readCsv(conn, file, delim)],
    ['DuckDB-WASM read_csv dans Node (moteur du navigateur)', () => readCsv(wasm, file, delim)],
  ];
  const medians: number[] = [];
  const rates: number[] = [];
  for (const [name, fn] of cases) {
    let n = 0;
    const times = await timeRuns(RUNS, async () => {
      n = await fn();
    });
    report(name, times);
    medians.push(median(times));
    rates.push(n / (median(times) / 1000));
    console.log(`  ${fr(n)} lignes, ${fr(rates.at(-1) ?? 0)} lignes/s`);
  }
  await conn.close();
  await wasm.close();
  const [o = 1, p = 1, d = 1, w = 1] = medians;
  console.log(
    `  rapport des durées notre import / PapaParse : ${(o / p).toFixed(2)} ; / DuckDB natif : ` +
      `${(o / d).toFixed(2)} ; / DuckDB-WASM : ${(o / w).toFixed(2)}`,
  );
  const [ourRate = 0, , nativeRate = 0] = rates;
  console.log(
    `  objectif notre import ≥ ${GOAL_RATIO} × DuckDB natif read_csv : ${fr(ourRate)} lignes/s pour ` +
      `${fr(GOAL_RATIO * nativeRate)} attendues (${(ourRate / nativeRate).toFixed(2)} ×) : ` +
      (ourRate >= GOAL_RATIO * nativeRate ? 'PASS' : 'FAIL'),
  );
}

const fr = (n: number) => Math.round(n).toLocaleString('fr-FR');

export async function run(): Promise<void> {
  fs.mkdirSync(TMP, { recursive: true });
  const rpps = path.join(TMP, 'PS_LibreAcces_Personne_activite_bench.txt');
  const stays = path.join(TMP, 'pmsi-bench.csv');
  try {
    annuaire(rpps, Number(process.env.BENCH_RPPS_ROWS ?? 2_000_000));
    pmsi(stays, Number(process.env.BENCH_PMSI_ROWS ?? 1_000_000));
    await suite('Annuaire Santé', rpps, Number(process.env.BENCH_RPPS_ROWS ?? 2_000_000), '|');
    await suite('PMSI', stays, Number(process.env.BENCH_PMSI_ROWS ?? 1_000_000), ';');
  } finally {
    fs.rmSync(rpps, { force: true });
    fs.rmSync(stays, { force: true });
  }
  await runAnnuaireCli(TMP);
}
