/**
 * `npm run bench`: performance figures, printed as medians of several runs with ratios between
 * implementations measured in the same run. Cases that need ../shared/data say so when it is absent.
 * Add a suite by adding a line to SUITES.
 */
const SUITES: { name: string; load: () => Promise<{ run: () => Promise<void> }> }[] = [
  { name: 'Chargement, classes et carte', load: () => import('./foundation-bench') },
  { name: 'Accès aux soins (E2SFCA)', load: () => import('./access-bench') },
  { name: 'Atelier territoire', load: () => import('./territory-bench') },
  { name: 'Flux PMSI et bassins', load: () => import('./flows-bench') },
  {
    name: 'Carte nationale (Chromium, face à MapLibre seul)',
    load: () => import('./national-map-bench'),
  },
  { name: 'Démarrage à froid (démo, Chromium)', load: () => import('./cold-start-bench') },
  { name: 'Clics sur la carte (démo, Chromium)', load: () => import('./interaction-bench') },
  { name: 'Dossier « Diagnostic territorial »', load: () => import('./dossier-bench') },
  { name: 'Vue ARS (toutes les CPTS)', load: () => import('./region-bench') },
  {
    name: 'Import à grande échelle (Annuaire 2 M, PMSI 1 M)',
    load: () => import('./import-bench'),
  },
  {
    name: 'Import dans Chromium (Annuaire 2 M, PMSI 1 M)',
    load: () => import('./browser-import-bench'),
  },
];

const only = process.argv.slice(2);
for (const suite of SUITES) {
  if (only.length && !only.some((o) => suite.name.toLowerCase().includes(o.toLowerCase())))
    continue;
  console.log(`\n=== ${suite.name} ===`);
  await (await suite.load()).run();
}
export {};
