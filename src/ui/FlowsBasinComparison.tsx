/**
 * « Cohérence avec les bassins » of a territory in the Flux PMSI tab: the share of its population
 * living in each computed basin and the share of each basin it takes (`compareWithBasins`), with
 * the territory's LI (its autarcie) against the median LI of the partition — the same comparison
 * the dossier prints.
 */
import { useMemo } from 'react';
import type { BasinMethod, BasinResult, FlowsEngine } from '../app/flows-services';
import { compareWithBasins } from '../core/flows/compare-with-basins';
import { METHOD_LABELS } from './FlowsBasins';
import { formatNumber, formatPercent } from './format';
import { InfoTerm } from './InfoTerm';

export function FlowsBasinComparison({
  engine,
  codes,
  autarcie,
  results,
  busy,
  onCompute,
}: {
  engine: FlowsEngine;
  codes: readonly string[];
  autarcie: number | null;
  results: Partial<Record<BasinMethod, BasinResult>>;
  busy: boolean;
  onCompute: () => void;
}) {
  const result = results.plurality ?? results.modularity ?? null;
  const comparison = useMemo(() => {
    if (!result) return null;
    const population = new Map(engine.inputs.communes.map((c) => [c.code, c.population]));
    return compareWithBasins(codes, result.basins, (c) => population.get(c) ?? null);
  }, [engine, codes, result]);
  if (!result || !comparison)
    return (
      <p className="flows-note" data-testid="flows-basin-comparison-empty">
        Cohérence avec les bassins <InfoTerm term="bassin" /> : calculez les bassins pour comparer
        ce territoire.{' '}
        <button type="button" disabled={busy} onClick={onCompute}>
          {busy ? 'Calcul…' : 'Calculer les bassins'}
        </button>
      </p>
    );
  return (
    <div data-testid="flows-basin-comparison">
      <h4>
        Cohérence avec les bassins ({METHOD_LABELS[result.method]}) <InfoTerm term="bassin" />
      </h4>
      <p>
        LI du territoire <InfoTerm term="li" /> :{' '}
        <strong data-testid="flows-territory-li">{formatNumber(autarcie, 2)}</strong> ; LI médian
        des {result.basins.length} bassins : {formatNumber(result.medianLi, 2)}.
      </p>
      <table className="flows-table">
        <thead>
          <tr>
            <th>Bassin</th>
            <th>Communes</th>
            <th>Population</th>
            <th>Part du territoire</th>
            <th>Part du bassin</th>
          </tr>
        </thead>
        <tbody>
          {comparison.rows.slice(0, 8).map((r) => (
            <tr key={r.id}>
              <td>{r.name}</td>
              <td>{r.communeCount}</td>
              <td>{formatNumber(r.population)}</td>
              <td data-testid="flows-basin-share">{formatPercent(r.shareOfTerritory)}</td>
              <td>{formatPercent(r.shareOfBasin)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {comparison.outside.length > 0 && (
        <p className="flows-note">
          {comparison.outside.length} commune(s) du territoire dans aucun bassin (sans séjours).
        </p>
      )}
    </div>
  );
}
