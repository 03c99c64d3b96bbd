/**
 * Import at scale (issue « National scale », part 2): a 2,000,000-row Annuaire Santé in the real
 * 52-column layout (`annuaire-real-format.ts`, needs ../shared/data; else the 14-column synthetic
 * one) and a 1,000,000-row PMSI extract shaped like a national one (`pmsi`), generated in
 * .bench-tmp/ (deleted afterwards). For each file,
 * rows/second, CPU and wall time (p50, p95 over `BENCH_RUNS`, default 3) of:
 * - our import as the CLI runs it (`importFiles` with `DirectReader`: the file read by native
 *   DuckDB `read_csv`, the parsers' rules applied per distinct value, rows appended by SQL), beside
 *   native DuckDB `read_csv` alone on the same file (every column VARCHAR): goal ≥ 0.5×;
 * - the same import on DuckDB-WASM (the browser's engine, run in Node with the blocking bindings,
 *   the file registered by path; the browser registers the user's File handle), beside DuckDB-WASM
 *   `read_csv` alone: goal ≥ 0.7×. This is DuckDB-WASM in Node; the same figure in headless Chromium
 *   is `browser-import-bench.ts`.
 * `BENCH_JS=1` adds the former path (JS parsers on 16 MB chunks, records re-serialised as CSV).
 * `BENCH_WASM=0` leaves out the DuckDB-WASM cases; `BENCH_RPPS_ROWS=0` / `BENCH_PMSI_ROWS=0` a file.
 * Then the CLI `territory --load` on the real-layout Annuaire (`annuaire-cli-bench.ts`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { DirectReader } from '../../src/db/direct-reader';
import { loadDataset } from '../../src/db/load-dataset';
import { StagedImport } from '../../src/db/staged-import';
import {
  createNodeConnector,
  createWasmNodeConnector,
  type NodeConnector,
} from '../../src/db/node-connector';
import { ANNUAIRE_COLUMNS } from '../../src/io';
import { POSTAL_COMMUNES } from '../../src/io/commune-postal-data';
import { importFiles } from '../../src/workers/import-api';
import { run as runAnnuaireCli } from './annuaire-cli-bench';
import { readRealCommunes, writeRealAnnuaire } from './annuaire-real-format';
import { SHARED_DIR } from './map-bench';
import { percentile, type RunTimes } from './stats';

const TMP = path.resolve(import.meta.dirname, '../../.bench-tmp');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

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

/** Real postal codes (La Poste, embedded in the app), the units PMSI geographic codes are built from. */
function postalCodes(): string[] {
  return POSTAL_COMMUNES.split(' ').map((entry) => entry.slice(0, entry.indexOf('=')));
}

/** Establishments of the PMSI file: about as many FINESS as the MCO, SSR, HAD and PSY sites of France. */
const PMSI_ESTABLISHMENTS = 2_500;

/**
 * Writes a PMSI extract of `rows` rows (`;`) shaped like a national one (DOMAIN.md § 3.5): one row
 * per (residence zone, establishment, year, field), zones among the ≈ 6,300 real postal codes (a
 * PMSI geographic code is a postal code or a merge of small ones), 2,500 FINESS, 2021–2023, the
 * four fields, a masked count (« 1 à 10 ») every 13 rows. Until 2026-12 the file had 94,715 zones
 * `DD` + 3 digits, read as INSEE codes and thousands of them reconciled to merged communes, which
 * no PMSI extract has.
 */
export function pmsi(file: string, rows: number): void {
  const zones = postalCodes();
  const fields = ['MCO', 'MCO', 'MCO', 'SSR', 'HAD', 'PSY'];
  writeLines(file, 'code_geo;finess;nb_sejours;annee;champ', rows, (i) => {
    const zone = zones[(i * 31) % zones.length] ?? '';
    const site = (i * 17 + Math.floor(i / zones.length)) % PMSI_ESTABLISHMENTS;
    const finess = `${String(1 + (site % 95)).padStart(2, '0')}${String((site * 7919) % 9_999_999).padStart(7, '0')}`;
    const stays = i % 13 === 0 ? '1 à 10' : String(11 + (i % 200));
    return `${zone};${finess};${stays};${2021 + (i % 3)};${fields[i % 6] ?? 'MCO'}`;
  });
}

/** Goals: our import's rows/s over `read_csv` alone's, CLI (native) and browser (DuckDB-WASM). */
const GOAL_NATIVE = 0.5;
const GOAL_WASM = 0.7;

/** Our import of one file into a fresh staged import; `direct`: DuckDB reads the file. */
async function ours(conn: NodeConnector, file: string, direct: boolean): Promise<number> {
  await loadDataset(conn, {});
  const job = new StagedImport(conn);
  const reader = new DirectReader(conn, job, (_, name) => conn.registerLocalFile(name, file));
  const [r] = await importFiles(
    [{ name: path.basename(file), blob: await fs.openAsBlob(file) }],
    [{}],
    [],
    (c) => job.append(c.kind, c.rows),
    0, // the big-file path, whatever the size
    undefined,
    direct ? reader : null,
  );
  await job.commit();
  return r?.acceptedCount ?? 0;
}

async function readCsv(conn: NodeConnector, file: string, delim: string): Promise<number> {
  await conn.registerLocalFile('bench.csv', file);
  await conn.exec(
    `CREATE OR REPLACE TABLE t AS SELECT * FROM read_csv('bench.csv', delim = '${delim}', header = true, all_varchar = true, quote = '')`,
  );
  const [row] = await conn.query<{ n: number }>('SELECT count(*) AS n FROM t');
  await conn.exec('DROP TABLE t');
  await conn.dropFile('bench.csv');
  return row?.n ?? 0;
}

/** Wall and CPU (all threads of the process) of each run of an async function. */
async function timeAsync(fn: () => Promise<number>): Promise<RunTimes & { rows: number }> {
  const out = { wallMs: [] as number[], cpuMs: [] as number[], rows: 0 };
  for (let i = 0; i < RUNS; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    out.rows = await fn();
    out.wallMs.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    out.cpuMs.push((used.user + used.system) / 1000);
  }
  return out;
}

/** Rows per second of wall time (p50) and per second of CPU (p50, all threads). */
interface Rates {
  wall: number;
  cpu: number;
}

function line(label: string, t: RunTimes & { rows: number }): Rates {
  const rate = t.rows / (percentile(t.wallMs, 50) / 1000);
  const ms = (v: number) => `${fr(v)} ms`;
  console.log(
    `  ${label.padEnd(62)} ${fr(t.rows)} lignes, ${fr(rate)} lignes/s ; mur p50 ${ms(percentile(t.wallMs, 50))} p95 ${ms(percentile(t.wallMs, 95))} ; ` +
      `CPU p50 ${ms(percentile(t.cpuMs, 50))} p95 ${ms(percentile(t.cpuMs, 95))}`,
  );
  return { wall: rate, cpu: t.rows / (percentile(t.cpuMs, 50) / 1000) };
}

/**
 * The goal on wall-time rates; the same ratio on CPU time beside it (on a shared machine the wall
 * time of a run depends on the other processes, its CPU time much less).
 */
function goal(what: string, ours: Rates, base: Rates, ratio: number): void {
  const r = ours.wall / base.wall;
  console.log(
    `  objectif ${what} ≥ ${ratio} × : ${fr(ours.wall)} lignes/s face à ${fr(base.wall)} (${r.toFixed(2)} ×) : ${r >= ratio ? 'PASS' : 'FAIL'}` +
      ` ; en temps CPU : ${(ours.cpu / base.cpu).toFixed(2)} ×`,
  );
}

async function suite(label: string, file: string, delim: string): Promise<void> {
  const mb = fs.statSync(file).size / 1e6;
  console.log(`\n${label} : ${mb.toFixed(0)} Mo, ${RUNS} essai(s) par cas (BENCH_RUNS)`);
  // Each DuckDB is opened once, outside the timings.
  const conn = await createNodeConnector();
  const wasm = await createWasmNodeConnector();
  try {
    const nativeOurs = line(
      'CLI : notre import (DuckDB natif lit le fichier)',
      await timeAsync(() => ours(conn, file, true)),
    );
    const nativeCsv = line(
      'DuckDB natif read_csv seul (toutes colonnes VARCHAR)',
      await timeAsync(() => readCsv(conn, file, delim)),
    );
    goal('CLI / read_csv natif', nativeOurs, nativeCsv, GOAL_NATIVE);
    if (process.env.BENCH_WASM === '0') return;
    const wasmOurs = line(
      'navigateur : notre import sur DuckDB-WASM (dans Node)',
      await timeAsync(() => ours(wasm, file, true)),
    );
    const wasmCsv = line(
      'DuckDB-WASM read_csv seul (dans Node)',
      await timeAsync(() => readCsv(wasm, file, delim)),
    );
    goal('moteur du navigateur / read_csv DuckDB-WASM', wasmOurs, wasmCsv, GOAL_WASM);
    if (process.env.BENCH_JS === '1')
      line(
        'ancien chemin : parseurs JS par tranches de 16 Mo + CSV (natif)',
        await timeAsync(() => ours(conn, file, false)),
      );
  } finally {
    await conn.close();
    await wasm.close();
  }
}

const fr = (n: number) => Math.round(n).toLocaleString('fr-FR');

const ANNUAIRE_HEADER = path.join(
  SHARED_DIR,
  'rpps/formats/PS_LibreAcces_Personne_activite.header.txt',
);
const COMMUNE_DIR = path.join(SHARED_DIR, 'geo/communes-cog2026');

/** The real 52-column layout when ../shared/data is there, else the 14-column synthetic file. */
export function writeAnnuaire(file: string, rows: number): string {
  if (!fs.existsSync(ANNUAIRE_HEADER)) {
    annuaire(file, rows);
    return 'Annuaire Santé synthétique (14 colonnes ; ../shared/data absent)';
  }
  const header =
    fs
      .readFileSync(ANNUAIRE_HEADER, 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)[0] ?? '';
  const geojsons = fs.readdirSync(COMMUNE_DIR).filter((f) => f.endsWith('.geojson'));
  const communes = readRealCommunes(geojsons.map((f) => path.join(COMMUNE_DIR, f)));
  writeRealAnnuaire(file, header, communes, rows, 2026);
  return 'Annuaire Santé, format réel à 52 colonnes';
}

export async function run(): Promise<void> {
  fs.mkdirSync(TMP, { recursive: true });
  const rpps = path.join(TMP, 'PS_LibreAcces_Personne_activite_202601010000.txt');
  const stays = path.join(TMP, 'pmsi-bench.csv');
  const rppsRows = Number(process.env.BENCH_RPPS_ROWS ?? 2_000_000);
  const pmsiRows = Number(process.env.BENCH_PMSI_ROWS ?? 1_000_000);
  try {
    if (rppsRows > 0) {
      const what = writeAnnuaire(rpps, rppsRows);
      await suite(`${what}, ${fr(rppsRows)} lignes`, rpps, '|');
    }
    if (pmsiRows > 0) {
      pmsi(stays, pmsiRows);
      await suite(`PMSI, ${fr(pmsiRows)} lignes`, stays, ';');
    }
  } finally {
    fs.rmSync(rpps, { force: true });
    fs.rmSync(stays, { force: true });
  }
  if (process.env.BENCH_CLI !== '0') await runAnnuaireCli(TMP);
}
