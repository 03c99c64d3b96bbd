/**
 * Entry of the `perimetre` command line. Each command lives in `commands/<name>.ts` and exports
 * `run(argv): Promise<number>` (the exit code); usage goes to stdout, errors to stderr.
 */
import { CliError } from './args';
import { finalExitCode } from './exit-status';

type Command = {
  summary: string;
  load: () => Promise<{ run: (argv: string[]) => Promise<number> }>;
};

/** The commands, in the order of the help text. Add a line here for a new command. */
export const COMMANDS: Record<string, Command> = {
  access: {
    summary:
      'access [--load FICHIER]… [--profession gp|CODE] [--max-minutes 20] [--times FICHIER] [--activity FICHIER] [--supply people|fte|consultations] [--max-age N] [--json] : accessibilité (APL type E2SFCA) par commune',
    load: () => import('./commands/access'),
  },
  basins: {
    summary:
      'basins [--load FICHIER]… [--method plurality|modularity] [--li-threshold X] [--json] [--geojson SORTIE] : bassins de patientèle (LI, MSI, modularité)',
    load: () => import('./commands/basins'),
  },
  flows: {
    summary:
      'flows --territory CODES|FICHIER|CPTS [--load FICHIER]… [--json] : flux PMSI d’un territoire (autarcie, fuite, attractivité)',
    load: () => import('./commands/flows'),
  },
  inspect: {
    summary:
      'inspect FICHIER [--json] [--rejets SORTIE.csv] : type, encodage, colonnes et anomalies d’un fichier, lignes rejetées en CSV',
    load: () => import('./commands/inspect'),
  },
  territory: {
    summary:
      'territory --territory CODES|FICHIER|CPTS [--load FICHIER]… [--json] : indicateurs d’un territoire',
    load: () => import('./commands/territory'),
  },
  dossier: {
    summary:
      'dossier --territory CODES|FICHIER|CPTS [--load FICHIER]… [--name NOM] --out SORTIE.html [--json] : dossier « Diagnostic territorial » imprimable (A4)',
    load: () => import('./commands/dossier'),
  },
  region: {
    summary:
      'region [--load FICHIER]… [--json | --csv SORTIE] [--out RESUME.html] : vue ARS de toutes les CPTS chargées (tableau, chevauchements, couverture, zones blanches)',
    load: () => import('./commands/region'),
  },
  export: {
    summary:
      'export --territory CODES|FICHIER|CPTS [--load FICHIER]… --geojson SORTIE [--csv SORTIE] : fichiers du territoire',
    load: () => import('./commands/export'),
  },
};

export function usage(): string {
  return [
    'Usage : perimetre <commande> [options]',
    '',
    ...Object.values(COMMANDS).map((c) => `  ${c.summary}`),
    '',
    'Sans --load, les commandes d’analyse utilisent le jeu de démonstration (données fictives).',
    'Options d’import de toutes les commandes d’analyse : --zone-kind postal|insee|pmsi (zones des séjours PMSI :',
    'codes postaux, règle ATIH par défaut en cas de doute ; codes commune ; codes géographiques ATIH),',
    '--population-year ANNÉE (millésime d’un fichier de population qui ne le dit pas, ex. populations légales).',
    '',
    'Codes de sortie : 0 réussi ; 1 erreur inattendue ; 2 argument ou fichier illisible ;',
    '3 résultat calculé mais un fichier de --load n’a rien apporté (vide, non reconnu, toutes lignes rejetées).',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name ? 0 : 1;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`Commande inconnue : ${name}\n\n${usage()}`);
    return 2;
  }
  try {
    return finalExitCode(await (await command.load()).run(rest));
  } catch (error) {
    if (error instanceof CliError) {
      console.error(`Erreur : ${error.message}`);
      return 2;
    }
    // Anything else is our bug or the system's: say it in one line; the trace only on request.
    console.error(
      `Erreur inattendue : ${error instanceof Error ? error.message : String(error)}${process.env.PERIMETRE_DEBUG ? `\n${error instanceof Error ? error.stack : ''}` : ' (relancez avec PERIMETRE_DEBUG=1 pour le détail)'}`,
    );
    return 1;
  }
}
