import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { resolveDestinations } from '../core/flows/destinations';
import { HAND_ESTABLISHMENTS } from '../core/flows/hand-case';
import { computeTerritoryFlows } from '../core/flows/territory-flows';
import { FlowsIndicators } from './FlowsIndicators';

const H1 = '000000001'; // CH A, in commune A
const { byFiness } = resolveDestinations([H1], HAND_ESTABLISHMENTS);

/** Text of the element carrying `data-testid`, tags stripped. */
function textOf(html: string, testId: string): string {
  const m = new RegExp(`data-testid="${testId}"[^>]*>(.*?)</dd>`).exec(html);
  return (m?.[1] ?? '').replace(/<[^>]+>/g, '').replace(/&#x27;/g, "'");
}

describe('FlowsIndicators', () => {
  it('shows the masked cells of each rate and the stays from zones not on the map', () => {
    // A's residents: 60 stays at H1 (in A) and 1 masked cell; H1 also receives 40 stays and
    // 2 masked cells from zone 99999 (abroad, placed on no commune): 40 / 100 = 40 %.
    const flows = computeTerritoryFlows(
      {
        communeFlows: [{ commune: 'A', finess: H1, stays: 60, maskedCells: 1, maskedWeight: 1 }],
        zoneFlows: [
          { zone: 'A', finess: H1, stays: 60, maskedCells: 1 },
          { zone: '99999', finess: H1, stays: 40, maskedCells: 2 },
        ],
        allocation: [{ zone: 'A', commune: 'A', weight: 1 }],
      },
      byFiness,
      ['A'],
    );
    const html = renderToStaticMarkup(<FlowsIndicators flows={flows} />);
    expect(textOf(html, 'flows-attractivite')).toBe('40,0 %');
    expect(textOf(html, 'flows-masked')).toMatch(/^1 \(« 1 à 10 », au plus 10 séjours/);
    expect(textOf(html, 'flows-masked-establishments')).toMatch(
      /^3 \(« 1 à 10 », au plus 30 séjours, non comptés dans l’attractivité\)/,
    );
    expect(textOf(html, 'flows-unallocated')).toMatch(
      /^40 séjours \(40,0 %\) de 1 zone\(s\) PMSI non rattachée\(s\).* : 99999 \(40\)$/,
    );
  });
});
