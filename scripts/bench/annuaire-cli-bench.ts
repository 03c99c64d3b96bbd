/**
 * The CLI on a national-size Annuaire Santé in the real 52-column layout (issue #9): wall time and
 * peak RSS of `perimetre territory --load contours --load population --load annuaire --json` on
 * Sud-Manche (communes of the EPCI 200069425 and 200042604), goals « completes » and « peak RSS
 * < 2.5 GB », and the territory's professionals compared with an independent streaming count of the
 * same file. The file (`BENCH_RPPS_ROWS`, default 2,000,000 rows) is generated in .bench-tmp/ and
 * deleted afterwards. `BENCH_RUNS` (default 1: one run takes about a minute on a shared 2-core
 * machine, plus the generation and the run without the Annuaire).
 */
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { countTerritoryPeople, COUNTED_GROUPS } from './annuaire-count';
import { readRealCommunes, writeRealAnnuaire } from './annuaire-real-format';
import { SHARED_DIR } from './map-bench';
import { runMeasured, type ChildRun } from './measure-child';
import { median, report } from './stats';

const ROOT = path.resolve(import.meta.dirname, '../..');
const RSS_GOAL_BYTES = 2.5e9;
const EPCIS = ['200069425', '200042604'];
const SEED = 2026;
const ANNUAIRE_NAME = 'PS_LibreAcces_Personne_activite_202601010000.txt';
const CONTOURS = path.join(SHARED_DIR, 'geo/communes-cog2026/communes-50.geojson');
const POPULATION = path.join(SHARED_DIR, 'population/communes-france-cog2026.csv');
const HEADER = path.join(SHARED_DIR, 'rpps/formats/PS_LibreAcces_Personne_activite.header.txt');
const COMMUNE_DIR = path.join(SHARED_DIR, 'geo/communes-cog2026');

const fr = (n: number, digits = 0) => n.toLocaleString('fr-FR', { maximumFractionDigits: digits });
const mb = (bytes: number | null) => (bytes === null ? '—' : `${fr(bytes / 1e6)} Mo`);
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

/** Codes of the communes of the two Sud-Manche EPCI (`epci` column of the population file). */
function sudMancheCodes(): string[] {
  const { data } = Papa.parse<Record<string, string>>(fs.readFileSync(POPULATION, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  return data.filter((r) => EPCIS.includes(r.epci ?? '')).map((r) => r.code as string);
}

function readHeader(): string {
  const header = fs
    .readFileSync(HEADER, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)[0]!;
  const names = header.split('|');
  if (names.length !== 53 || names[52] !== '')
    throw new Error(`${HEADER} : ${names.length - 1} colonnes (52 attendues, « | » final)`);
  return header;
}

/** Professions of the CLI's JSON, by key; null when the run gave no usable JSON. */
function cliProfessions(r: ChildRun): Record<string, number> | null {
  try {
    const json = JSON.parse(r.stdout) as { professions: { key: string; people: number }[] | null };
    return json.professions && Object.fromEntries(json.professions.map((p) => [p.key, p.people]));
  } catch {
    return null;
  }
}

async function territoryCli(args: string[], tmp: string): Promise<ChildRun> {
  return runMeasured(
    path.join(ROOT, 'bin/perimetre.mjs'),
    ['territory', ...args, '--json'],
    ROOT,
    tmp,
  );
}

/** Runs the case; prints « NON EXÉCUTÉ » when ../shared/data is absent. */
export async function run(tmp: string): Promise<void> {
  const rows = Number(process.env.BENCH_RPPS_ROWS ?? 2_000_000);
  const runs = Number(process.env.BENCH_RUNS ?? 1);
  console.log(`\nCLI territory --load d’un Annuaire Santé réel (52 colonnes), ${fr(rows)} lignes`);
  if (!fs.existsSync(path.join(SHARED_DIR, 'SOURCES.md'))) {
    console.log(`NON EXÉCUTÉ : ../shared/data absent (${SHARED_DIR}).`);
    return;
  }
  fs.mkdirSync(tmp, { recursive: true });
  const annuaire = path.join(tmp, ANNUAIRE_NAME);
  const territoryFile = path.join(tmp, 'territoire-sud-manche.txt');
  try {
    const codes = sudMancheCodes();
    fs.writeFileSync(territoryFile, `# EPCI ${EPCIS.join(', ')}\n${codes.join('\n')}\n`);
    const geojsons = fs.readdirSync(COMMUNE_DIR).filter((f) => f.endsWith('.geojson'));
    const communes = readRealCommunes(geojsons.map((f) => path.join(COMMUNE_DIR, f)));
    let t = performance.now();
    const gen = writeRealAnnuaire(annuaire, readHeader(), communes, rows, SEED);
    console.log(
      `  fichier généré (graine ${SEED}) en ${fr((performance.now() - t) / 1000, 1)} s : ${mb(fs.statSync(annuaire).size)}, ` +
        `${fr(gen.people)} personnes, ${fr(gen.twoPlaceDoctors)} médecins sur deux lieux, ` +
        `${fr(gen.rowsWithoutCommune)} lignes sans code commune ; communes tirées de ${geojsons.length} départements (${fr(communes.length)} communes)`,
    );
    t = performance.now();
    const expected = await countTerritoryPeople(annuaire, new Set(codes));
    console.log(
      `  comptage indépendant (une passe en flux) en ${fr((performance.now() - t) / 1000, 1)} s : ` +
        `${fr(expected.rowsInTerritory)} lignes dans les ${codes.length} communes du territoire`,
    );
    const base = ['--territory', territoryFile, '--load', CONTOURS, '--load', POPULATION];
    const without = await territoryCli(base, tmp);
    const results: ChildRun[] = [];
    for (let i = 0; i < runs; i++)
      results.push(await territoryCli([...base, '--load', annuaire], tmp));
    printResults(results, without, rows, runs, expected.people);
  } finally {
    fs.rmSync(annuaire, { force: true });
    fs.rmSync(territoryFile, { force: true });
  }
}

function printResults(
  results: readonly ChildRun[],
  without: ChildRun,
  rows: number,
  runs: number,
  expected: Record<string, number>,
): void {
  const times = results.map((r) => r.ms);
  report(
    `territory --json avec l’Annuaire (${runs === 1 ? 'une seule exécution, BENCH_RUNS=3 pour une médiane' : `médiane de ${runs}`})`,
    times,
  );
  report('territory --json sans l’Annuaire (contours + population)', [without.ms]);
  const completed = results.every(
    (r) => r.exitCode === 0 && !/RangeError|heap out of memory/.test(r.stderr) && cliProfessions(r),
  );
  for (const r of results.filter((x) => x.exitCode !== 0 || x.signal))
    console.log(
      `  sortie ${r.exitCode ?? r.signal} : ${r.stderr.trim().split('\n').slice(-3).join(' / ')}`,
    );
  console.log(
    `  se termine sans erreur (objectif : oui, pas de RangeError) : ${verdict(completed)}`,
  );
  const peaks = results.map((r) => r.peakRssBytes);
  const peak = peaks.every((p) => p !== null) ? Math.max(...(peaks as number[])) : null;
  console.log(
    `  pic RSS ${mb(peak)} (sans l’Annuaire ${mb(without.peakRssBytes)} ; ${results[0]?.rssMethod}) — objectif < 2,5 Go : ${verdict(peak !== null && peak < RSS_GOAL_BYTES)}`,
  );
  const importMs = median(times) - without.ms;
  console.log(
    `  débit de l’import : ${importMs > 0 ? fr(rows / (importMs / 1000)) : '—'} lignes/s (lignes / (durée avec − durée sans l’Annuaire)) ; ` +
      `${fr(rows / (median(times) / 1000))} lignes/s sur la commande entière`,
  );
  const stderr = results[0]?.stderr.trim().split('\n').filter(Boolean) ?? [];
  const about = stderr.filter((l) => l.includes(ANNUAIRE_NAME));
  console.log(
    `  stderr : ${stderr.length} lignes, dont ${about.length} sur l’Annuaire${
      about.length
        ? ` : ${about
            .slice(0, 3)
            .map((l) => l.slice(0, 160))
            .join(' / ')}`
        : ''
    }`,
  );
  const got = results.map(cliProfessions);
  let equal = got.length > 0;
  for (const key of COUNTED_GROUPS) {
    const cli = got.map((g) => (g ? (g[key] ?? '—') : '—'));
    const ok = cli.every((c) => c === expected[key]);
    equal &&= ok;
    console.log(
      `  ${key.padEnd(12)} CLI ${cli.map((c) => String(c).padStart(7)).join(', ')}   comptage indépendant ${String(expected[key]).padStart(7)}   ${verdict(ok)}`,
    );
  }
  console.log(`  professionnels du territoire = comptage indépendant : ${verdict(equal)}`);
}
