/**
 * `perimetre territory --territory LIST_OR_FILE [--load FILE]… [--json]`: the indicators of a
 * territory (population and vintage, communes, ACI tranche, overlaps with the loaded CPTS,
 * contiguity, white zones), with the same code as the app's workbench.
 */
import { withoutStartingPerimeter } from '../../core/territory/starting-perimeter';
import fs from 'node:fs';
import { formatAciAmount } from '../../core/territory/aci-amounts';
import type { TerritoryAnalysis } from '../../core/territory/analyse-territory';
import {
  buildExportSources,
  formatExportSources,
  type ExportSource,
  type SourceReport,
} from '../../core/territory/export-sources';
import { NOT_LOADED, notLoadedMessage } from '../../core/territory/not-loaded';
import { describePopulationVintage } from '../../core/territory/population-vintage';
import type { TerritoryInput, TerritoryLayers } from '../../core/territory/territory-base';
import type { Connector } from '../../db/connector';
import { queryTerritoryInput } from '../../db/territory-input';
import { analyseTerritoryCodes, prepareTerritories } from '../../workers/territory-api';
import { CliError, option, parseArgs } from '../args';
import { inputOptions, loadInputsIntoDuckDb, reportInputErrors } from '../load-inputs';

/**
 * Commune codes of `--territory`: comma-separated INSEE codes, a file with one code per line
 * (`#` comments allowed), or the name of a loaded CPTS perimeter.
 */
export function resolveTerritoryArg(
  value: string,
  input: TerritoryInput,
): { codes: string[]; name: string; startedFrom: string | null } {
  const perimeter = input.perimeters.filter(
    (m) => m.perimeterName.toLowerCase() === value.trim().toLowerCase(),
  );
  if (perimeter.length)
    return {
      codes: perimeter.map((m) => m.communeCode),
      name: perimeter[0]!.perimeterName,
      startedFrom: perimeter[0]!.perimeterName,
    };
  if (fs.existsSync(value) && fs.statSync(value).isFile()) {
    const codes = fs
      .readFileSync(value, 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .map((l) => l.split(/[;,\t]/)[0]!.trim())
      .filter((l) => l && !l.startsWith('#') && !/^code/i.test(l));
    return {
      codes,
      name: value.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, ''),
      startedFrom: null,
    };
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
  return { codes, name: 'Territoire', startedFrom: null };
}

/**
 * Loads the inputs, builds the territory context and analyses `--territory` (shared with export
 * and dossier); `readMore` reads what else a command needs from DuckDB before it is closed.
 */
export async function loadTerritory<T = undefined>(
  argv: string[],
  flags: string[],
  readMore?: (conn: Connector, input: TerritoryInput) => Promise<T>,
) {
  const args = parseArgs(argv, flags);
  const territory = option(args, 'territory');
  if (!territory)
    throw new CliError(
      'Indiquez le territoire : --territory 96001,96002 | FICHIER | « nom de CPTS »',
    );
  const inputs = await loadInputsIntoDuckDb(args.options.get('load') ?? [], inputOptions(args));
  reportInputErrors(inputs.reports);
  const { input, geometries } = await queryTerritoryInput(inputs.conn, inputs.contours);
  const more = readMore ? await readMore(inputs.conn, input) : undefined;
  await inputs.conn.close();
  const { codes, name, startedFrom } = resolveTerritoryArg(territory, input);
  const { coverage } = await prepareTerritories(input, geometries);
  // A CPTS given by name is the territory's own perimeter, not an overlap (as in the app).
  const analysis = withoutStartingPerimeter(await analyseTerritoryCodes(codes), startedFrom);
  const sources = cliSources(inputs.reports, inputs.demo, analysis);
  return {
    args,
    analysis,
    name,
    startedFrom,
    coverage,
    demo: inputs.demo,
    sources,
    reports: inputs.reports,
    more,
  };
}

/**
 * The files the territory analysis used (`buildExportSources`): every `--load` file feeding a
 * loaded layer, or the demo files, with kind and population vintage; with `withFlows`, the PMSI
 * files too (the dossier shows flows).
 */
export function cliSources(
  reports: readonly SourceReport[],
  demo: boolean,
  analysis: TerritoryAnalysis,
  withFlows = false,
): ExportSource[] {
  const layers: TerritoryLayers = analysis.indicators.layers;
  const origin = demo ? ('demo' as const) : ('user' as const);
  const loaded = {
    communes: true,
    population: layers.population,
    professionals: layers.professionals,
    establishments: layers.establishments,
    perimeters: layers.perimeters,
    stays: withFlows,
    pmsiZones: withFlows,
  };
  const origins = Object.fromEntries(
    Object.entries(loaded)
      .filter(([, isLoaded]) => isLoaded)
      .map(([table]) => [table, origin]),
  );
  return buildExportSources(reports, origins, analysis.indicators, withFlows);
}

export async function run(argv: string[]): Promise<number> {
  const { args, analysis, name, startedFrom, coverage, demo, sources } = await loadTerritory(argv, [
    'json',
  ]);
  const summary = summarise(analysis, name, demo, coverage, sources, startedFrom);
  if (args.flags.has('json')) process.stdout.write(`${JSON.stringify(summary)}\n`);
  else printText(analysis, name, demo, sources);
  if (analysis.indicators.unknownCodes.length) {
    console.error(
      `Codes inconnus dans les données chargées : ${analysis.indicators.unknownCodes.join(', ')}`,
    );
  }
  return analysis.indicators.communeCount > 0 ? 0 : 1;
}

/**
 * The JSON of `territory --json`: what is not loaded is null (`population`, `tranche`,
 * `professions`, `establishments`, `noGp`, `overlaps`, `whiteZones`, `coverage`), and `layers`
 * says which layers were loaded; the ACI funding is a list of sourced maxima.
 */
export function summarise(
  a: TerritoryAnalysis,
  name: string,
  demo: boolean,
  coverage: unknown,
  sources: readonly ExportSource[],
  startedFrom: string | null = null,
) {
  const i = a.indicators;
  return {
    name,
    /** The CPTS named by `--territory` (left out of `overlaps`), null for codes or a file. */
    startedFrom,
    fictitious: demo,
    layers: i.layers,
    population: i.population,
    /** Census years of the INSEE populations (null = année inconnue); never a file-name year. */
    populationYears: i.populationYears,
    populationVintage: i.population === null ? null : describePopulationVintage(i),
    populationSources: i.populationSources,
    communesWithContourPopulation: i.communesWithContourPopulation,
    communesWithoutPopulation: i.communesWithoutPopulation,
    communes: a.codes.filter((c) => !i.unknownCodes.includes(c)),
    communeCount: i.communeCount,
    unknownCodes: i.unknownCodes,
    areaKm2: i.areaKm2,
    densityKm2: i.densityKm2,
    ages: i.ages,
    tranche: i.tranche && {
      size: i.tranche.tranche.size,
      label: i.tranche.tranche.label,
      maxima: i.tranche.amounts.map((x) => ({
        kind: x.kind,
        label: x.label,
        maxEur: x.maxEur,
        text: x.text.reference,
        article: x.article,
        validAt: x.validAt,
        supersededBy: x.supersededBy?.text.shortName ?? null,
      })),
      warning: i.tranche.warning?.message ?? null,
    },
    professions: i.professions,
    establishments: i.establishments,
    establishmentCount: i.establishmentCount,
    noGp: i.noGp,
    overlaps: a.overlaps,
    contiguity: a.contiguity,
    whiteZones: a.whiteZones,
    coverage,
    sources: sources.map((s) => ({
      file: s.fileName,
      kind: s.kind,
      year: s.year,
      note: s.note,
      fictitious: s.demo,
    })),
  };
}

function printText(
  a: TerritoryAnalysis,
  name: string,
  demo: boolean,
  sources: readonly ExportSource[],
): void {
  const i = a.indicators;
  const n = (x: number | null, d = 0) =>
    x === null ? '—' : x.toLocaleString('fr-FR', { maximumFractionDigits: d });
  console.log(`${name}${demo ? ' (données fictives)' : ''}`);
  console.log(
    i.population === null
      ? `Population municipale : ${notLoadedMessage('population', 'cli')}`
      : `Population municipale : ${n(i.population)} hab. (${describePopulationVintage(i)})`,
  );
  console.log(
    `Communes : ${i.communeCount}   Superficie : ${n(i.areaKm2, 1)} km²   Densité : ${i.population === null ? NOT_LOADED : `${n(i.densityKm2, 1)} hab./km²`}`,
  );
  if (i.tranche) {
    console.log(`Tranche ACI : ${i.tranche.tranche.label} — financement annuel maximal :`);
    for (const x of i.tranche.amounts) console.log(`  ${formatAciAmount(x)}`);
    if (i.tranche.warning) console.log(`  Attention : ${i.tranche.warning.message}`);
  } else console.log('Tranche ACI : population non chargée, tranche non calculée');
  if (i.professions === null)
    console.log(`Professionnels : ${notLoadedMessage('professionals', 'cli')}`);
  for (const p of i.professions ?? [])
    console.log(
      `  ${p.label} : ${p.people} (${n(p.per10k, 1)} pour 10 000 ; département ${n(p.depPer10k, 1)})`,
    );
  console.log(
    i.noGp === null
      ? `Sans généraliste dans la commune : ${notLoadedMessage('professionals', 'cli')}`
      : `Sans généraliste dans la commune : ${i.noGp.share === null ? '—' : `${n(i.noGp.share * 100, 1)} %`} de la population`,
  );
  console.log(
    `Établissements : ${i.establishmentCount === null ? notLoadedMessage('establishments', 'cli') : i.establishmentCount}`,
  );
  console.log(
    `Morceaux : ${a.contiguity.pieces.length}   Enclaves : ${a.contiguity.enclaves.length}   Trous : ${a.contiguity.holes}`,
  );
  if (a.overlaps === null || a.whiteZones === null)
    console.log(`Chevauchements et zones blanches : ${notLoadedMessage('perimeters', 'cli')}`);
  for (const o of a.overlaps ?? [])
    console.log(
      `Chevauchement avec ${o.name} : ${o.sharedCommunes.length} communes, ${i.population === null ? NOT_LOADED : `${n(o.sharedPopulation)} hab.`}`,
    );
  if (a.whiteZones)
    console.log(
      `Zones blanches : ${a.whiteZones.inside.length} commune(s) du territoire, ${a.whiteZones.around.length} autour`,
    );
  console.log(`Sources : ${formatExportSources(sources)}`);
}
