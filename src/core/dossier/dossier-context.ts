/**
 * Dossier sections « Voisinage » (overlaps with the loaded CPTS, white zones, contiguity),
 * « Méthodes et sources » (each file used, method notes with citations), the glossary (the same
 * definitions as the app's ⓘ help) and the annex listing every commune.
 */
import { glossaryEntries } from '../territory/glossary';
import type { DossierFigures } from './dossier-figures';
import { esc, figure, num, table, unavailable } from './html';

/** Overlaps, adjacent white zones and contiguity. */
export function neighboursHtml(f: DossierFigures): string {
  const a = f.analysis;
  const c = a.contiguity;
  const nameOf = new Map(f.communes.map((x) => [x.code, x.name]));
  const contiguity =
    c.pieces.length <= 1 && c.enclaves.length === 0
      ? 'Le territoire est d’un seul tenant, sans enclave.'
      : `Le territoire compte ${c.pieces.length} morceau(x) et ${c.enclaves.length} enclave(s) : ${esc(
          c.offending
            .slice(0, 12)
            .map((code) => nameOf.get(code) ?? code)
            .join(', '),
        )}${c.offending.length > 12 ? '…' : ''}.`;
  if (a.overlaps === null || a.whiteZones === null)
    return `<h2>Voisinage</h2><p>${contiguity}</p>${unavailable('les périmètres des CPTS voisines')}`;
  const population = (x: number) =>
    a.indicators.population === null ? 'population non chargée' : num(x);
  const overlaps = a.overlaps.length
    ? table(
        ['CPTS chargée', 'Communes partagées', 'Population partagée'],
        a.overlaps.map((o) => [
          esc(o.name),
          String(o.sharedCommunes.length),
          population(o.sharedPopulation),
        ]),
        [1, 2],
      )
    : '<p>Aucun chevauchement avec les CPTS chargées.</p>';
  const start = f.meta.startedFrom
    ? `<p>Le territoire est parti de la CPTS « ${esc(f.meta.startedFrom)} » : elle n’est pas comptée comme chevauchement.</p>`
    : '';
  const w = a.whiteZones;
  return `<h2>Voisinage</h2>
<p>${contiguity}</p>
${overlaps}${start}
<p>Zones blanches (communes couvertes par aucune CPTS chargée) : ${figure('white-inside', String(w.inside.length))} commune(s) dans le territoire, ${figure('white-around', String(w.around.length))} commune(s) limitrophe(s) hors du territoire.</p>`;
}

/** Files used (real names, kinds, years), method notes with their citations, glossary. */
export function methodsHtml(f: DossierFigures): string {
  const sources = f.meta.sources.length
    ? `<ul class="small">${f.meta.sources
        .map(
          (s) =>
            `<li data-source>${esc(s.fileName)} — ${esc(s.kindLabel)}${s.year ? `, millésime ${esc(s.year)}` : ''}${s.note ? `, ${esc(s.note)}` : ''}${s.demo ? ' (données fictives)' : ''}</li>`,
        )
        .join('')}</ul>`
    : '<p>Aucun fichier.</p>';
  const notes = [
    'Indicateurs du territoire : population municipale, densité, professionnels comptés en personnes (identifiant RPPS/Adeli) et rapportés à 10 000 habitants ; tranches ACI de l’accord conventionnel interprofessionnel du 20 juin 2019.',
    f.flows
      ? 'Flux : séjours PMSI répartis des zones de résidence vers les communes au prorata de la population ; taux d’autarcie, de fuite et d’attractivité (ATIH, ScanSanté) ; bassins par pluralité et contiguïté (Dartmouth Atlas ; Haynes, Wertli & Aujesky 2020).'
      : null,
    f.access
      ? 'Accès : E2SFCA (Luo & Qi 2009), famille de l’APL de la DREES ; seuil de sous-densité 2,5 consultations par an et par habitant.'
      : null,
    f.analysis.overlaps !== null
      ? 'Voisinage : communes partagées avec chaque périmètre de CPTS chargé ; contiguïté par frontière commune (contours des communes).'
      : null,
  ].filter((n): n is string => n !== null);
  const glossary = glossaryEntries()
    .map(
      (g) =>
        `<dt>${esc(g.term)}</dt><dd>${esc(g.definition)} <span class="cite">(${esc(g.source)})</span></dd>`,
    )
    .join('');
  return `<h2>Méthodes et sources</h2>
<h3>Fichiers utilisés</h3>${sources}
<ul class="small">${notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>
<h3>Glossaire</h3><dl class="glossary">${glossary}</dl>`;
}

/** The annex: every commune with its code, EPCI and population. */
export function annexHtml(f: DossierFigures): string {
  const rows = f.communes.map((c) => [
    esc(c.code),
    esc(c.name),
    esc(c.epciName ?? '—'),
    c.population === null ? '—' : num(c.population),
  ]);
  return `<h2>Annexe — communes du territoire (${f.communes.length})</h2>
${table(['Code INSEE', 'Commune', 'EPCI', 'Population'], rows, [3])}`;
}
