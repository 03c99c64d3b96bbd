import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { RegionCptsRow } from '../core/region/region-types';
import { regionColumns, sortRegionRows } from './region-columns';
import { RegionImportIssues } from './RegionLists';
import { RegionTable } from './RegionTable';

const row = (name: string, population: number | null, share75p: number | null): RegionCptsRow => ({
  name,
  codes: [],
  communeCount: 3,
  unknownCodes: [],
  population,
  populationVintage: population === null ? 'non chargé' : 'INSEE 2021',
  communesWithoutPopulation: 0,
  areaKm2: 10,
  densityKm2: population === null ? null : population / 10,
  trancheSize: population === null ? null : 1,
  trancheLabel: population === null ? null : 'Taille 1',
  trancheWarning: null,
  share75p,
  professions: null,
  establishmentCount: null,
  autarcie: null,
  attractivite: null,
  residentStays: null,
  accessScore: null,
  populationBelowThreshold: null,
  shareBelowThreshold: null,
  pieces: 1,
  enclaves: 0,
  holes: 0,
  offendingCommunes: [],
  overlapsWith: [],
  sharedPopulation: null,
});
const rows = [row('B', 5000, 0.1), row('A', null, null), row('C', 9000, 0.2)];
const columns = regionColumns('gp', 'Médecins généralistes');
const column = (id: string) => columns.find((c) => c.id === id)!;

describe('sortRegionRows', () => {
  it('sorts both ways and keeps the values not loaded last', () => {
    const names = (d: 'asc' | 'desc') =>
      sortRegionRows(rows, column('population'), d).map((r) => r.name);
    expect(names('desc')).toEqual(['C', 'B', 'A']);
    expect(names('asc')).toEqual(['B', 'C', 'A']);
    expect(sortRegionRows(rows, column('name'), 'asc').map((r) => r.name)).toEqual(['A', 'B', 'C']);
  });

  it('shows « non chargé », never 0, for a layer that is not loaded', () => {
    expect(column('share75p').text(rows[1]!)).toBe('non chargé');
    expect(column('establishments').text(rows[0]!)).toBe('non chargé');
    expect(column('profession').text(rows[0]!)).toBe('non chargé');
    expect(column('share75p').text(rows[0]!)).toBe('10,0 %');
  });
});

describe('RegionTable', () => {
  it('lists the CPTS by population, largest first, with units in the headers', () => {
    const html = renderToStaticMarkup(<RegionTable rows={rows} selected="B" onSelect={() => {}} />);
    const order = [...html.matchAll(/data-name="([^"]+)"/g)].map((m) => m[1]);
    expect(order).toEqual(['C', 'B', 'A']);
    expect(html).toContain('Population (hab.)');
    expect(html).toContain('Densité (hab./km²)');
    const selected = [...html.matchAll(/<tr[^>]*>/g)]
      .map((m) => m[0])
      .filter((tr) => tr.includes('aria-selected="true"'));
    expect(selected).toHaveLength(1);
    expect(selected[0]).toContain('data-name="B"');
    expect(html).toMatch(/class=" na">non chargé</);
  });
});

describe('RegionImportIssues', () => {
  it('shows the CPTS files’ warnings with file, line and column, not their notes', () => {
    const html = renderToStaticMarkup(
      <RegionImportIssues
        reports={[
          {
            fileName: 'cpts.csv',
            kind: 'perimeters',
            issues: [
              {
                severity: 'warning',
                code: 'duplicate-row',
                message: 'doublon',
                file: 'cpts.csv',
                row: 4,
              },
              { severity: 'info', code: 'shared-commune', message: 'note', file: 'cpts.csv' },
            ],
          },
          {
            fileName: 'pop.csv',
            kind: 'population',
            issues: [{ severity: 'warning', code: 'x', message: 'autre fichier', file: 'pop.csv' }],
          },
        ]}
      />,
    );
    expect(html).toContain('(1)');
    expect(html).toContain('cpts.csv, ligne 4 : doublon');
    expect(html).not.toContain('note');
    expect(html).not.toContain('autre fichier');
  });
});
