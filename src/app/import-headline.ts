// The import headline for the ui (computed by the workers' code the CLI also uses).
export { importHeadline, type ImportOutcome } from '../workers/import-headline';
