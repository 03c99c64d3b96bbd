/** Parsed command-line arguments: positionals, repeatable `--name value` options and flags. */
export interface CliArgs {
  positionals: string[];
  options: Map<string, string[]>;
  flags: Set<string>;
}

/**
 * Parses `argv` (without the command name). `flagNames` lists the options that take no value
 * (e.g. `json`); every other `--name` takes the next argument (or `--name=value`).
 *
 * @example parseArgs(['a.csv', '--load', 'x', '--load', 'y', '--json'], ['json'])
 */
export function parseArgs(argv: readonly string[], flagNames: readonly string[]): CliArgs {
  const args: CliArgs = { positionals: [], options: new Map(), flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith('--')) {
      args.positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (flagNames.includes(name)) {
      args.flags.add(name);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined) throw new CliError(`L’option --${name} attend une valeur.`);
    args.options.set(name, [...(args.options.get(name) ?? []), value]);
  }
  return args;
}

/** Last value of an option, or undefined. */
export function option(args: CliArgs, name: string): string | undefined {
  return args.options.get(name)?.at(-1);
}

/** A numeric option, with a clear error when it is not a number. */
export function numberOption(args: CliArgs, name: string, fallback: number): number {
  const raw = option(args, name);
  if (raw === undefined) return fallback;
  const value = Number(raw.replace(',', '.'));
  if (!Number.isFinite(value)) throw new CliError(`--${name} attend un nombre, reçu « ${raw} ».`);
  return value;
}

/** An error the user can fix (bad arguments, unreadable file): printed without a stack trace. */
export class CliError extends Error {}
