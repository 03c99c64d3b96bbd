/**
 * `perimetre dossier --territory CODES|FICHIER|CPTS [--load FICHIER]… [--name NOM] --out
 * dossier.html [--json]`: the printable dossier « Diagnostic territorial » (A4 HTML; the browser's
 * print gives the PDF), built by the same worker function as the app's « Dossier » button
 * (`buildTerritoryDossier`), so both print the same figures. `--json` prints those figures.
 */
import fs from 'node:fs';
import { loadAccessInputs } from '../../db/load-access-inputs';
import { loadFlowInputs } from '../../db/flow-inputs';
import { buildTerritoryDossier } from '../../workers/dossier-api';
import { CliError, option } from '../args';
import { cliSources, loadTerritory } from './territory';

export async function run(argv: string[]): Promise<number> {
  const { args, analysis, name, startedFrom, demo, reports, more } = await loadTerritory(
    argv,
    ['json'],
    async (conn, input) => ({
      flows: await loadFlowInputs(conn),
      access: input.layers?.professionals ? await loadAccessInputs(conn, 'gp') : null,
    }),
  );
  const out = option(args, 'out');
  if (!out && !args.flags.has('json'))
    throw new CliError(
      'Indiquez le fichier à écrire : --out dossier.html (ou --json pour les chiffres).',
    );
  const flows = more!.flows.zoneFlows.length > 0 ? more!.flows : null;
  const dossier = await buildTerritoryDossier({
    codes: analysis.codes,
    meta: {
      territoryName: option(args, 'name') ?? name,
      date: new Date().toISOString().slice(0, 10),
      fictitious: demo,
      sources: cliSources(reports, demo, analysis, flows !== null),
      startedFrom,
    },
    flows,
    access: more!.access && {
      communes: more!.access.communes,
      activities: more!.access.activities,
    },
  });
  if (out) {
    fs.writeFileSync(out, dossier.html);
    console.error(
      `Dossier « ${dossier.figures.meta.territoryName} » : ${analysis.indicators.communeCount} communes → ${out}`,
    );
  }
  if (args.flags.has('json')) {
    const { analysis: a, ...figures } = dossier.figures;
    process.stdout.write(
      `${JSON.stringify({ ...figures, analysis: { ...a, outline: undefined } })}\n`,
    );
  }
  if (analysis.indicators.unknownCodes.length)
    console.error(
      `Codes inconnus dans les données chargées : ${analysis.indicators.unknownCodes.join(', ')}`,
    );
  return analysis.indicators.communeCount > 0 ? 0 : 1;
}
