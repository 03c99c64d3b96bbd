import { describe, expect, it } from 'vitest';
import { analyseTerritory, buildTerritoryContext } from './analyse-territory';
import { compareTerritories } from './compare-territories';
import { cell, grid } from './test-grid';
import { exportFileName, toCommunesCsv, toTerritoryGeoJson } from './to-territory-exports';

const { communes, geometries } = grid(3);
communes[0]!.name = 'Sainte-Élodie; "la" Fictive';
const ctx = buildTerritoryContext(
  { communes, activities: [], establishments: [], perimeters: [] },
  geometries,
);
const meta = {
  territoryName: 'CPTS Été',
  date: '2026-05-04',
  fictitious: true,
  sources: [
    {
      fileName: 'communes-96-fictif.geojson',
      kind: 'communes',
      kindLabel: 'contours des communes',
      year: null,
      note: null,
      demo: true,
    },
  ],
};
const geometryOf = (c: string) => geometries.find((g) => g.code === c)?.geometry ?? null;

describe('territory exports', () => {
  it('writes RFC 7946 GeoJSON: perimeter first, then communes, exterior rings counter-clockwise', () => {
    const codes = [cell(0, 0), cell(0, 1)];
    const analysis = analyseTerritory(ctx, codes);
    const selected = communes.filter((c) => codes.includes(c.code));
    const geo = JSON.parse(
      toTerritoryGeoJson(
        analysis,
        selected,
        (c) => geometries.find((g) => g.code === c)?.geometry ?? null,
        meta,
      ),
    );
    expect(geo.features.map((f: { properties: { role: string } }) => f.properties.role)).toEqual([
      'perimetre',
      'commune',
      'commune',
    ]);
    expect(geo.features[0].properties).toMatchObject({
      population_municipale: 2000,
      nb_communes: 2,
      donnees_fictives: true,
    });
    expect(geo.features[1].properties.code_insee).toBe('96000');
    const ring = geo.features[0].geometry.coordinates[0][0] as number[][];
    let twiceArea = 0;
    for (let i = 0; i < ring.length - 1; i++)
      twiceArea += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
    expect(twiceArea).toBeGreaterThan(0);
    expect(geo.name).toContain('données fictives');
  });

  it('writes the communes CSV with a BOM, codes as text and quoted special characters', () => {
    const csv = toCommunesCsv(communes.slice(0, 2), '=CPTS; Nord');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'code_insee;nom;population_municipale;millesime;epci;epci_nom;source_population;territoire',
    );
    // The territory's name on every row, neutralised and quoted like any cell.
    expect(lines[1]).toBe(
      '96000;"Sainte-Élodie; ""la"" Fictive";1000;2021;200096001;CC Nord;insee;"\'=CPTS; Nord"',
    );
  });

  it('writes « année inconnue » for a population whose file carried no year', () => {
    const unknown = communes.map((c) => ({ ...c, populationYear: null }));
    const unknownCtx = buildTerritoryContext(
      { communes: unknown, activities: [], establishments: [], perimeters: [] },
      geometries,
    );
    const codes = [cell(0, 0), cell(0, 1)];
    const doc = JSON.parse(
      toTerritoryGeoJson(
        analyseTerritory(unknownCtx, codes),
        unknown.slice(0, 2),
        geometryOf,
        meta,
      ),
    ) as { features: { properties: Record<string, unknown> }[] };
    expect(doc.features.map((f) => f.properties.millesime_population)).toEqual([
      'année inconnue',
      'année inconnue',
      'année inconnue',
    ]);
    const line = toCommunesCsv(unknown.slice(0, 1), 'T').slice(1).split('\r\n')[1];
    expect(line).toBe(
      '96000;"Sainte-Élodie; ""la"" Fictive";1000;année inconnue;200096001;CC Nord;insee;T',
    );
  });

  it('names files after the territory and the date', () => {
    expect(exportFileName('CPTS Été du Bocage', '2026-05-04', 'png')).toBe(
      'cpts-ete-du-bocage-2026-05-04.png',
    );
    // Ligatures keep their letters (NFD does not decompose them).
    expect(exportFileName('CPTS Cœur de Bourg-Fictif', '2026-12-01', 'pdf')).toBe(
      'cpts-coeur-de-bourg-fictif-2026-12-01.pdf',
    );
  });

  it('compares two territories indicator by indicator with the difference', () => {
    const a = analyseTerritory(ctx, [cell(0, 0), cell(0, 1)]);
    const b = analyseTerritory(ctx, [cell(0, 1), cell(0, 2), cell(1, 2)]);
    const cmp = compareTerritories(a.indicators, a.codes, b.indicators, b.codes);
    expect(cmp.rows[0]).toEqual({
      label: 'Population municipale',
      unit: 'hab.',
      a: 2000,
      b: 3000,
      difference: 1000,
      notLoaded: null,
    });
    expect(cmp).toMatchObject({
      onlyA: [cell(0, 0)],
      onlyB: [cell(0, 2), cell(1, 2)],
      both: [cell(0, 1)],
    });
  });

  it('says which rows of a comparison are not loaded instead of comparing zeros', () => {
    const a = analyseTerritory(ctx, [cell(0, 0)]);
    const b = analyseTerritory(ctx, [cell(0, 1)]);
    const gp = compareTerritories(a.indicators, a.codes, b.indicators, b.codes).rows.find(
      (r) => r.label === 'Médecins généralistes',
    );
    expect(gp).toMatchObject({ a: null, b: null, difference: null });
    expect(gp?.notLoaded).toContain('Annuaire Santé');
  });
});

describe('territory exports with layers not loaded', () => {
  const bare = communes.map((c) => ({ ...c, population: null, populationYear: null }));
  const bareCtx = buildTerritoryContext(
    { communes: bare, activities: [], establishments: [], perimeters: [] },
    geometries,
  );
  const codes = [cell(0, 0), cell(0, 1)];
  const perimeterOf = (geojson: string) =>
    (JSON.parse(geojson) as { features: { properties: Record<string, unknown> }[] }).features[0]!
      .properties;

  it('writes JSON null, never 0, for the population, tranche, professionals and establishments', () => {
    const props = perimeterOf(
      toTerritoryGeoJson(analyseTerritory(bareCtx, codes), bare.slice(0, 2), geometryOf, meta),
    );
    expect(props).toMatchObject({
      population_municipale: null,
      tranche_aci: null,
      aci_financement_maximal: null,
      gp_personnes: null,
      nurses_personnes: null,
      part_pop_sans_generaliste: null,
      nb_etablissements: null,
      cpts_chevauchees: null,
      densite_hab_km2: null,
    });
  });

  it('writes empty CSV cells for a commune without population', () => {
    const [, line] = toCommunesCsv(bare.slice(0, 1), 'T').slice(1).trimEnd().split('\r\n');
    expect(line).toBe('96000;"Sainte-Élodie; ""la"" Fictive";;;200096001;CC Nord;;T');
  });

  it('writes the sourced ACI maxima and the files used with kind and vintage', () => {
    const doc = JSON.parse(
      toTerritoryGeoJson(analyseTerritory(ctx, codes), communes.slice(0, 2), geometryOf, meta),
    );
    expect(doc.features[0].properties.aci_financement_maximal).toContain(
      'jusqu’à 220 000 €/an — ACI CPTS 2019, art. 7, valable au 25/08/2019',
    );
    expect(doc.features[0].properties.sources).toBe(
      'communes-96-fictif.geojson (contours des communes, données fictives)',
    );
    expect(doc.sources).toEqual([
      {
        fichier: 'communes-96-fictif.geojson',
        type: 'contours des communes',
        millesime: null,
        note: null,
        donnees_fictives: true,
      },
    ]);
  });
});
