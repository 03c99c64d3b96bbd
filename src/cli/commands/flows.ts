/**
 * `perimetre flows --territory LIST_OR_FILE [--load FILE]… [--json]`: taux d'autarcie, de fuite,
 * d'attractivité, top destinations, market shares and masked cells of a territory given as a list
 * of INSEE codes (`96001,96002`), a file holding codes, or the name of a loaded CPTS perimeter.
 */
import fs from 'node:fs';
import { computeFlowIndicators } from '../../workers/flows-api';
import { CliError, option, parseArgs } from '../args';
import { ALLOCATION_NOTE, loadFlowCommandInputs, round } from './flows-common';

const CODE = /\b(?:\d{5}|2[AB]\d{3})\b/g;

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['json']);
  const spec = option(args, 'territory');
  if (!spec)
    throw new CliError(
      'Indiquez le territoire : --territory 96001,96002 (codes INSEE), un fichier de codes, ou le nom d’une CPTS chargée.',
    );
  const { demo, flows } = await loadFlowCommandInputs(args.options.get('load') ?? []);
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
    communes: t.communeCount,
    residentStays: round(t.residentStays, 1),
    internalStays: round(t.internalStays, 1),
    establishmentStays: round(t.establishmentStays, 1),
    autarcie: round(t.autarcie),
    fuite: round(t.fuite),
    attractivite: round(t.attractivite),
    masked: {
      ...t.masked,
      weightedCells: round(t.masked.weightedCells, 2),
      maxStays: round(t.masked.maxStays, 1),
    },
    unplacedStays: round(t.unplacedStays, 1),
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
  console.log(`Taux d'autarcie     : ${pct(t.autarcie)}`);
  console.log(`Taux de fuite       : ${pct(t.fuite)}`);
  console.log(`Taux d'attractivité : ${pct(t.attractivite)}`);
  console.log(
    `Cases masquées      : ${t.masked.cells} (au plus ${summary.masked.maxStays} séjours, non comptés)`,
  );
  console.log(ALLOCATION_NOTE);
  console.log('Principales destinations :');
  for (const d of summary.topDestinations)
    console.log(`  ${d.name.padEnd(45)} ${String(d.stays).padStart(8)} séjours ${pct(d.share)}`);
  return 0;
}
