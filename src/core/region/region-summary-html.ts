/**
 * The printable regional summary « Vue régionale des CPTS » (A4 HTML; the browser's print gives
 * the PDF), built with the dossier's machinery (`html.ts` helpers, `renderSvgMap`): coverage map
 * 0 / 1 / 2+ CPTS with the CPTS names, coverage totals, the table of every CPTS, overlapping
 * pairs, white-zone groups, input problems, sources. Built in the worker for the app.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { esc, figure, num, pct, table, unavailable } from '../dossier/html';
import { formatFrenchDate } from '../dossier/french-date';
import { renderSvgMap, type SvgMapLabel, type SvgMapPolygon } from '../dossier/svg-map';
import { formatExportSources } from '../territory/export-sources';
import type { TerritoryBase } from '../territory/territory-base';
import type { ExportMeta } from '../territory/to-territory-exports';
import { COVERAGE_CLASSES, coverageClassOf } from './coverage-classes';
import type { RegionView } from './region-types';
import { PRINT_CSS } from '../dossier/print-css';

/** The regional table is wide: smaller type than the dossier's. */
const CSS = `${PRINT_CSS}
.wide table{font-size:7.5pt;table-layout:auto}.wide th{font-size:7pt}td.n{white-space:nowrap}
`;

/**
 * Renders the summary of a regional view.
 *
 * @param geometryOf contour of a loaded commune (WGS84), null when absent
 * @example renderRegionSummaryHtml(view, meta, base, geometryOf).startsWith('<!doctype html>'); // => true
 */
export function renderRegionSummaryHtml(
  view: RegionView,
  meta: ExportMeta,
  base: TerritoryBase,
  geometryOf: (code: string) => Polygon | MultiPolygon | null,
): string {
  const sources = formatExportSources(meta.sources);
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8">
<title>Vue régionale des CPTS — ${esc(meta.territoryName)}</title>
<style>${CSS}</style></head><body class="wide">
${meta.fictitious ? '<div class="fictif-mark" data-fictitious>DONNÉES FICTIVES</div>' : ''}
<h1>Vue régionale des CPTS</h1>
<p><strong>${esc(meta.territoryName)}</strong></p>
<p>${formatFrenchDate(meta.date)} — ${figure('cpts-count', String(view.rows.length))} CPTS chargée(s), ${figure('commune-count', num(base.communes.length))} communes.</p>
${coverageHtml(view, base, geometryOf, sources, meta.fictitious)}
${rowsHtml(view)}
${pairsHtml(view)}
${whiteZonesHtml(view)}
${issuesHtml(view)}
<h2>Méthodes et sources</h2>
<p>Population municipale (une commune sans population est « population inconnue », jamais 0) ; tranches ACI de l’accord conventionnel interprofessionnel du 20 juin 2019 ; zones blanches regroupées par frontière commune (contours des communes) ; autarcie = LI (ATIH ; Dartmouth Atlas) ; accès E2SFCA (Luo &amp; Qi 2009).</p>
<p>Sources : ${esc(sources)}</p>
</body></html>
`;
}

function coverageHtml(
  view: RegionView,
  base: TerritoryBase,
  geometryOf: (code: string) => Polygon | MultiPolygon | null,
  sources: string,
  fictitious: boolean,
): string {
  const c = view.coverage;
  if (!c) return `<h2>Couverture</h2>${unavailable('les périmètres des CPTS')}`;
  const colour = new Map(COVERAGE_CLASSES.map((k) => [k.key, k.colour]));
  const polygons: SvgMapPolygon[] = base.communes.flatMap((x) => {
    const geometry = geometryOf(x.code);
    if (!geometry) return [];
    const fill = colour.get(coverageClassOf(c.countByCode[x.code] ?? 0))!;
    return [{ code: x.code, geometry, fill, stroke: '#ffffff', strokeWidth: 0.3 }];
  });
  const svg =
    polygons.length > 0
      ? renderSvgMap({
          width: 700,
          height: 560,
          fitTo: polygons.map((p) => p.geometry),
          polygons,
          labels: cptsLabels(view, base),
          legend: COVERAGE_CLASSES.map((k) => ({ label: k.label, fill: k.colour, stroke: '#fff' })),
          sources: `Sources : ${sources}`,
          title: 'Couverture des communes par les CPTS',
          fictitious,
        })
      : '';
  const rows = COVERAGE_CLASSES.map((k) => [
    esc(k.label),
    num(c[k.key].communes),
    figure(
      `coverage-${k.key}`,
      c[k.key].population === null ? 'non chargé' : num(c[k.key].population),
    ),
    num(c[k.key].communesWithoutPopulation),
  ]);
  rows.push([
    'Total',
    num(c.totalCommunes),
    figure('coverage-total', c.totalPopulation === null ? 'non chargé' : num(c.totalPopulation)),
    num(c.totalWithoutPopulation),
  ]);
  return `<h2>Couverture</h2>
<div class="map">${svg}</div>
${table(['Couverture', 'Communes', 'Population (hab.)', 'Communes de population inconnue'], rows, [1, 2, 3])}`;
}

/** One label per CPTS at the mean centroid of its communes, larger CPTS first. */
function cptsLabels(view: RegionView, base: TerritoryBase): SvgMapLabel[] {
  const sums = new Map<string, [number, number, number]>();
  for (const [name, members] of base.membersByPerimeter)
    for (const code of members) {
      const c = base.communes[base.indexByCode.get(code) ?? -1];
      if (!c || c.centroidLon === null || c.centroidLat === null) continue;
      const s = sums.get(name) ?? [0, 0, 0];
      sums.set(name, [s[0] + c.centroidLon, s[1] + c.centroidLat, s[2] + 1]);
    }
  const rank = new Map(
    [...view.rows]
      .sort((a, b) => (b.population ?? 0) - (a.population ?? 0))
      .map((r, i) => [r.name, i]),
  );
  return [...sums].map(([name, [x, y, n]]) => ({
    at: [x / n, y / n] as [number, number],
    name,
    rank: rank.get(name) ?? 999,
    size: 11,
    weight: 'bold' as const,
  }));
}

function rowsHtml(view: RegionView): string {
  if (view.rows.length === 0)
    return `<h2>CPTS</h2>${unavailable('les périmètres des CPTS (liste Code INSEE;CPTS ou contours)')}`;
  const rows = view.rows.map((r) => [
    esc(r.name),
    num(r.communeCount),
    r.population === null
      ? 'non chargé'
      : `${num(r.population)}<br><span class="na">${esc(r.populationVintage)}</span>`,
    r.trancheSize === null
      ? 'non chargé'
      : `Taille ${r.trancheSize}${r.trancheWarning ? ' <span class="warn">⚠ seuil à moins de 3 %</span>' : ''}`,
    num(r.densityKm2, 1),
    r.share75p === null ? 'non chargé' : pct(r.share75p),
    r.establishmentCount === null ? 'non chargé' : num(r.establishmentCount),
    r.residentStays === null ? 'non chargé' : pct(r.autarcie),
    r.populationBelowThreshold === null ? 'non chargé' : num(r.accessScore, 2),
    r.pieces <= 1 && r.enclaves === 0
      ? 'un seul tenant'
      : `${r.pieces} morceau(x), ${r.enclaves} enclave(s)`,
    esc(r.overlapsWith.join(', ') || '—'),
  ]);
  return `<h2>Les CPTS (${view.rows.length})</h2>
${table(
  [
    'CPTS',
    'Communes',
    'Population (hab.)',
    'Tranche ACI',
    'Densité (hab./km²)',
    '75 ans et plus',
    'Établis&shy;sements',
    'Autarcie (LI)',
    'Accès MG (consult./an/hab.)',
    'Contiguïté',
    'Chevauche',
  ],
  rows,
  [1, 2, 4, 5, 6, 7, 8],
)}`;
}

function pairsHtml(view: RegionView): string {
  if (view.coverage === null) return '';
  if (view.pairs.length === 0)
    return '<h2>Chevauchements</h2><p>Aucune commune partagée entre deux CPTS.</p>';
  return `<h2>Chevauchements (${view.pairs.length} paire(s))</h2>
${table(
  ['CPTS', 'CPTS', 'Communes partagées', 'Population partagée (hab.)'],
  view.pairs.map((p) => [
    esc(p.a),
    esc(p.b),
    num(p.communes.length),
    p.population === null ? 'population inconnue' : num(p.population),
  ]),
  [2, 3],
)}`;
}

function whiteZonesHtml(view: RegionView): string {
  if (view.whiteZones === null) return '';
  if (view.whiteZones.length === 0)
    return '<h2>Zones blanches</h2><p>Aucune commune hors CPTS.</p>';
  return `<h2>Zones blanches (${view.whiteZones.length})</h2>
${table(
  ['Zone', 'Communes', 'Population (hab.)', 'EPCI', 'CPTS limitrophes'],
  view.whiteZones.map((z) => [
    esc(z.id),
    num(z.communes.length),
    z.population === null ? 'population inconnue' : num(z.population),
    esc(z.epcis.map((e) => e.name).join(', ')),
    esc(z.adjacentCpts.map((a) => a.name).join(', ') || 'aucune'),
  ]),
  [1, 2],
)}`;
}

function issuesHtml(view: RegionView): string {
  if (view.issues.length === 0) return '';
  return `<h2>Anomalies des périmètres</h2><ul>${view.issues.map((i) => `<li>${esc(i.message)}</li>`).join('')}</ul>`;
}
