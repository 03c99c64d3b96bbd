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

/** The maps of the dossier as SVG strings (null: not drawn, its section says why). */
export interface DossierMaps {
  territory: string | null;
  flows: string | null;
  access: string | null;
}

const CSS = `
*{box-sizing:border-box}
body{font:9.5pt/1.35 "Noto Sans","DejaVu Sans",Arial,sans-serif;color:#111;margin:0 auto;max-width:190mm;padding:8mm 0}
h1{font-size:17pt;margin:0 0 2px}h2{font-size:12pt;margin:10px 0 4px;border-bottom:1px solid #777;break-after:avoid}
h3{font-size:10pt;margin:8px 0 3px;break-after:avoid}p{margin:3px 0}
table{border-collapse:collapse;width:100%;margin:3px 0;break-inside:avoid}
td,th{border:1px solid #bbb;padding:1px 5px;text-align:left;vertical-align:top}.n{text-align:right;white-space:nowrap}
table.kv th{width:42%;font-weight:600;background:#f3f3f3}
.small{font-size:8pt}.warn{color:#8a4b00}.na{color:#555;font-style:italic}.cite{color:#555}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:8px;align-items:start}
.map svg{width:100%;height:auto;display:block}.cols svg{width:100%;height:auto}
.subtitle{color:#333;margin-bottom:6px}
dl.glossary{font-size:8pt;margin:2px 0}dl.glossary dt{font-weight:600;float:left;margin-right:4px}dl.glossary dd{margin:0 0 2px}
.fictif{color:#b00020;font-weight:bold}
.fictif-mark{position:fixed;bottom:0;right:0;color:#b00020;font-weight:bold;font-size:9pt;border:1px solid #b00020;padding:1px 4px;background:#fff}
.page{break-after:page}
.annex table{font-size:8pt}
@media print{@page{size:A4;margin:10mm 10mm 12mm}body{padding:0;max-width:none}}
`;

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
<style>${CSS}</style></head><body>
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
