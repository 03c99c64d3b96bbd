import { describe, expect, it } from 'vitest';
import { indicatorHoverLine } from './hover-lines';

describe('indicatorHoverLine', () => {
  it('gives densities their unit', () => {
    const line = indicatorHoverLine({ label: 'Densité', unit: 'hab./km²', digits: 0 }, 1234);
    expect(line).toBe('Densité : 1\u202f234 hab./km²');
  });

  it('gives professionals per 10 000 inhabitants their unit', () => {
    const gp = { label: 'Médecins généralistes', unit: 'pour 10 000 hab.', digits: 1 };
    expect(indicatorHoverLine(gp, 10.25)).toMatch(
      /^Médecins généralistes : 10,[23] pour 10 000 hab\.$/,
    );
  });

  it('shortens « habitants » and keeps « % » after a space', () => {
    expect(indicatorHoverLine({ label: 'Population', unit: 'habitants', digits: 0 }, 5)).toBe(
      'Population : 5 hab.',
    );
    expect(indicatorHoverLine({ label: 'Part des 75 ans', unit: '%', digits: 1 }, 9.5)).toBe(
      'Part des 75 ans : 9,5 %',
    );
  });

  it('says a missing value is missing, never 0', () => {
    expect(indicatorHoverLine({ label: 'Densité', unit: 'hab./km²', digits: 0 }, null)).toBe(
      'Densité : pas de donnée',
    );
  });
});
