/** Our score against the published DREES APL: scatter plot, correlation, largest differences. */
import type { AplComparison } from '../core/access/compare-apl';
import { formatNumber } from './format';

const W = 300;
const H = 220;
const M = 32;

export function AccessAplCompare({
  comparison,
  nameOf,
}: {
  comparison: AplComparison;
  nameOf: (code: string) => string;
}) {
  const { pairs } = comparison;
  const max = Math.max(1e-9, ...pairs.map((p) => Math.max(p.ours, p.drees)));
  const x = (v: number) => M + (v / max) * (W - M - 8);
  const y = (v: number) => H - M - (v / max) * (H - M - 8);
  return (
    <section className="access-apl" data-testid="access-apl">
      <h4>Comparaison avec l’APL publiée par la DREES</h4>
      <p>
        {pairs.length} communes appariées ; corrélation (Pearson) r ={' '}
        <strong data-testid="access-apl-correlation">
          {formatNumber(comparison.correlation, 3)}
        </strong>
        {comparison.missingInApl > 0 && ` ; ${comparison.missingInApl} commune(s) sans APL`}
      </p>
      <svg
        width={W}
        height={H}
        role="img"
        aria-label="Nuage de points : notre score et l’APL DREES"
      >
        <line x1={M} y1={H - M} x2={W - 8} y2={H - M} stroke="#888" />
        <line x1={M} y1={8} x2={M} y2={H - M} stroke="#888" />
        <line x1={x(0)} y1={y(0)} x2={x(max)} y2={y(max)} stroke="#bbb" strokeDasharray="4 3" />
        {pairs.map((p) => (
          <circle key={p.code} cx={x(p.ours)} cy={y(p.drees)} r={2.5} fill="#2c7fb8" opacity={0.7}>
            <title>{`${nameOf(p.code)} : nous ${formatNumber(p.ours, 2)}, DREES ${formatNumber(p.drees, 2)}`}</title>
          </circle>
        ))}
        <text x={W / 2} y={H - 6} textAnchor="middle" fontSize="11">
          notre score
        </text>
        <text
          x={10}
          y={H / 2}
          fontSize="11"
          transform={`rotate(-90 10 ${H / 2})`}
          textAnchor="middle"
        >
          APL DREES
        </text>
        <text x={M - 4} y={12} fontSize="10" textAnchor="end">
          {formatNumber(max, 1)}
        </text>
      </svg>
      <table className="access-table" data-testid="access-apl-largest">
        <thead>
          <tr>
            <th>Commune</th>
            <th>nous</th>
            <th>DREES</th>
            <th>écart</th>
          </tr>
        </thead>
        <tbody>
          {comparison.largest.map((p) => (
            <tr key={p.code}>
              <td>{nameOf(p.code)}</td>
              <td>{formatNumber(p.ours, 2)}</td>
              <td>{formatNumber(p.drees, 2)}</td>
              <td>{formatNumber(p.difference, 2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
