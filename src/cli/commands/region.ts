/**
 * `perimetre region [--load FICHIER]… [--json | --csv SORTIE] [--out RESUME.html]`: the « Vue ARS » — every loaded
 * CPTS at once (per-CPTS rows, overlapping pairs, coverage 0 / 1 / 2+, white-zone groups, perimeter
 * problems), computed by the same worker function as the app's tab (`computeRegion`), so both give
 * the same figures. `--csv` writes the app's CSV of the table, `--out` the printable regional summary.
 */
import fs from 'node:fs';
import { toRegionCsv } from '../../core/region/to-region-csv';
import type { RegionView } from '../../core/region/region-types';
import { NOT_LOADED, notLoadedMessage } from '../../core/territory/not-loaded';
import { loadAccessInputs } from '../../db/load-access-inputs';
import { loadFlowInputs } from '../../db/flow-inputs';
import { queryTerritoryInput } from '../../db/territory-input';
import { buildRegionSummary, computeRegion } from '../../workers/region-api';
import { buildExportSources } from '../../core/territory/export-sources';
import { option, parseArgs } from '../args';
import { inputOptions, loadInputsIntoDuckDb, reportInputErrors } from '../load-inputs';

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['json']);
  const inputs = await loadInputsIntoDuckDb(args.options.get('load') ?? [], inputOptions(args));
  reportInputErrors(inputs.reports);
  const { input, geometries } = await queryTerritoryInput(inputs.conn, inputs.contours);
  const flows = await loadFlowInputs(inputs.conn);
  const access = input.layers?.professionals ? await loadAccessInputs(inputs.conn, 'gp') : null;
  await inputs.conn.close();
  const perimeterFile =
    inputs.reports
      .filter((r) => r.kind === 'perimeters')
      .map((r) => r.fileName)
      .join(', ') || 'périmètres des CPTS';
  const { view } = await computeRegion({
    input,
    geometries,
    flows: flows.zoneFlows.length > 0 ? flows : null,
    access: access && { communes: access.communes, activities: access.activities },
    perimeterFile,
  });
  const out = option(args, 'out');
  if (out) {
    const origin = inputs.demo ? ('demo' as const) : ('user' as const);
    const loaded = {
      communes: true,
      population: view.layers.population,
      professionals: view.layers.professionals,
      establishments: view.layers.establishments,
      perimeters: view.layers.perimeters,
      stays: view.flowsLoaded,
      pmsiZones: view.flowsLoaded,
    };
    const origins = Object.fromEntries(
      Object.entries(loaded)
        .filter(([, isLoaded]) => isLoaded)
        .map(([table]) => [table, origin]),
    );
    const sources = buildExportSources(inputs.reports, origins, view, view.flowsLoaded);
    fs.writeFileSync(
      out,
      await buildRegionSummary({
        territoryName: inputs.demo ? 'Données de démonstration' : 'Données chargées',
        date: new Date().toISOString().slice(0, 10),
        fictitious: inputs.demo,
        sources,
      }),
    );
    console.error(`Résumé régional imprimable → ${out}`);
  }
  const csv = option(args, 'csv');
  if (csv) {
    fs.writeFileSync(csv, toRegionCsv(view));
    console.error(`Tableau des ${view.rows.length} CPTS → ${csv}`);
  }
  for (const issue of view.issues) console.error(`Attention : ${issue.message}`);
  if (args.flags.has('json'))
    process.stdout.write(`${JSON.stringify({ fictitious: inputs.demo, ...view })}\n`);
  else if (!csv && !out) printText(view, inputs.demo);
  return view.rows.length > 0 ? 0 : 1;
}

function printText(view: RegionView, demo: boolean): void {
  const n = (x: number | null, d = 0) =>
    x === null ? NOT_LOADED : x.toLocaleString('fr-FR', { maximumFractionDigits: d });
  const p = (x: number | null) => (x === null ? NOT_LOADED : `${n(x * 100, 1)} %`);
  console.log(`Vue ARS : ${view.rows.length} CPTS${demo ? ' (données fictives)' : ''}`);
  if (view.rows.length === 0) console.log(notLoadedMessage('perimeters', 'cli'));
  for (const r of view.rows) {
    console.log(
      `${r.name} : ${r.communeCount} communes, ${r.population === null ? notLoadedMessage('population', 'cli') : `${n(r.population)} hab. (${r.populationVintage})`}, ${r.trancheLabel ?? 'tranche non calculée'}${r.trancheWarning ? ' ⚠' : ''}, densité ${r.densityKm2 === null ? NOT_LOADED : `${n(r.densityKm2, 1)} hab./km²`}`,
    );
    console.log(
      `  75 ans et plus ${p(r.share75p)} ; établissements ${n(r.establishmentCount)} ; autarcie (LI) ${p(r.autarcie)} ; accès MG ${n(r.accessScore, 2)} ; ${r.pieces} morceau(x), ${r.enclaves} enclave(s)${r.overlapsWith.length ? ` ; chevauche ${r.overlapsWith.join(', ')}` : ''}`,
    );
  }
  const c = view.coverage;
  if (c) {
    console.log('Couverture :');
    const line = (label: string, k: 'none' | 'one' | 'twoOrMore') =>
      console.log(
        `  ${label} : ${c[k].communes} communes, ${c[k].population === null ? 'population non chargée' : `${n(c[k].population)} hab.`}${c[k].communesWithoutPopulation ? ` (+ ${c[k].communesWithoutPopulation} commune(s) de population inconnue)` : ''}`,
      );
    line('aucune CPTS', 'none');
    line('une CPTS', 'one');
    line('deux ou plus', 'twoOrMore');
    console.log(
      `  total : ${c.totalCommunes} communes, ${c.totalPopulation === null ? 'population non chargée' : `${n(c.totalPopulation)} hab.`}`,
    );
  }
  for (const pair of view.pairs)
    console.log(
      `Chevauchement ${pair.a} / ${pair.b} : ${pair.communes.length} communes, ${pair.population === null ? 'population inconnue' : `${n(pair.population)} hab.`}`,
    );
  for (const z of view.whiteZones ?? [])
    console.log(
      `${z.id} : ${z.communes.length} communes, ${z.population === null ? 'population inconnue' : `${n(z.population)} hab.`} ; EPCI ${z.epcis.map((e) => e.name).join(', ')} ; CPTS limitrophes : ${z.adjacentCpts.map((a) => a.name).join(', ') || 'aucune'}`,
    );
}
