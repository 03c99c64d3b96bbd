/** The printable « fiche territoire »: one HTML page with print CSS, to save as PDF from the browser. */
import { formatAciAmount } from '../core/territory/aci-amounts';
import type { TerritoryAnalysis } from '../core/territory/analyse-territory';
import { formatExportSources } from '../core/territory/export-sources';
import { NOT_LOADED, notLoadedMessage } from '../core/territory/not-loaded';
import { describePopulationVintage } from '../core/territory/population-vintage';
import { TERRITORY_PROFESSIONS } from '../core/territory/profession-groups';
import type { ExportMeta } from '../core/territory/to-territory-exports';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const num = (x: number | null | undefined, d = 0) =>
  x === null || x === undefined ? '—' : x.toLocaleString('fr-FR', { maximumFractionDigits: d });
const pct = (x: number | null | undefined) =>
  x === null || x === undefined
    ? '—'
    : `${(x * 100).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} %`;

/**
 * HTML of the sheet: map image (data URL), indicators, ACI tranche with its sourced maxima,
 * overlaps, communes, and the files used. What is not loaded reads « non chargé » and what to load.
 */
export function toTerritorySheetHtml(
  a: TerritoryAnalysis,
  communes: { code: string; name: string }[],
  meta: ExportMeta,
  mapImage: string | null,
): string {
  const i = a.indicators;
  const t = i.tranche;
  // « INSEE 2021 », « INSEE, année inconnue »…: also the justification of the ACI tranche.
  const vintage = describePopulationVintage(i);
  const population =
    i.population === null
      ? esc(notLoadedMessage('population'))
      : `${num(i.population)} hab. (${esc(vintage)})`;
  const professions = TERRITORY_PROFESSIONS.map(({ key, label }) => {
    const p = i.professions?.find((x) => x.key === key);
    const cells = p
      ? `<td class="n">${p.people}</td><td class="n">${num(p.per10k, 1)}</td><td class="n">${num(p.depPer10k, 1)}</td><td class="n">${num(p.allPer10k, 1)}</td>`
      : `<td colspan="4">${NOT_LOADED}</td>`;
    return `<tr><td>${esc(label)}</td>${cells}</tr>`;
  }).join('\n');
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Fiche territoire — ${esc(meta.territoryName)}</title>
<style>
body{font:11pt/1.35 system-ui,sans-serif;color:#111;margin:1.5cm}
h1{font-size:18pt;margin:0}h2{font-size:12pt;margin:12px 0 4px;border-bottom:1px solid #999}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:2px 6px;text-align:left}td.n{text-align:right}
.fictif{color:#b00020;font-weight:bold}.warn{color:#8a4b00}img{max-width:100%;max-height:9cm}
.communes{columns:3;font-size:9pt}
@media print{@page{size:A4;margin:1cm}body{margin:0}h2{break-after:avoid}table{break-inside:avoid}}
</style></head><body>
<h1>${esc(meta.territoryName)}</h1>
<p>Fiche territoire du ${esc(meta.date)}${meta.fictitious ? ' — <span class="fictif">données fictives</span>' : ''}</p>
${mapImage ? `<img alt="Carte du territoire" src="${mapImage}">` : ''}
<h2>Indicateurs</h2>
<table><tbody>
<tr><th>Population municipale</th><td class="n">${population}</td></tr>
<tr><th>Communes</th><td class="n">${i.communeCount}</td></tr>
<tr><th>Superficie / densité</th><td class="n">${num(i.areaKm2, 1)} km² — ${i.population === null ? NOT_LOADED : `${num(i.densityKm2, 1)} hab./km²`}</td></tr>
<tr><th>0–14 ans / 60 ans et plus / 75 ans et plus</th><td class="n">${i.layers.ages ? `${pct(i.ages?.share0014)} / ${pct(i.ages?.share60p)} / ${pct(i.ages?.share75p)}` : esc(notLoadedMessage('ages'))}</td></tr>
<tr><th>Population sans médecin généraliste dans sa commune</th><td class="n">${i.noGp === null ? esc(notLoadedMessage('professionals')) : pct(i.noGp.share)}</td></tr>
<tr><th>Établissements (FINESS)</th><td class="n">${i.establishmentCount === null ? esc(notLoadedMessage('establishments')) : i.establishmentCount}</td></tr>
<tr><th>Contiguïté</th><td class="n">${a.contiguity.pieces.length} morceau(x), ${a.contiguity.enclaves.length} enclave(s), ${a.contiguity.holes} trou(s)</td></tr>
</tbody></table>
<h2>Tranche ACI</h2>
${
  t
    ? `<p><strong>${esc(t.tranche.label)}</strong> (population municipale, ${esc(vintage)}). Financement annuel maximal, par texte :</p>
<ul>${t.amounts.map((x) => `<li>${esc(formatAciAmount(x))}</li>`).join('')}</ul>
${t.warning ? `<p class="warn">${esc(t.warning.message)}</p>` : ''}`
    : `<p>Population non chargée : tranche non calculée — ${esc(notLoadedMessage('population').replace(/^non chargé — /, ''))}.</p>`
}
<h2>Professionnels (personnes)</h2>
${i.professions === null ? `<p>${esc(notLoadedMessage('professionals'))}.</p>` : ''}
<table><thead><tr><th>Profession</th><th>Personnes</th><th>/10 000 hab.</th><th>Département</th><th>Ensemble chargé</th></tr></thead><tbody>
${professions}
</tbody></table>
<h2>Chevauchements avec les CPTS chargées</h2>
${overlapsHtml(a)}
<h2>Communes (${communes.length})</h2>
<div class="communes">${communes.map((c) => `${esc(c.name)} (${esc(c.code)})`).join('<br>')}</div>
<p style="font-size:9pt">Sources : ${esc(formatExportSources(meta.sources))}.</p>
</body></html>`;
}

function overlapsHtml(a: TerritoryAnalysis): string {
  if (a.overlaps === null) return `<p>${esc(notLoadedMessage('perimeters'))}.</p>`;
  if (a.overlaps.length === 0) return '<p>Aucun.</p>';
  const population = (x: number) => (a.indicators.population === null ? NOT_LOADED : num(x));
  const rows = a.overlaps
    .map(
      (o) =>
        `<tr><td>${esc(o.name)}</td><td class="n">${o.sharedCommunes.length}</td><td class="n">${population(o.sharedPopulation)}</td></tr>`,
    )
    .join('');
  return `<table><thead><tr><th>CPTS</th><th>Communes partagées</th><th>Population partagée</th></tr></thead><tbody>${rows}</tbody></table>`;
}
