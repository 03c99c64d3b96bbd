import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildTerritoryContext } from '../../src/core/territory/analyse-territory';
import { cell, grid } from '../../src/core/territory/test-grid';
import { computeRegionView } from '../../src/core/region/compute-region-view';
import { renderRegionSummaryHtml } from '../../src/core/region/region-summary-html';
import { csvCell } from '../../src/core/export/csv';
import { toRegionCsv } from '../../src/core/region/to-region-csv';

const { communes, geometries } = grid(2);
const perimeters = [
  { perimeterName: '=HYPERLINK("x")', communeCode: cell(0, 0) },
  { perimeterName: '=HYPERLINK("x")', communeCode: cell(0, 1) },
  { perimeterName: 'CPTS Sud', communeCode: cell(1, 0) },
];
const ctx = buildTerritoryContext(
  { communes, activities: [], establishments: [], perimeters },
  geometries,
);
const { view } = computeRegionView(ctx, { flowsOf: null, accessOf: null, perimeterFile: 'c.csv' });

describe('toRegionCsv', () => {
  it('writes UTF-8 with BOM, `;`, « non chargé » for missing layers and neutralised formulas', () => {
    const text = toRegionCsv(view);
    expect(text.startsWith('\uFEFFCPTS;Communes;')).toBe(true);
    const { data, errors } = Papa.parse<Record<string, string>>(text.slice(1), {
      header: true,
      delimiter: ';',
      skipEmptyLines: true,
    });
    expect(errors).toEqual([]);
    expect(data.map((r) => r.CPTS)).toEqual(['\'=HYPERLINK("x")', 'CPTS Sud']);
    // 2 communes × 1,000 inhabitants; 2 km² → 1 000 hab./km².
    expect(data[0]!['Population (hab.)']).toBe('2000');
    expect(data[0]!['Densité (hab./km²)']).toBe('1000');
    expect(data[0]!['Établissements']).toBe('non chargé');
    expect(data[0]!['Autarcie = LI (%)']).toBe('non chargé');
    expect(data[0]!['75 ans et plus (%)']).toBe('10');
  });

  it('quotes separators and prefixes formula starts', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('+33')).toBe("'+33");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('CPTS du Bocage')).toBe('CPTS du Bocage');
  });
});

describe('renderRegionSummaryHtml', () => {
  it('prints the coverage totals and escapes the CPTS names', () => {
    const html = renderRegionSummaryHtml(
      view,
      { territoryName: 'Test', date: '2026-12-01', fictitious: false, sources: [] },
      ctx.base,
      (code) => geometries.find((g) => g.code === code)?.geometry ?? null,
    );
    expect(html.startsWith('<!doctype html>')).toBe(true);
    // 3 communes in one CPTS (3 000 hab.), 1 white zone (1 000 hab.): 4 000 in total.
    expect(html).toContain('data-figure="coverage-one">3\u202f000<');
    expect(html).toContain('data-figure="coverage-none">1\u202f000<');
    expect(html).toContain('data-figure="coverage-total">4\u202f000<');
    expect(html).toContain('=HYPERLINK(&#34;x&#34;)');
    expect(html).not.toContain('HYPERLINK("x")');
    expect(html).toContain('<svg');
  });
});
