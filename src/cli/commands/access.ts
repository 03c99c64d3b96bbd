/**
 * `perimetre access [--load FILE]… [--profession gp|CODE] [--max-minutes 20] [--times FILE]
 * [--activity FILE] [--supply people|fte|consultations] [--decay drees|drees2012] [--detour 1.3]
 * [--speed 60] [--consultations 5400|0] [--max-age N] [--no-ages] [--threshold 2.5] [--json]`:
 * the APL-like E2SFCA per commune (DOMAIN.md section 4.4) with the app's own code
 * (src/core/access), data loaded as the app does. A professional-activity file (FTE, acts, age)
 * is taken from `--activity` or recognised among the `--load` files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { analyseAccess, type AccessParameters } from '../../core/access/analyse-access';
import { DECAY_PRESETS, scaleDecay, type DecayPreset } from '../../core/access/decay';
import { DEFAULT_ACCESS_PARAMETERS, UNDERSERVED_THRESHOLD } from '../../core/access/defaults';
import { rollUpAccess } from '../../core/access/roll-up';
import { joinActivityRecords, type ActivityJoin } from '../../core/access/join-activity';
import type { SupplyMode } from '../../core/access/supply';
import { describeSupply } from '../../core/access/supply-definition';
import type { ProfessionalActivityRecord, TravelTimeRecord } from '../../core/access/types';
import { loadAccessInputs } from '../../db/load-access-inputs';
import { parseDataFile } from '../../io';
import { CliError, numberOption, option, parseArgs } from '../args';
import { inputOptions, loadInputsIntoDuckDb, reportInputErrors } from '../load-inputs';

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['json', 'no-ages']);
  const profession = option(args, 'profession') ?? 'gp';
  if (profession !== 'gp' && !/^\d{1,3}$/.test(profession))
    throw new CliError(
      `--profession attend « gp » (médecins généralistes) ou un code profession de l’Annuaire Santé (10, 21, 40, 50, 60, 70…), reçu « ${profession} ».`,
    );
  const preset = (option(args, 'decay') ?? 'drees') as DecayPreset;
  if (!(preset in DECAY_PRESETS))
    throw new CliError(
      `--decay attend ${Object.keys(DECAY_PRESETS).join(' ou ')}, reçu « ${preset} ».`,
    );
  const maxMinutes = numberOption(args, 'max-minutes', 0);
  const consultations = numberOption(
    args,
    'consultations',
    DEFAULT_ACCESS_PARAMETERS.consultationsPerUnit ?? 0,
  );
  const maxAge = option(args, 'max-age');
  const supplyOption = option(args, 'supply');
  if (supplyOption !== undefined && !SUPPLY_MODES.includes(supplyOption as SupplyMode))
    throw new CliError(
      `--supply attend people (personnes), fte (ETP) ou consultations (actes), reçu « ${supplyOption} ».`,
    );
  const parameters: AccessParameters = {
    ...DEFAULT_ACCESS_PARAMETERS,
    decay:
      maxMinutes > 0
        ? scaleDecay(DECAY_PRESETS[preset].steps, maxMinutes)
        : DECAY_PRESETS[preset].steps.map((s) => ({ ...s })),
    travel: {
      detourFactor: numberOption(args, 'detour', DEFAULT_ACCESS_PARAMETERS.travel.detourFactor),
      speedKmh: numberOption(args, 'speed', DEFAULT_ACCESS_PARAMETERS.travel.speedKmh),
    },
    ageWeights: args.flags.has('no-ages') ? null : DEFAULT_ACCESS_PARAMETERS.ageWeights,
    consultationsPerUnit: consultations > 0 ? consultations : null,
    maxAge: maxAge === undefined ? null : numberOption(args, 'max-age', 0),
  };
  const threshold = numberOption(args, 'threshold', UNDERSERVED_THRESHOLD);
  const times = readTimes(option(args, 'times'));
  const loads = args.options.get('load') ?? [];
  const inputs = await loadInputsIntoDuckDb(loads, inputOptions(args));
  reportInputErrors(inputs.reports);
  try {
    const activityFiles = [
      ...loads.filter((_, i) => inputs.reports[i]?.kind === 'professional-activity'),
      ...(args.options.get('activity') ?? []),
    ];
    const records = activityFiles.flatMap(readActivity);
    const loaded = await loadAccessInputs(inputs.conn, profession);
    const { communes, withoutCentroid } = loaded;
    let activities = loaded.activities;
    let join: ActivityJoin | null = null;
    if (activityFiles.length) {
      join = joinActivityRecords(activities, records);
      activities = join.activities;
    }
    parameters.supplyMode =
      (supplyOption as SupplyMode | undefined) ??
      (join?.has.fte ? 'fte' : join?.has.consultations ? 'consultations' : 'people');
    if (parameters.supplyMode !== 'people' && !join)
      throw new CliError(
        `--supply ${parameters.supplyMode} demande un fichier d’activité (--activity FICHIER, colonnes Identification nationale PP ; etp ; nb_actes ; age).`,
      );
    if (communes.length === 0)
      throw new CliError(
        'Aucune commune avec contour : chargez un fichier de contours (--load communes.geojson).',
      );
    const r = analyseAccess({ communes, activities, parameters, times });
    const notes = [...r.notes];
    if (withoutCentroid.length)
      notes.push(`${withoutCentroid.length} commune(s) sans contour ignorée(s).`);
    const summary = rollUpAccess(r, null, threshold);
    const definition = describeSupply(
      parameters,
      join,
      activityFiles.map((f) => path.basename(f)).join(', '),
    );
    if (join?.unusedRecords)
      notes.push(
        `${join.unusedRecords} ligne(s) du fichier d’activité sans professionnel de cette profession dans l’Annuaire Santé chargé.`,
      );
    if (join?.unmatchedPlaceRecords)
      notes.push(
        `${join.unmatchedPlaceRecords} ligne(s) d’activité pour une commune où l’Annuaire Santé ne situe pas ce professionnel : non utilisée(s).`,
      );
    const out = {
      demo: inputs.demo,
      parameters: { profession, ...parameters, threshold, times: times ? times.length : null },
      unit: r.unit.label,
      supply: {
        definition,
        mode: parameters.supplyMode,
        activityFiles: activityFiles.map((f) => path.basename(f)),
        matchedPeople: join?.matchedPeople ?? null,
        unmatchedPeople: join?.unmatchedPeople ?? null,
        excludedByAge: r.supplyStats.excludedByAge,
      },
      ageStandardised: r.ageStandardised,
      cutoffMinutes: r.cutoffMinutes,
      travelSource: r.travelSource,
      pairCount: r.pairCount,
      totalSupply: r.totalSupply,
      summary,
      notes,
      communes: r.codes.map((code, i) => ({
        code,
        score: r.scores[i] as number,
        population: r.population[i] as number,
        standardisedPopulation: r.standardisedPopulation[i] as number,
        supply: r.supply[i] as number,
      })),
    };
    if (args.flags.has('json')) process.stdout.write(`${JSON.stringify(out)}\n`);
    else printText(out);
    return 0;
  } finally {
    await inputs.conn.close();
  }
}

const SUPPLY_MODES: readonly SupplyMode[] = ['people', 'fte', 'consultations'];

function readActivity(file: string): ProfessionalActivityRecord[] {
  if (!fs.existsSync(file)) throw new CliError(`Fichier introuvable : ${file}`);
  const parsed = parseDataFile(path.basename(file), new Uint8Array(fs.readFileSync(file)), {
    kind: 'professional-activity',
  });
  for (const issue of parsed.issues.filter((i) => i.severity !== 'info').slice(0, 10))
    console.error(issue.message);
  if (parsed.kind !== 'professional-activity' || parsed.rows.length === 0)
    throw new CliError(
      `${file} : aucune ligne d’activité utilisable (colonnes Identification nationale PP ou rpps, et etp, nb_actes, age ou annee_naissance).`,
    );
  return parsed.rows;
}

function readTimes(file: string | undefined): TravelTimeRecord[] | null {
  if (file === undefined) return null;
  if (!fs.existsSync(file)) throw new CliError(`Fichier introuvable : ${file}`);
  const parsed = parseDataFile(path.basename(file), new Uint8Array(fs.readFileSync(file)), {
    kind: 'travel-times',
  });
  for (const issue of parsed.issues.filter((i) => i.severity !== 'info').slice(0, 10))
    console.error(issue.message);
  if (parsed.kind !== 'travel-times' || parsed.rows.length === 0)
    throw new CliError(
      `${file} : aucune ligne de temps de trajet utilisable (colonnes origine ; destination ; minutes).`,
    );
  return parsed.rows;
}

function printText(out: {
  demo: boolean;
  unit: string;
  supply: { definition: string };
  summary: ReturnType<typeof rollUpAccess>;
  notes: string[];
  communes: { code: string; score: number; population: number }[];
}): void {
  const fmt = (v: number | null, d = 2) =>
    v === null ? '—' : new Intl.NumberFormat('fr-FR', { maximumFractionDigits: d }).format(v);
  if (out.demo) console.log('Jeu de démonstration (données fictives).');
  console.log(out.supply.definition);
  console.log(`Score (${out.unit}) : moyenne pondérée ${fmt(out.summary.weightedScore)}`);
  console.log(
    `Population sous le seuil : ${fmt(out.summary.populationBelow, 0)} hab. (${fmt((out.summary.shareBelow ?? 0) * 100, 1)} %)`,
  );
  console.log(`Déciles : ${out.summary.deciles.map((d) => fmt(d)).join(' ; ')}`);
  for (const n of out.notes) console.log(`  • ${n}`);
  const sorted = [...out.communes].sort((a, b) => a.score - b.score);
  console.log('Communes les moins bien dotées :');
  for (const c of sorted.slice(0, 10))
    console.log(`  ${c.code}  ${fmt(c.score)}  (${fmt(c.population, 0)} hab.)`);
}
