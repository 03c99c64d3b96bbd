/**
 * `perimetre inspect FILE [--json] [--rejets OUT.csv]`: what the app would do with a file —
 * detected kind, encoding, separator, column mapping, rows read = kept + repaired + rejected, and
 * the issues — through the very functions of the app's import worker (`previewImportFile`,
 * `importFiles`: same parsers, same reconciliation of commune codes); `--rejets` writes the
 * rejected lines as the Import tab's « lignes rejetées » CSV (same bytes).
 */
import fs from 'node:fs';
import path from 'node:path';
import { importFiles, previewImportFile } from '../../workers/import-api';
import { toRejectedCsv } from '../../core/export/rejected-csv';
import { formatLineCounts, isRejection } from '../../workers/import-report';
import { CliError, option, parseArgs } from '../args';
import { checkInputFile } from '../input-file';

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['json']);
  const file = args.positionals[0];
  if (!file)
    throw new CliError(
      'Indiquez le fichier à inspecter : perimetre inspect FICHIER [--json] [--rejets SORTIE.csv]',
    );
  checkInputFile(file);
  const input = { name: path.basename(file), blob: await fs.openAsBlob(file) };
  const preview = await previewImportFile(input);
  const [report] = await importFiles([input], [{}], [], () => undefined);
  if (!report) throw new Error('inspect: no report');
  const rejectedOut = option(args, 'rejets');
  const rejected = report.issues.filter(isRejection);
  if (rejectedOut !== undefined) fs.writeFileSync(rejectedOut, toRejectedCsv(rejected));
  const summary = {
    file: input.name,
    kind: report.kind,
    encoding: report.encoding,
    separator: report.separator,
    detection: preview.report.issues.find((i) => i.code === 'detected-kind')?.message ?? null,
    mapping: preview.mapping,
    rows: report.rowCount,
    kept: report.keptCount,
    accepted: report.acceptedCount,
    repaired: report.repairedCount,
    rejected: report.rejectedCount,
    issues: report.issues,
  };
  if (args.flags.has('json')) {
    process.stdout.write(`${JSON.stringify(summary)}\n`);
  } else {
    console.log(`Fichier     : ${summary.file}`);
    console.log(`Type        : ${summary.kind ?? 'non reconnu'}`);
    console.log(`Encodage    : ${summary.encoding}`);
    console.log(`Séparateur  : ${summary.separator ?? '—'}`);
    if (summary.mapping) console.log(`Colonnes    : ${JSON.stringify(summary.mapping)}`);
    console.log(`Lignes      : ${formatLineCounts(report)}`);
    for (const issue of summary.issues) console.log(`  [${issue.severity}] ${issue.message}`);
    if (rejectedOut !== undefined)
      console.log(`Lignes rejetées : ${rejected.length} écrite(s) dans ${rejectedOut}`);
  }
  return report.kind === null ||
    (report.acceptedCount === 0 &&
      report.rejectedCount >= 0 &&
      report.issues.some((i) => i.severity === 'error'))
    ? 1
    : 0;
}
