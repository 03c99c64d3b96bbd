/**
 * Checks a file named on the command line before it is read, so that a wrong path, a directory or
 * an unreadable file gives a French message naming it — never a Node stack trace.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CliError } from './args';

/**
 * Throws a `CliError` (exit code 2) when `file` does not exist, is a directory or cannot be read.
 *
 * @example checkInputFile('data/demo'); // CliError: « data/demo est un dossier, pas un fichier … »
 */
export function checkInputFile(file: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new CliError(`Fichier introuvable : ${file} (vérifiez le chemin et le nom du fichier).`);
  }
  if (stat.isDirectory()) {
    const inside = fs
      .readdirSync(file)
      .filter((n) => !n.startsWith('.'))
      .slice(0, 3);
    throw new CliError(
      `${file} est un dossier, pas un fichier : donnez chaque fichier à lire${inside.length ? ` (par exemple ${path.join(file, inside[0] as string)})` : ''}.`,
    );
  }
  if (!stat.isFile())
    throw new CliError(`${file} n’est pas un fichier ordinaire : donnez un fichier.`);
  try {
    fs.accessSync(file, fs.constants.R_OK);
  } catch {
    throw new CliError(`${file} ne peut pas être lu (droits d’accès) : vérifiez ses permissions.`);
  }
}
