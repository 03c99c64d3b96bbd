/**
 * The dossier « Diagnostic territorial » as one self-contained HTML document with print CSS (A4;
 * the browser's « Imprimer » gives the PDF): what the ARS asks of a CPTS project (DOMAIN.md
 * section 1) — the territory and its map, the population basin, the care supply, hospital
 * pathways, access to GPs, neighbouring CPTS, methods, sources and glossary, then the communes in
 * an annex. Four pages before the annex; « DONNÉES FICTIVES » on every page while a demo table is
 * used. Built by the app (in the worker) and by `perimetre dossier` from the same figures.
 */
import type { DossierFigures } from './dossier-figures';
import { annexHtml, methodsHtml, neighboursHtml } from './dossier-context';
import { accessHtml, pathwaysHtml } from './dossier-pathways';
import { careSupplyHtml, identityHtml, populationHtml } from './dossier-population';
import { formatFrenchDate } from './french-date';
import { esc } from './html';
import { PRINT_CSS } from './print-css';

/** The maps of the dossier as SVG strings (null: not drawn, its section says why). */
export interface DossierMaps {
  territory: string | null;
  flows: string | null;
  access: string | null;
}

/**
 * Renders the dossier from its figures and maps.
 *
 * @example renderDossierHtml(figures, { territory: svg, flows: null, access: null }).startsWith('<!doctype html>'); // => true
 */
export function renderDossierHtml(f: DossierFigures, maps: DossierMaps): string {
  const name = esc(f.meta.territoryName);
  const date = formatFrenchDate(f.meta.date);
  const fictitious = f.meta.fictitious
    ? '<div class="fictif-mark" data-fictitious>DONNÉES FICTIVES</div>'
    : '';
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Diagnostic territorial — ${name}</title>
<style>${PRINT_CSS}</style></head><body>
${fictitious}
<section class="page">
<h1>Diagnostic territorial — ${name}</h1>
<p class="subtitle">Projet de CPTS — document établi le ${esc(date)} avec Périmètre${f.meta.fictitious ? ' — <span class="fictif">DONNÉES FICTIVES (jeu de démonstration)</span>' : ''}.</p>
${identityHtml(f)}
<div class="map">${maps.territory ?? ''}</div>
</section>
<section class="page">
${populationHtml(f)}
${careSupplyHtml(f)}
</section>
<section class="page">
${pathwaysHtml(f, maps.flows)}
${accessHtml(f, maps.access)}
</section>
<section class="page">
${neighboursHtml(f)}
${methodsHtml(f)}
</section>
<section class="annex">
${annexHtml(f)}
</section>
</body></html>`;
}
