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
const meta = { territoryName: 'CPTS Été', date: '2026-05-04', fictitious: true, sources: 'démo' };

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
    const csv = toCommunesCsv(communes.slice(0, 2));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('code_insee;nom;population_municipale;millesime;epci;epci_nom');
    expect(lines[1]).toBe('96000;"Sainte-Élodie; ""la"" Fictive";1000;2021;200096001;CC Nord');
  });

  it('names files after the territory and the date', () => {
    expect(exportFileName('CPTS Été du Bocage', '2026-05-04', 'png')).toBe(
      'cpts-ete-du-bocage-2026-05-04.png',
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
    });
    expect(cmp).toMatchObject({
      onlyA: [cell(0, 0)],
      onlyB: [cell(0, 2), cell(1, 2)],
      both: [cell(0, 1)],
    });
  });
});
