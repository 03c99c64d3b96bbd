import { describe, expect, it } from 'vitest';
import {
  agesVintageLabel,
  describePopulationVintage,
  inseeYearsLabel,
  populationYearLabel,
} from './population-vintage';

describe('population vintage labels', () => {
  it('shows « année inconnue » for a missing year, never a dash', () => {
    expect(populationYearLabel(2021)).toBe('2021');
    expect(populationYearLabel(null)).toBe('année inconnue');
    expect(inseeYearsLabel([])).toBeNull();
    expect(inseeYearsLabel([null])).toBe('année inconnue');
    expect(inseeYearsLabel([2021, 2015])).toBe('2015, 2021');
    expect(inseeYearsLabel([2021, null])).toBe('2021 et année inconnue');
  });

  it('names the source and the year of the population of a territory', () => {
    const d = (populationYears: (number | null)[], populationSources: ('insee' | 'contours')[]) =>
      describePopulationVintage({ populationYears, populationSources });
    expect(d([2021], ['insee'])).toBe('INSEE 2021');
    expect(d([null], ['insee'])).toBe('INSEE, année inconnue');
    expect(d([2021], ['contours', 'insee'])).toBe(
      'INSEE 2021 ; population des contours, année inconnue',
    );
    expect(d([], ['contours'])).toBe('population des contours, année inconnue');
    expect(d([], [])).toBe('non chargé');
  });
});

it('agesVintageLabel: the ages’ year and where they were kept from, never « millésime 0 »', () => {
  expect(agesVintageLabel([2021], ['base-cc.csv'])).toBe(
    'âges : millésime 2021, repris de « base-cc.csv »',
  );
  expect(agesVintageLabel([2015, 2021])).toBe('âges : millésime 2015, 2021');
  expect(agesVintageLabel([null])).toBe('âges : année inconnue');
  expect(agesVintageLabel([])).toBe('âges : année inconnue');
  expect(agesVintageLabel([0])).toBe('âges : année inconnue');
});
