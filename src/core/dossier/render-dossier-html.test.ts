import { blendOnWhite } from '../legend/map-legend';
import { TERRITORY_COLOURS, TERRITORY_FILL_OPACITY } from '../legend/map-symbols';
import { describe, expect, it } from 'vitest';
import { analyseTerritory, buildTerritoryContext } from '../territory/analyse-territory';
import { cell, grid } from '../territory/test-grid';
import { buildDossierFigures } from './dossier-figures';
import { buildDossierMaps } from './dossier-maps';
import { renderDossierHtml } from './render-dossier-html';

const { communes, geometries } = grid(4);
const perimeters = [cell(0, 0), cell(0, 1)].map((communeCode) => ({
  perimeterName: 'CPTS Nord',
  communeCode,
}));
const ctx = buildTerritoryContext(
  { communes, activities: [], establishments: [], perimeters },
  geometries,
);
const geometryOf = (code: string) => geometries.find((g) => g.code === code)?.geometry ?? null;
const meta = {
  territoryName: 'CPTS <Cœur> & Co',
  date: '2026-12-01',
  fictitious: true,
  sources: [
    {
      fileName: 'pop-2021.csv',
      kind: 'population',
      kindLabel: 'population INSEE',
      year: '2021',
      note: null,
      demo: true,
    },
  ],
};

function dossier(codes: string[], startedFrom: string | null = null) {
  const analysis = analyseTerritory(ctx, codes);
  const figures = buildDossierFigures(
    ctx.base,
    analysis,
    { ...meta, startedFrom },
    { flows: null, access: null },
  );
  return {
    figures,
    html: renderDossierHtml(figures, buildDossierMaps(figures, ctx.base, geometryOf, new Map())),
  };
}

const figureOf = (html: string, name: string) =>
  new RegExp(`data-figure="${name}">([^<]*)<`).exec(html)?.[1];

describe('renderDossierHtml', () => {
  // Territory: the four communes of the bottom-left 2×2 block, 1 000 inhabitants each.
  const codes = [cell(0, 0), cell(0, 1), cell(1, 0), cell(1, 1)];
  const { figures, html } = dossier(codes);

  it('prints the identity, population and tranche of the territory', () => {
    expect(figureOf(html, 'communes')).toBe('4');
    expect(figureOf(html, 'population')).toBe('4\u202f000');
    expect(figureOf(html, 'tranche')).toMatch(/^Taille 1/);
    expect(figures.epcis).toEqual([{ code: '200096001', name: 'CC Nord', communeCount: 4 }]);
    expect(figures.departements).toEqual([{ code: '96', communeCount: 4, population: 4000 }]);
    // Reference: the whole grid, 16 communes of 1 000 inhabitants on 16 km².
    expect(figures.reference.all.population).toBe(16000);
    expect(html).toContain('établi le 1er décembre 2026');
  });

  it('escapes the names and marks every page as fictitious', () => {
    expect(html).toContain('CPTS &#60;Cœur&#62; &#38; Co');
    expect(html).not.toContain('<Cœur>');
    expect(html).toContain('class="fictif-mark"');
  });

  it('says « non disponible » for what is not loaded, never 0', () => {
    expect(html).toContain('non disponible — chargez l’Annuaire Santé');
    expect(html).toContain('non disponible — chargez les séjours PMSI');
    expect(html).toContain('non disponible — chargez le fichier FINESS');
    expect(html).not.toMatch(/data-figure="professionals-/);
    expect(html).not.toMatch(/data-figure="autarcie"/);
  });

  it('lists the overlaps with the loaded CPTS, the sources, the glossary and every commune', () => {
    expect(html).toMatch(/CPTS Nord<\/td><td class="n">2<\/td><td class="n">2\u202f000</);
    expect(html).toContain('pop-2021.csv — population INSEE, millésime 2021 (données fictives)');
    expect(html).toContain('<dt>Taux d’autarcie</dt>');
    expect(html).toContain('<dt>Cases masquées</dt>');
    for (const code of codes) expect(html).toContain(`<td>${code}</td>`);
    expect(html.match(/<section class="page">/g)).toHaveLength(4);
  });

  it('does not count the CPTS the territory was started from as an overlap', () => {
    const started = dossier(codes, 'CPTS Nord');
    expect(started.figures.analysis.overlaps).toEqual([]);
    expect(started.html).toContain('Aucun chevauchement avec les CPTS chargées.');
    expect(started.html).toContain(
      'Le territoire est parti de la CPTS « CPTS Nord » : elle n’est pas comptée comme chevauchement.',
    );
    expect(html).toContain('Aussi dans une autre CPTS');
    expect(started.html).not.toContain('Aussi dans une autre CPTS');
  });

  it('draws the territory map with the app’s legend model, scale and north arrow', () => {
    const svg = /<div class="map">(<svg[\s\S]*?<\/svg>)<\/div>/.exec(html)?.[1] ?? '';
    // The same entries, wording and counts as the app's on-map legend (`buildMapLegend`).
    expect(svg).toContain('Communes du territoire · 4 communes');
    expect(svg).toContain('Contour du territoire');
    expect(svg).toContain('Aussi dans une autre CPTS (chevauchement) · 2 communes');
    // 96100 and 96101 belong to no CPTS: white zones inside the territory.
    expect(svg).toContain('Zone blanche (aucune CPTS) dans le territoire · 2 communes');
    expect(svg).toContain('Communes voisines (hors du territoire) · 12 communes');
    // Drawn in the app's colours: the white zone's yellow wash, the overlap's orange hatching.
    const whiteWash = blendOnWhite(
      TERRITORY_COLOURS['white-in'],
      TERRITORY_FILL_OPACITY['white-in'],
    );
    expect(svg).toMatch(new RegExp(`data-code="96100"[^>]*fill="${whiteWash}"`));
    expect(svg).toMatch(
      new RegExp(`<pattern id="m\\w+-hatch"[^>]*><line[^>]*stroke="${TERRITORY_COLOURS.overlap}"`),
    );
    expect(svg).toMatch(/>N</);
    expect(svg).toMatch(/\d+ (k?m)</);
  });
});
