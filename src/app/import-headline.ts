// The import headline for the ui (computed by the workers' code the CLI also uses).
export { importHeadline } from '../workers/import-headline';
