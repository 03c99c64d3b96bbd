/**
 * `perimetre inspect FILE [--json]`: what the app would do with a file — detected kind, encoding,
 * separator, column mapping, accepted/rejected rows and the issues — with the app's own parsers.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseDataFile } from '../../io';
import { CliError, parseArgs } from '../args';

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['json']);
  const file = args.positionals[0];
  if (!file)
    throw new CliError('Indiquez le fichier à inspecter : perimetre inspect FICHIER [--json]');
  if (!fs.existsSync(file)) throw new CliError(`Fichier introuvable : ${file}`);
  const parsed = parseDataFile(path.basename(file), new Uint8Array(fs.readFileSync(file)));
  const summary = {
    file: path.basename(file),
    kind: parsed.kind,
    encoding: parsed.encoding,
    separator: parsed.separator,
    detection: parsed.detection,
    mapping: 'mapping' in parsed ? parsed.mapping : 'fields' in parsed ? parsed.fields : null,
    rows: parsed.rowCount,
    accepted: parsed.rows.length,
    rejected: Math.max(0, parsed.rowCount - parsed.rows.length),
    issues: parsed.issues,
  };
  if (args.flags.has('json')) {
    process.stdout.write(`${JSON.stringify(summary)}\n`);
  } else {
    console.log(`Fichier     : ${summary.file}`);
    console.log(`Type        : ${summary.kind ?? 'non reconnu'} (${parsed.detection.reason})`);
    console.log(`Encodage    : ${summary.encoding}`);
    console.log(`Séparateur  : ${summary.separator ?? '—'}`);
    if (summary.mapping) console.log(`Colonnes    : ${JSON.stringify(summary.mapping)}`);
    console.log(
      `Lignes      : ${summary.rows} lues, ${summary.accepted} retenues, ${summary.rejected} rejetées`,
    );
    for (const issue of summary.issues) {
      const where = [
        issue.row ? `ligne ${issue.row}` : '',
        issue.column ? `colonne ${issue.column}` : '',
      ]
        .filter(Boolean)
        .join(', ');
      console.log(`  [${issue.severity}] ${where ? `${where} : ` : ''}${issue.message}`);
    }
  }
  return parsed.kind === null ||
    parsed.issues.some((i) => i.severity === 'error' && parsed.rows.length === 0)
    ? 1
    : 0;
}
