import type { Comparison } from '../app/territory-workbench';
import { formatNumber } from './format';

/**
 * Two territories side by side, with B − A, and the counts only in A / only in B / both; a row
 * whose layer is not loaded says « non chargé » and what to load.
 */
export function TerritoryComparison({ comparison }: { comparison: Comparison }) {
  const digits = (unit: string) =>
    unit === '%' || unit === '/10 000' || unit === 'hab./km²' || unit === 'km²' ? 1 : 0;
  return (
    <div data-testid="territory-comparison">
      <p>
        Carte : <span className="swatch only-a" /> seulement {comparison.nameA} (
        {comparison.onlyA.length}), <span className="swatch only-b" /> seulement {comparison.nameB}{' '}
        ({comparison.onlyB.length}), <span className="swatch both" /> les deux (
        {comparison.both.length}).
      </p>
      <table className="territory-table">
        <thead>
          <tr>
            <th>Indicateur</th>
            <th>{comparison.nameA}</th>
            <th>{comparison.nameB}</th>
            <th>Écart</th>
          </tr>
        </thead>
        <tbody>
          {comparison.rows.map((r) => (
            <tr key={r.label}>
              <td>
                {r.label}
                {r.unit ? ` (${r.unit})` : ''}
              </td>
              {r.notLoaded ? (
                <td colSpan={3}>{r.notLoaded}</td>
              ) : (
                <>
                  <td>{formatNumber(r.a, digits(r.unit))}</td>
                  <td>{formatNumber(r.b, digits(r.unit))}</td>
                  <td>
                    {r.difference === null
                      ? '—'
                      : `${r.difference > 0 ? '+' : ''}${formatNumber(r.difference, digits(r.unit))}`}
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
