/**
 * `perimetre territory --territory LIST_OR_FILE [--load FILE]… [--json]`: the indicators of a
 * territory (population and vintage, communes, ACI tranche, overlaps with the loaded CPTS,
 * contiguity, white zones), with the same code as the app's workbench.
 */
import fs from 'node:fs';
import type { TerritoryAnalysis } from '../../core/territory/analyse-territory';
import type { TerritoryInput } from '../../core/territory/territory-base';
import { queryTerritoryInput } from '../../db/territory-input';
import { analyseTerritoryCodes, prepareTerritories } from '../../workers/territory-api';
import { CliError, option, parseArgs } from '../args';
import { loadInputsIntoDuckDb, reportInputErrors } from '../load-inputs';

/**
 * Commune codes of `--territory`: comma-separated INSEE codes, a file with one code per line
 * (`#` comments allowed), or the name of a loaded CPTS perimeter.
 */
export function resolveTerritoryArg(
  value: string,
  input: TerritoryInput,
): { codes: string[]; name: string } {
  const perimeter = input.perimeters.filter(
    (m) => m.perimeterName.toLowerCase() === value.trim().toLowerCase(),
  );
  if (perimeter.length)
    return { codes: perimeter.map((m) => m.communeCode), name: perimeter[0]!.perimeterName };
  if (fs.existsSync(value) && fs.statSync(value).isFile()) {
    const codes = fs
      .readFileSync(value, 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .map((l) => l.split(/[;,\t]/)[0]!.trim())
      .filter((l) => l && !l.startsWith('#') && !/^code/i.test(l));
    return { codes, name: value.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') };
  }
  const codes = value
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  const bad = codes.filter((c) => !/^[0-9][0-9AB][0-9]{3}$/i.test(c));
  if (bad.length) {
    throw new CliError(
      `--territory : « ${bad.slice(0, 3).join(', ')} » n’est ni un code INSEE (5 caractères, ex. 50129), ni un fichier, ni une CPTS chargée.`,
    );
  }
  return { codes, name: 'Territoire' };
}

/** Loads the inputs, builds the territory context and analyses `--territory` (shared with export). */
export async function loadTerritory(argv: string[], flags: string[]) {
  const args = parseArgs(argv, flags);
  const territory = option(args, 'territory');
  if (!territory)
    throw new CliError(
      'Indiquez le territoire : --territory 96001,96002 | FICHIER | « nom de CPTS »',
    );
  const inputs = await loadInputsIntoDuckDb(args.options.get('load') ?? []);
  reportInputErrors(inputs.reports);
  const { input, geometries } = await queryTerritoryInput(inputs.conn);
  await inputs.conn.close();
  const { codes, name } = resolveTerritoryArg(territory, input);
  const { coverage } = await prepareTerritories(input, geometries);
  const analysis = await analyseTerritoryCodes(codes);
  return { args, analysis, name, coverage, demo: inputs.demo };
}

export async function run(argv: string[]): Promise<number> {
  const { args, analysis, name, coverage, demo } = await loadTerritory(argv, ['json']);
  const summary = summarise(analysis, name, demo, coverage);
  if (args.flags.has('json')) process.stdout.write(`${JSON.stringify(summary)}\n`);
  else printText(analysis, name, demo);
  if (analysis.indicators.unknownCodes.length) {
    console.error(
      `Codes inconnus dans les données chargées : ${analysis.indicators.unknownCodes.join(', ')}`,
    );
  }
  return analysis.indicators.communeCount > 0 ? 0 : 1;
}

function summarise(a: TerritoryAnalysis, name: string, demo: boolean, coverage: unknown) {
  const i = a.indicators;
  return {
    name,
    fictitious: demo,
    population: i.population,
    populationYears: i.populationYears,
    communes: a.codes.filter((c) => !i.unknownCodes.includes(c)),
    communeCount: i.communeCount,
    unknownCodes: i.unknownCodes,
    areaKm2: i.areaKm2,
    densityKm2: i.densityKm2,
    ages: i.ages,
    tranche: {
      size: i.tranche.tranche.size,
      label: i.tranche.tranche.label,
      fonctionnementEur: i.tranche.tranche.fonctionnementEur,
      maxTotalEur: i.tranche.tranche.maxTotalEur,
      warning: i.tranche.warning?.message ?? null,
    },
    professions: i.professions,
    establishments: i.establishments,
    noGp: i.noGp,
    overlaps: a.overlaps,
    contiguity: a.contiguity,
    whiteZones: a.whiteZones,
    coverage,
  };
}

function printText(a: TerritoryAnalysis, name: string, demo: boolean): void {
  const i = a.indicators;
  const n = (x: number | null, d = 0) =>
    x === null ? '—' : x.toLocaleString('fr-FR', { maximumFractionDigits: d });
  console.log(`${name}${demo ? ' (données fictives)' : ''}`);
  console.log(
    `Population municipale : ${n(i.population)} hab. (millésime ${i.populationYears.join(', ') || '—'})`,
  );
  console.log(
    `Communes : ${i.communeCount}   Superficie : ${n(i.areaKm2, 1)} km²   Densité : ${n(i.densityKm2, 1)} hab./km²`,
  );
  console.log(
    `Tranche ACI : ${i.tranche.tranche.label} — fonctionnement ${n(i.tranche.tranche.fonctionnementEur)} €/an, maximum ${n(i.tranche.tranche.maxTotalEur)} €/an`,
  );
  if (i.tranche.warning) console.log(`  Attention : ${i.tranche.warning.message}`);
  for (const p of i.professions)
    console.log(
      `  ${p.label} : ${p.people} (${n(p.per10k, 1)} pour 10 000 ; département ${n(p.depPer10k, 1)})`,
    );
  console.log(
    `Morceaux : ${a.contiguity.pieces.length}   Enclaves : ${a.contiguity.enclaves.length}   Trous : ${a.contiguity.holes}`,
  );
  for (const o of a.overlaps)
    console.log(
      `Chevauchement avec ${o.name} : ${o.sharedCommunes.length} communes, ${n(o.sharedPopulation)} hab.`,
    );
}
