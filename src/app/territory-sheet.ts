/** The printable « fiche territoire »: one HTML page with print CSS, to save as PDF from the browser. */
import type { TerritoryAnalysis } from '../core/territory/analyse-territory';
import type { ExportMeta } from '../core/territory/to-territory-exports';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const num = (x: number | null | undefined, d = 0) =>
  x === null || x === undefined ? '—' : x.toLocaleString('fr-FR', { maximumFractionDigits: d });
const pct = (x: number | null | undefined) =>
  x === null || x === undefined
    ? '—'
    : `${(x * 100).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} %`;

/** HTML of the sheet: map image (data URL), indicators, ACI tranche, overlaps, communes. */
export function toTerritorySheetHtml(
  a: TerritoryAnalysis,
  communes: { code: string; name: string }[],
  meta: ExportMeta,
  mapImage: string | null,
): string {
  const i = a.indicators;
  const t = i.tranche;
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
<tr><th>Population municipale</th><td class="n">${num(i.population)} hab. (millésime ${esc(i.populationYears.join(', ') || '—')})</td></tr>
<tr><th>Communes</th><td class="n">${i.communeCount}</td></tr>
<tr><th>Superficie / densité</th><td class="n">${num(i.areaKm2, 1)} km² — ${num(i.densityKm2, 1)} hab./km²</td></tr>
<tr><th>0–14 ans / 60 ans et plus / 75 ans et plus</th><td class="n">${pct(i.ages?.share0014)} / ${pct(i.ages?.share60p)} / ${pct(i.ages?.share75p)}</td></tr>
<tr><th>Population sans médecin généraliste dans sa commune</th><td class="n">${pct(i.noGp.share)}</td></tr>
<tr><th>Contiguïté</th><td class="n">${a.contiguity.pieces.length} morceau(x), ${a.contiguity.enclaves.length} enclave(s), ${a.contiguity.holes} trou(s)</td></tr>
</tbody></table>
<h2>Tranche ACI</h2>
<p><strong>${esc(t.tranche.label)}</strong> — fonctionnement ${num(t.tranche.fonctionnementEur)} €/an, financement maximal ${num(t.tranche.maxTotalEur)} €/an (ACI CPTS 2019, avenant 2 de 2021 ; population municipale).</p>
${t.warning ? `<p class="warn">${esc(t.warning.message)}</p>` : ''}
<h2>Professionnels (personnes)</h2>
<table><thead><tr><th>Profession</th><th>Personnes</th><th>/10 000 hab.</th><th>Département</th><th>Ensemble chargé</th></tr></thead><tbody>
${i.professions.map((p) => `<tr><td>${esc(p.label)}</td><td class="n">${p.people}</td><td class="n">${num(p.per10k, 1)}</td><td class="n">${num(p.depPer10k, 1)}</td><td class="n">${num(p.allPer10k, 1)}</td></tr>`).join('\n')}
</tbody></table>
<h2>Chevauchements avec les CPTS chargées</h2>
${a.overlaps.length ? `<table><thead><tr><th>CPTS</th><th>Communes partagées</th><th>Population partagée</th></tr></thead><tbody>${a.overlaps.map((o) => `<tr><td>${esc(o.name)}</td><td class="n">${o.sharedCommunes.length}</td><td class="n">${num(o.sharedPopulation)}</td></tr>`).join('')}</tbody></table>` : '<p>Aucun.</p>'}
<h2>Communes (${communes.length})</h2>
<div class="communes">${communes.map((c) => `${esc(c.name)} (${esc(c.code)})`).join('<br>')}</div>
<p style="font-size:9pt">Sources : ${esc(meta.sources)}.</p>
</body></html>`;
}
