import { useState } from 'react';
import type { Comparison } from '../app/territory-workbench';
import type { RegionCptsRow } from '../core/region/region-types';
import { formatNumber } from './format';
import { TerritoryComparison } from './TerritoryComparison';

/**
 * The CPTS chosen in the table: its key figures, « Ouvrir dans l’atelier » (a draft territory in
 * the shared project) and « Comparer avec… » another CPTS (the workbench's comparison).
 */
export function RegionSelection({
  row,
  rows,
  onOpen,
  onCompare,
}: {
  row: RegionCptsRow;
  rows: readonly RegionCptsRow[];
  onOpen: (row: RegionCptsRow) => void;
  onCompare: (a: RegionCptsRow, b: RegionCptsRow) => Promise<Comparison>;
}) {
  const [other, setOther] = useState('');
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [error, setError] = useState<string | null>(null);
  const compare = (name: string) => {
    setOther(name);
    setComparison(null);
    const b = rows.find((r) => r.name === name);
    if (!b) return;
    onCompare(row, b).then(setComparison, (e: unknown) =>
      setError(e instanceof Error ? e.message : String(e)),
    );
  };
  return (
    <section className="region-selection" data-testid="region-selection" data-name={row.name}>
      <h4>{row.name}</h4>
      <p className="territory-small">
        {row.communeCount} communes
        {row.population === null ? '' : `, ${formatNumber(row.population)} hab.`}
        {row.trancheLabel ? ` — ${row.trancheLabel}` : ''}
        {row.trancheWarning ? ` — ${row.trancheWarning}` : ''}
        {row.unknownCodes.length
          ? ` — ${row.unknownCodes.length} commune(s) listée(s) non chargée(s) : ${row.unknownCodes.join(', ')}`
          : ''}
      </p>
      <div className="territory-row wrap">
        <button type="button" data-testid="region-open" onClick={() => onOpen(row)}>
          Ouvrir dans l’atelier
        </button>
        <select
          aria-label="Comparer avec…"
          data-testid="region-compare"
          value={other}
          onChange={(e) => compare(e.target.value)}
        >
          <option value="">Comparer avec…</option>
          {rows
            .filter((r) => r.name !== row.name)
            .map((r) => (
              <option key={r.name} value={r.name}>
                {r.name}
              </option>
            ))}
        </select>
      </div>
      {error && <p role="alert">{error}</p>}
      {comparison && <TerritoryComparison comparison={comparison} />}
    </section>
  );
}
