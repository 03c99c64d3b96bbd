/**
 * `perimetre flows --territory LIST_OR_FILE [--load FILE]… [--json]`: taux d'autarcie, de fuite,
 * d'attractivité, top destinations, market shares and masked cells of a territory given as a list
 * of INSEE codes (`96001,96002`), a file holding codes, or the name of a loaded CPTS perimeter.
 */
import fs from 'node:fs';
import { computeFlowIndicators } from '../../workers/flows-api';
import { CliError, option, parseArgs } from '../args';
import { inputOptions } from '../load-inputs';
import { ALLOCATION_NOTE, loadFlowCommandInputs, printAllocation, round } from './flows-common';

const CODE = /\b(?:\d{5}|2[AB]\d{3})\b/g;

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['json']);
  const spec = option(args, 'territory');
  if (!spec)
    throw new CliError(
      'Indiquez le territoire : --territory 96001,96002 (codes INSEE), un fichier de codes, ou le nom d’une CPTS chargée.',
    );
  const { demo, flows, allocationMethods } = await loadFlowCommandInputs(
    args.options.get('load') ?? [],
    inputOptions(args),
  );
  const fromPerimeter = flows.perimeters
    .filter((p) => p.perimeterName === spec)
    .map((p) => p.communeCode);
  const codes = fromPerimeter.length
    ? fromPerimeter
    : [...new Set((fs.existsSync(spec) ? fs.readFileSync(spec, 'utf8') : spec).match(CODE) ?? [])];
  if (codes.length === 0)
    throw new CliError(
      `--territory « ${spec} » : aucun code INSEE (5 caractères) trouvé, ni CPTS chargée de ce nom.`,
    );
  const t = await computeFlowIndicators(flows, codes);
  if (t.unknownCodes.length)
    console.error(
      `Communes absentes des contours chargés (ignorées) : ${t.unknownCodes.slice(0, 10).join(', ')}${t.unknownCodes.length > 10 ? '…' : ''}`,
    );
  const summary = {
    territory: fromPerimeter.length ? spec : null,
    demo,
    allocation: ALLOCATION_NOTE,
    allocationMethods,
    communes: t.communeCount,
    residentStays: round(t.residentStays, 1),
    internalStays: round(t.internalStays, 1),
    establishmentStays: round(t.establishmentStays, 1),
    autarcie: round(t.autarcie),
    fuite: round(t.fuite),
    attractivite: round(t.attractivite),
    // `cells`, `weightedCells`, `maxStays`: the residents' masked cells, as before.
    masked: {
      cells: t.masked.residentCells,
      weightedCells: round(t.masked.residentWeightedCells, 2),
      maxStays: round(t.masked.residentMaxStays, 1),
      residentCells: t.masked.residentCells,
      residentWeightedCells: round(t.masked.residentWeightedCells, 2),
      residentMaxStays: round(t.masked.residentMaxStays, 1),
      establishmentCells: t.masked.establishmentCells,
      establishmentMaxStays: t.masked.establishmentMaxStays,
      distinctCells: t.masked.cells,
    },
    unplacedStays: round(t.unplacedStays, 1),
    unallocatedZones: {
      stays: round(t.unallocatedZones.stays, 1),
      share: round(t.unallocatedZones.share),
      maskedCells: t.unallocatedZones.maskedCells,
      zones: t.unallocatedZones.zones.map((z) => ({ ...z, stays: round(z.stays, 1) })),
    },
    unknownCodes: t.unknownCodes,
    unresolvedFiness: t.unresolvedFiness,
    topDestinations: t.topDestinations.slice(0, 10).map((d) => ({
      ...d,
      stays: round(d.stays, 1),
      share: round(d.share),
      shareOfActivity: round(d.shareOfActivity),
    })),
    marketShares: t.marketShares.map((d) => ({
      ...d,
      stays: round(d.stays, 1),
      share: round(d.share),
      shareOfActivity: round(d.shareOfActivity),
    })),
  };
  if (args.flags.has('json')) {
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    return 0;
  }
  const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)} %`);
  console.log(`${summary.communes} communes, ${summary.residentStays} séjours des habitants`);
  const m = summary.masked;
  const u = summary.unallocatedZones;
  console.log(`Taux d'autarcie     : ${pct(t.autarcie)}`);
  console.log(`Taux de fuite       : ${pct(t.fuite)}`);
  console.log(
    `Cases masquées des habitants : ${m.residentCells} (« 1 à 10 », au plus ${m.residentMaxStays} séjours, non comptés dans l'autarcie et la fuite)`,
  );
  console.log(`Taux d'attractivité : ${pct(t.attractivite)}`);
  const examples = u.zones
    .slice(0, 5)
    .map((z) => `${z.zone} (${z.stays})`)
    .join(', ');
  console.log(
    `Séjours des établissements du territoire : ${summary.establishmentStays}, toutes provenances, ` +
      `dont ${u.stays} séjours (${pct(u.share)}) de ${u.zones.length} zone(s) PMSI non rattachée(s) ` +
      `aux communes chargées, comptés comme non-résidents` +
      (u.zones.length ? ` : ${examples}${u.zones.length > 5 ? '…' : ''}` : ''),
  );
  console.log(
    `Cases masquées des établissements : ${m.establishmentCells} (« 1 à 10 », au plus ${m.establishmentMaxStays} séjours, non comptés dans l'attractivité)`,
  );
  printAllocation(allocationMethods);
  console.log('Principales destinations :');
  for (const d of summary.topDestinations)
    console.log(`  ${d.name.padEnd(45)} ${String(d.stays).padStart(8)} séjours ${pct(d.share)}`);
  return 0;
}
