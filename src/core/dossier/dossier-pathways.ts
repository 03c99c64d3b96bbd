/**
 * Dossier sections « Parcours hospitaliers » (PMSI flows, DOMAIN.md 4.2, and the plurality basins,
 * 4.3) and « Accès aux médecins généralistes » (E2SFCA, 4.4), each with its small map. A section
 * whose data are not loaded says « non disponible — chargez … », never 0.
 */
import type { DossierFigures } from './dossier-figures';
import { esc, figure, num, pct, table, unavailable } from './html';

/** Autarcie, fuite, attractivité, masked cells, main destinations, basins; `map` is an SVG. */
export function pathwaysHtml(f: DossierFigures, map: string | null): string {
  if (!f.flows)
    return `<h2>Parcours hospitaliers (PMSI)</h2>${unavailable('les séjours PMSI (code géographique × FINESS) et le fichier FINESS')}`;
  const t = f.flows.territory;
  const m = t.masked;
  const masked =
    m.cells === 0
      ? 'Aucune case masquée n’entre dans ces taux.'
      : `${m.residentCells} case(s) masquée(s) (1 à 10 séjours, secret statistique) touchent les habitants, soit au plus ${num(m.residentMaxStays)} séjours non publiés ; ${m.establishmentCells} touchent les établissements du territoire (au plus ${num(m.establishmentMaxStays)} séjours). Elles ne sont pas comptées comme 0 : les taux portent sur les séjours connus.`;
  const destinations = table(
    ['Principales destinations des habitants', 'Dans le territoire', 'Séjours', 'Part'],
    t.topDestinations
      .slice(0, 6)
      .map((d) => [esc(d.name), d.inTerritory ? 'oui' : 'non', num(d.stays), pct(d.share)]),
    [2, 3],
  );
  return `<h2>Parcours hospitaliers (PMSI)</h2>
<div class="cols"><div>
<table class="kv"><tbody>
<tr><th>Taux d’autarcie</th><td class="n">${figure('autarcie', pct(t.autarcie))}</td></tr>
<tr><th>Taux de fuite</th><td class="n">${figure('fuite', pct(t.fuite))}</td></tr>
<tr><th>Taux d’attractivité</th><td class="n">${figure('attractivite', pct(t.attractivite))}</td></tr>
<tr><th>Séjours connus des habitants</th><td class="n">${figure('resident-stays', num(t.residentStays))}</td></tr>
</tbody></table>
<p class="small">${masked}</p>
</div><div>${map ?? ''}</div></div>
${destinations}
${basinsHtml(f)}`;
}

function basinsHtml(f: DossierFigures): string {
  const b = f.flows!.basins;
  const t = f.flows!.territory;
  const main = b.rows[0];
  const verdict = main
    ? `${pct(main.shareOfTerritory)} de la population du territoire vit dans le ${esc(main.name.replace(/^Bassin/, 'bassin'))}, dont le territoire couvre ${pct(main.shareOfBasin)} de la population.`
    : 'Aucune commune du territoire n’est dans un bassin (pas de séjours).';
  const rows = b.rows
    .slice(0, 5)
    .map((r) => [
      esc(r.name),
      String(r.communeCount),
      num(r.population),
      pct(r.shareOfTerritory),
      pct(r.shareOfBasin),
      num(r.basinLi, 2),
    ]);
  return `<h3>Cohérence avec les bassins de pluralité</h3>
<p>LI du territoire (= autarcie) : ${figure('territory-li', num(t.autarcie, 2))} ; LI médian des ${b.basinCount} bassins de pluralité des communes chargées : ${num(b.medianLi, 2)}. ${verdict}</p>
${table(['Bassin', 'Communes', 'Population', 'Part du territoire', 'Part du bassin', 'LI du bassin'], rows, [1, 2, 3, 4, 5])}
${b.outside.length ? `<p class="small">${b.outside.length} commune(s) du territoire dans aucun bassin (sans séjours).</p>` : ''}`;
}

/** Access roll-up (weighted score, population under the threshold, deciles), parameters, map. */
export function accessHtml(f: DossierFigures, map: string | null): string {
  const a = f.access;
  if (!a)
    return `<h2>Accès aux médecins généralistes</h2>${unavailable('l’Annuaire Santé (professionnels de santé en activité)')}`;
  const t = a.territory;
  const all = a.loadedSet;
  const d = (x: number[], k: number) => num(x[k], 2);
  const p = a.parameters;
  const travel =
    a.travelSource === 'matrix'
      ? 'temps de trajet du distancier chargé'
      : `temps estimés à vol d’oiseau × ${num(p.travel.detourFactor, 2)} à ${num(p.travel.speedKmh)} km/h`;
  return `<h2>Accès aux médecins généralistes (E2SFCA, type APL)</h2>
<div class="cols"><div>
<table class="kv"><tbody>
<tr><th>Score moyen pondéré</th><td class="n">${figure('access-score', num(t.weightedScore, 2))}</td></tr>
<tr><th>Population sous le seuil de ${num(a.threshold, 1)}</th><td class="n">${figure('access-below', num(t.populationBelow))} hab. (${figure('access-below-share', pct(t.shareBelow))})</td></tr>
<tr><th>Ensemble chargé : score moyen</th><td class="n">${num(all.weightedScore, 2)} (${pct(all.shareBelow)} sous le seuil)</td></tr>
</tbody></table>
${table(
  ['Déciles des communes', 'D1', 'D5', 'D9'],
  [
    ['Territoire', d(t.deciles, 0), d(t.deciles, 4), d(t.deciles, 8)],
    ['Ensemble chargé', d(all.deciles, 0), d(all.deciles, 4), d(all.deciles, 8)],
  ],
  [1, 2, 3],
)}
<p class="small">Unité : ${esc(a.unit)}. Paramètres : distance-temps jusqu’à ${num(a.cutoffMinutes)} min (pondération décroissante type DREES), ${esc(travel)}, ${p.ageWeights ? 'population standardisée par âge' : 'population non standardisée'}, offre comptée en ${esc(SUPPLY_LABELS[p.supplyMode] ?? p.supplyMode)}${p.consultationsPerUnit ? `, ${num(p.consultationsPerUnit)} consultations par an et par médecin` : ''}.</p>
</div><div>${map ?? ''}</div></div>`;
}

const SUPPLY_LABELS: Record<string, string> = {
  people: 'personnes',
  fte: 'équivalents temps plein',
  consultations: 'actes',
};
