import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { analyseTerritory, buildTerritoryContext } from '../core/territory/analyse-territory';
import { cell, grid } from '../core/territory/test-grid';
import { CommuneCard } from './CommuneCard';
import { TerritoryIndicators } from './TerritoryIndicators';

/** Text of the element carrying `data-testid`, tags stripped. */
function textOf(html: string, testId: string): string {
  const m = new RegExp(`data-testid="${testId}"[^>]*>(.*?)</(dd|div)>`, 's').exec(html);
  return (m?.[1] ?? '').replace(/<[^>]+>/g, '').replace(/&#x27;/g, "'");
}

function render(populationYear: number | null): string {
  const { communes, geometries } = grid(2);
  const dated = communes.map((c) => ({ ...c, populationYear }));
  const ctx = buildTerritoryContext(
    { communes: dated, activities: [], establishments: [], perimeters: [] },
    geometries,
  );
  const analysis = analyseTerritory(ctx, [cell(0, 0), cell(0, 1)]);
  return renderToStaticMarkup(
    <TerritoryIndicators analysis={analysis} ms={null} nameOf={() => undefined} />,
  );
}

describe('TerritoryIndicators: year of the population', () => {
  it('shows the census year read from the data', () => {
    const html = render(2021);
    expect(textOf(html, 'territory-population-vintage')).toBe('INSEE 2021');
    expect(textOf(html, 'territory-tranche')).toContain('(population municipale, INSEE 2021)');
  });

  it('says « année inconnue » when the population file carried no year, also for the tranche', () => {
    const html = render(null);
    expect(textOf(html, 'territory-population-vintage')).toBe('INSEE, année inconnue');
    expect(textOf(html, 'territory-tranche')).toContain(
      '(population municipale, INSEE, année inconnue)',
    );
  });
});

describe('TerritoryIndicators: year of the age structure', () => {
  function renderAges(ageYear: number | null, agesKeptFrom?: string[]): string {
    const { communes, geometries } = grid(2);
    const aged = communes.map((c) => ({
      ...c,
      populationYear: 2023,
      share0014: 0.2,
      share60p: 0.3,
      share75p: 0.1,
      ageYear,
    }));
    const ctx = buildTerritoryContext(
      { communes: aged, activities: [], establishments: [], perimeters: [] },
      geometries,
    );
    const analysis = analyseTerritory(ctx, [cell(0, 0), cell(0, 1)]);
    return renderToStaticMarkup(
      <TerritoryIndicators
        analysis={analysis}
        ms={null}
        nameOf={() => undefined}
        agesKeptFrom={agesKeptFrom}
      />,
    );
  }
  const agesText = (html: string) =>
    (/data-testid="territory-ages-vintage"[^>]*>(.*?)<\/span>/s.exec(html)?.[1] ?? '')
      .replace(/<!-- -->/g, '')
      .trim();

  it('shows the ages’ own census year, and the file they were kept from', () => {
    expect(agesText(renderAges(2021, ['base-cc-evol-struct-pop-2021.csv']))).toBe(
      '(âges : millésime 2021, repris de « base-cc-evol-struct-pop-2021.csv »)',
    );
    expect(agesText(renderAges(2021))).toBe('(âges : millésime 2021)');
  });

  it('says « année inconnue », never « millésime 0 », when the ages carry no year', () => {
    const html = renderAges(null);
    expect(agesText(html)).toBe('(âges : année inconnue)');
    expect(html).not.toMatch(/[Mm]illésime 0/);
  });
});

describe('CommuneCard: year of the population', () => {
  const card = (row: Record<string, unknown>) =>
    renderToStaticMarkup(
      <CommuneCard
        commune={{ code: '01001', name: 'L’Abergement', population: 832, ...row }}
        perimeters={[]}
        onClose={() => undefined}
      />,
    );

  it('writes the year next to the population, « année inconnue » when there is none', () => {
    expect(card({ population_year: 2021, population_source: 'insee' })).toContain(
      'Population municipale (2021)',
    );
    expect(card({ population_year: null, population_source: 'insee' })).toContain(
      'Population municipale (année inconnue)',
    );
  });
});

describe('TerritoryIndicators: a territory started from a CPTS', () => {
  it('says that the starting CPTS is not counted as an overlap', () => {
    const { communes, geometries } = grid(2);
    const perimeters = [{ perimeterName: 'CPTS Nord', communeCode: cell(0, 0) }];
    const ctx = buildTerritoryContext(
      { communes, activities: [], establishments: [], perimeters },
      geometries,
    );
    const analysis = analyseTerritory(ctx, [cell(0, 0), cell(0, 1)]);
    const html = renderToStaticMarkup(
      <TerritoryIndicators
        analysis={{ ...analysis, overlaps: [] }}
        ms={null}
        nameOf={() => undefined}
        startedFrom="CPTS Nord"
      />,
    );
    expect(html).toContain('data-testid="territory-started-from"');
    expect(html.replace(/<!-- -->/g, '')).toContain(
      'Territoire parti de la CPTS « CPTS Nord » : elle n’est pas comptée comme chevauchement.',
    );
    const plain = renderToStaticMarkup(
      <TerritoryIndicators analysis={analysis} ms={null} nameOf={() => undefined} />,
    );
    expect(plain).not.toContain('territory-started-from');
  });
});
