/**
 * `perimetre basins [--load FILE]… [--method plurality|modularity] [--li-threshold X]
 * [--min-stays N] [--min-population N] [--resolution G] [--seed S] [--json] [--geojson OUT]`:
 * patient-flow basins with LI, MSI, netindex, population, stays and the partition's modularity,
 * computed by the same code as the app (src/workers/flows-api.ts).
 */
import fs from 'node:fs';
import { buildCommuneTopology, dissolveCommunes } from '../../core/geo/dissolve-communes';
import {
  buildFlowAdjacency,
  computeFlowBasins,
  defaultBasinRequest,
  type BasinMethod,
} from '../../workers/flows-api';
import { CliError, numberOption, option, parseArgs } from '../args';
import { inputOptions } from '../load-inputs';
import { ALLOCATION_NOTE, loadFlowCommandInputs, printAllocation, round } from './flows-common';

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['json']);
  const method = (option(args, 'method') ?? 'plurality') as BasinMethod;
  if (method !== 'plurality' && method !== 'modularity')
    throw new CliError(`--method attend « plurality » ou « modularity », reçu « ${method} ».`);
  const defaults = defaultBasinRequest(method);
  const request = {
    method,
    minLi: numberOption(args, 'li-threshold', defaults.minLi),
    minStays: numberOption(args, 'min-stays', defaults.minStays),
    minPopulation: numberOption(args, 'min-population', defaults.minPopulation),
    resolution: numberOption(args, 'resolution', defaults.resolution),
    seed: numberOption(args, 'seed', defaults.seed),
  };
  const { demo, flows, geometries, allocationMethods } = await loadFlowCommandInputs(
    args.options.get('load') ?? [],
    inputOptions(args),
  );
  const adjacency = await buildFlowAdjacency(geometries);
  const result = await computeFlowBasins(flows, adjacency, request);
  const summary = {
    method: result.method,
    parameters: result.parameters,
    demo,
    allocation: ALLOCATION_NOTE,
    allocationMethods,
    basinCount: result.basins.length,
    communeCount: result.communeCount,
    modularity: round(result.modularity),
    li: round(result.li),
    medianLi: round(result.medianLi),
    medianMsi: round(result.medianMsi),
    contiguityMoves: result.contiguityMoves,
    merges: result.merges,
    isolated: result.isolated,
    unplacedStays: result.unplacedStays,
    unresolvedFiness: result.unresolvedFiness,
    unallocated: result.unallocated,
    liHistogram: result.liHistogram,
    basins: result.basins.map((b) => ({
      id: b.id,
      name: b.name,
      communes: b.communes,
      li: round(b.li),
      msi: round(b.msi),
      netindex: round(b.netindex),
      population: Math.round(b.population),
      stays: round(b.stays, 1),
    })),
  };
  const out = option(args, 'geojson');
  if (out) {
    const topo = buildCommuneTopology(geometries);
    const features = summary.basins.flatMap((b) => {
      const f = dissolveCommunes(topo, b.communes);
      return f ? [{ ...f, properties: { ...b, communes: b.communes.join(';') } }] : [];
    });
    fs.writeFileSync(out, JSON.stringify({ type: 'FeatureCollection', features }));
  }
  if (args.flags.has('json')) {
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    return 0;
  }
  const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)} %`);
  console.log(
    `Méthode ${method} : ${summary.basinCount} bassins, ${summary.communeCount} communes, modularité ${summary.modularity}, LI global ${pct(result.li)}, LI médian ${pct(result.medianLi)}`,
  );
  printAllocation(allocationMethods);
  if (demo) console.log('Jeu de démonstration (données fictives).');
  for (const b of summary.basins)
    console.log(
      `  ${b.name.padEnd(40)} ${String(b.communes.length).padStart(4)} communes ${String(b.population).padStart(8)} hab. LI ${pct(b.li)} MSI ${pct(b.msi)} netindex ${b.netindex ?? '—'}`,
    );
  if (out) console.log(`Contours écrits dans ${out}`);
  return 0;
}
