import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AppServicesContext, type AppServices } from '../app/app-services';
import type { LoadedData } from '../app/load-data';
import { TerritorySummary } from './TerritorySummary';

/** Services whose data has the given origins; nothing else is called before the effects run. */
function services(origins: LoadedData['origins']): AppServices {
  const fail = () => {
    throw new Error('non appelé dans ce test');
  };
  return {
    data: { origins } as LoadedData,
    map: null,
    legend: null,
    drawn: { perimeters: [], establishments: false },
    getConnector: fail,
    selectCommune: fail,
    setOverlay: fail,
    setClickHandler: fail,
    replaceData: fail,
    openTab: fail,
    territories: { store: null as never, create: fail },
  };
}

function render(origins: LoadedData['origins']): string {
  return renderToStaticMarkup(
    <AppServicesContext.Provider value={services(origins)}>
      <TerritorySummary codes={['96001']} />
    </AppServicesContext.Provider>,
  );
}

const textOf = (html: string, testId: string) =>
  (new RegExp(`data-testid="${testId}"[^>]*>(.*?)</p>`).exec(html)?.[1] ?? '')
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;/g, "'");

describe('TerritorySummary', () => {
  it('says « non chargé » without stays nor Annuaire, with no figure', () => {
    const html = render({ communes: 'demo', population: 'demo' });
    const flows = textOf(html, 'summary-flows');
    const access = textOf(html, 'summary-access');
    expect(flows).toMatch(/non chargé — chargez les séjours PMSI/);
    expect(access).toMatch(/non chargé — chargez l’Annuaire Santé/);
    expect(flows + access).not.toMatch(/\d/);
    expect(html).toContain('data-testid="summary-import-flows"');
    expect(html).not.toContain('summary-open-flows');
  });

  it('computes (no figure yet, never 0) when stays and the Annuaire are loaded', () => {
    const html = render({ stays: 'user', professionals: 'user' });
    expect(textOf(html, 'summary-flows')).toMatch(/calcul…/);
    expect(textOf(html, 'summary-access')).toMatch(/calcul…/);
    expect(html).not.toMatch(/non chargé/);
    expect(html).not.toMatch(/0,0 %/);
  });
});
