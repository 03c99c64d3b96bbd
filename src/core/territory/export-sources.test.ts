import { describe, expect, it } from 'vitest';
import { buildExportSources, formatExportSources } from './export-sources';

const insee2021 = { populationYears: [2021], populationSources: ['insee' as const] };

describe('buildExportSources', () => {
  it('cites the files of the loaded tables with their kind and the population vintage', () => {
    const sources = buildExportSources(
      [
        { fileName: 'communes-50.geojson', kind: 'communes', acceptedCount: 445 },
        { fileName: 'pop-2021.csv', kind: 'population', acceptedCount: 445 },
      ],
      { communes: 'user', population: 'user' },
      insee2021,
    );
    expect(sources.map((s) => [s.fileName, s.kindLabel, s.year, s.demo])).toEqual([
      ['communes-50.geojson', 'contours des communes', null, false],
      ['pop-2021.csv', 'population INSEE', '2021', false],
    ]);
  });

  it('leaves out the files the territory analysis does not read (PMSI stays)', () => {
    const sources = buildExportSources(
      [{ fileName: 'sejours.csv', kind: 'stays', acceptedCount: 10 }],
      { stays: 'user' },
      insee2021,
    );
    expect(sources).toEqual([]);
  });

  it('leaves out the files of a table that is no longer loaded (demo removed)', () => {
    const sources = buildExportSources(
      [{ fileName: 'communes-96-fictif.geojson', kind: 'communes', acceptedCount: 352 }],
      {},
      insee2021,
    );
    expect(sources).toEqual([]);
  });

  it('flags the demo files, from the report’s origin first', () => {
    const [fromTable, fromReport] = buildExportSources(
      [
        { fileName: 'a.geojson', kind: 'communes', acceptedCount: 1 },
        { fileName: 'b.csv', kind: 'perimeters', acceptedCount: 1, origin: 'user' },
      ],
      { communes: 'demo', perimeters: 'demo' },
      insee2021,
    );
    expect(fromTable?.demo).toBe(true);
    expect(fromReport?.demo).toBe(false);
  });

  it('says when the contour file gives the population (vintage unknown)', () => {
    const [contours] = buildExportSources(
      [{ fileName: 'communes-50.geojson', kind: 'communes', acceptedCount: 445 }],
      { communes: 'user' },
      { populationYears: [], populationSources: ['contours'] },
    );
    expect(formatExportSources([contours!])).toBe(
      'communes-50.geojson (contours des communes, population des contours utilisée, année inconnue)',
    );
  });

  it('says « année inconnue » for a population file that carried no year, never a file-name year', () => {
    const sources = buildExportSources(
      [{ fileName: 'communes-france-cog2026.csv', kind: 'population', acceptedCount: 34963 }],
      { population: 'user' },
      { populationYears: [null], populationSources: ['insee'] },
    );
    expect(sources[0]?.year).toBe('année inconnue');
    expect(formatExportSources(sources)).toBe(
      'communes-france-cog2026.csv (population INSEE, année inconnue)',
    );
  });
});
